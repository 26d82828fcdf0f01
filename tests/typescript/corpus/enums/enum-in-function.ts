function make() {
  enum Local { A = 3, B }
  return Local;
}
const L = make();
console.log(L.B, L[4], make() === L);

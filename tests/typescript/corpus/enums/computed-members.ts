let calls = 0;
function next() { return ++calls * 10; }
enum Computed {
  A = next(),
  B = next(),
  C = "abc".length,
  D = 7,
  E,
}
console.log(Computed.A, Computed.B, Computed.C, Computed.E, Computed[20], calls);

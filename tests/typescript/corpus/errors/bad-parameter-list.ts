console.log("never printed");
function f(a: number,: string) {
  return a;
}

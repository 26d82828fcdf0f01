const a = 1, b = 2, c = 3, d = 4;
function f(...xs: unknown[]) { return xs.length; }
console.log(f(a < b, c > d));
// `a < b, c > (d)` is a call with type arguments in TypeScript: a<b, c>(d)
try {
  console.log(a < b, c > (d));
} catch (e) {
  console.log("parsed as a call:", (e as Error).name);
}
const g = <T,>(x: T) => x;
console.log(f(g<number>(1)));
console.log(a < b && c > d);

const x = "outer";
namespace N {
  export const x = "inner";
  export function read() { return x; }
  export var v = 1, w = 2;
  export let { a, b } = { a: 10, b: 20 };
}
console.log(x, N.x, N.read(), N.v + N.w, N.a, N.b);

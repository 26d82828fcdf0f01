interface Opts<T = string> { value: T }
function pick<T extends object, K extends keyof T>(o: T, k: K): T[K] { return o[k]; }
function make<const T extends readonly unknown[]>(...xs: T): T { return xs; }
const o: Opts = { value: "v" };
console.log(pick({ a: 1, b: "two" }, "b"), o.value, make(1, 2, 3));

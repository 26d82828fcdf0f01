function assertIsString(v: unknown): asserts v is string {
  if (typeof v !== "string") throw new TypeError("not a string");
}
function assert(cond: unknown, msg?: string): asserts cond {
  if (!cond) throw new Error(msg ?? "assertion failed");
}
const x: unknown = "ok";
assertIsString(x);
assert(x.length === 2);
try { assert(false, "nope"); } catch (e) { console.log((e as Error).message); }
console.log(x.toUpperCase());

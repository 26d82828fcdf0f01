// recursion alternating between getters, proxies, map callbacks and valueOf
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const p = new Proxy({}, { get() { return [1].map(() => +v)[0]; } });
const v = { valueOf() { return o.x; } };
const o = { get x() { return p.y; } };
report(() => o.x);
console.log('continues');

// expect: RangeError Maximum call stack size exceeded
// expect: continues

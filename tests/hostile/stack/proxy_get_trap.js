// a Proxy get trap reading the proxy
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const p = new Proxy({}, { get(t, k) { return p[k]; } });
report(() => p.x);
console.log(new Proxy({}, { get() { return 1; } }).x);

// expect: RangeError Maximum call stack size exceeded
// expect: 1

// has, set, deleteProperty, ownKeys and getPrototypeOf traps recursing
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const p = new Proxy({}, {
  has(t, k) { return k in p; },
  set(t, k, v) { p[k] = v; return true; },
  deleteProperty(t, k) { return delete p[k]; },
  ownKeys() { return Reflect.ownKeys(p); },
  getPrototypeOf() { return Object.getPrototypeOf(p); },
  defineProperty(t, k, d) { return Reflect.defineProperty(p, k, d); },
  getOwnPropertyDescriptor(t, k) { return Object.getOwnPropertyDescriptor(p, k); },
});
report(() => 'x' in p);
report(() => { p.x = 1; });
report(() => { delete p.x; });
report(() => Object.keys(p));
report(() => Object.getPrototypeOf(p));
report(() => Object.defineProperty(p, 'x', { value: 1 }));
report(() => Object.getOwnPropertyDescriptor(p, 'x'));
console.log('done');

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: done

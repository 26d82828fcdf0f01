// accessors defined with Object.defineProperty on a function, read with Reflect.get and a receiver
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = {};
Object.defineProperty(o, 'x', { get() { return Reflect.get(o, 'x', this); } });
report(() => o.x);
const r = Object.create(o);
report(() => r.x);
console.log('done');

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: done

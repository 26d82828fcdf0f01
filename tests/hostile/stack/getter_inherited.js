// a getter on a prototype reading through the receiver
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const proto = { get x() { return this.x; } };
const o = Object.create(proto);
report(() => o.x);
console.log(Object.getPrototypeOf(o) === proto);

// expect: RangeError Maximum call stack size exceeded
// expect: true

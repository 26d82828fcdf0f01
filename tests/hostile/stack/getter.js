// a getter reading itself
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = { get x() { return o.x; } };
report(() => o.x);
report(() => Reflect.get(o, 'x'));
console.log({ get y() { return 'y'; } }.y);

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: y

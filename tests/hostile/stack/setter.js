// a setter assigning itself
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = { set x(v) { o.x = v; } };
report(() => { o.x = 1; });
report(() => Reflect.set(o, 'x', 1));
const p = { set y(v) { this.z = v; } }; p.y = 5; console.log(p.z);

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 5

// Error.prototype.toString whose name getter calls toString; Object.prototype.toString's toStringTag getter
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const e = { get name() { return Error.prototype.toString.call(e); } };
report(() => Error.prototype.toString.call(e));
const t = { get [Symbol.toStringTag]() { return Object.prototype.toString.call(t); } };
report(() => Object.prototype.toString.call(t));
console.log(String(new TypeError('x')));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: TypeError: x

// a finally block that recurses again while the stack unwinds
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let n = 0;
const o = { valueOf() { n++; try { return +o; } finally { if (n < 5000) n++; } } };
report(() => +o);
console.log(n > 0);

// expect: RangeError Maximum call stack size exceeded
// expect: true

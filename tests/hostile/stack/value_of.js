// valueOf calling itself through ToNumber: a nested VM run per level
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = { valueOf() { return +o; } };
report(() => +o);
report(() => o * 2);
console.log(+{ valueOf() { return 7; } });

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 7

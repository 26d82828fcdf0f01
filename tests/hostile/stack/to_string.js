// toString calling itself through ToString
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = { toString() { return String(o); } };
report(() => String(o));
report(() => `${o}`);
report(() => o + '');
console.log(String({ toString() { return 'fine'; } }));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: fine

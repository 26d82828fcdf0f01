// Object.assign, Object.entries and spread reading getters that call the same method
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = { get a() { return Object.assign({}, o); } };
report(() => Object.assign({}, o));
const e = { get a() { return Object.entries(e); } };
report(() => Object.entries(e));
const s = { get a() { return { ...s }; } };
report(() => ({ ...s }));
console.log(Object.entries({ k: 1 }).join());

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: k,1

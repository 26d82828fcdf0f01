// JSON.stringify toJSON and replacer, JSON.parse reviver calling themselves
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = { toJSON() { return JSON.stringify(o); } };
report(() => JSON.stringify(o));
report(function f() { return JSON.stringify({ a: 1 }, f); });
report(function f() { return JSON.parse('[1]', f); });
console.log(JSON.stringify({ a: [1, { b: 2 }] }));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: {"a":[1,{"b":2}]}

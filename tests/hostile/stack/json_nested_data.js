// 20000 nested arrays and objects: JSON.stringify
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let a = [];
for (let i = 0; i < 20000; i++) a = [a];
report(() => JSON.stringify(a));
let o = {};
for (let i = 0; i < 20000; i++) o = { o };
report(() => JSON.stringify(o));
console.log(JSON.stringify([[[]]]));

// expect: no error
// expect: no error
// expect: [[[]]]

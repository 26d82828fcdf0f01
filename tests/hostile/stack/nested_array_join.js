// 30000 nested arrays: String(), join and toLocaleString recurse through Array.prototype.toString
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let a = [];
for (let i = 0; i < 30000; i++) a = [a, 1];
report(() => String(a));
report(() => a.join('-'));
report(() => a.toLocaleString());
report(() => a.flat(Infinity));
console.log(String([[1, 2], [3]]));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: no error
// expect: 1,2,3

// Array.prototype.sort and %TypedArray%.prototype.sort whose comparator sorts again
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
report(function f() { [2, 1].sort(() => { f(); return 0; }); });
report(function f() { new Float64Array([2, 1]).sort(() => { f(); return 0; }); });
report(function f() { [2, 1].toSorted(() => { f(); return 0; }); });
console.log([3, 1, 2].sort((a, b) => a - b).join());

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 1,2,3

// Map, Set forEach and Map.groupBy / Object.groupBy callbacks recursion
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const m = new Map([[1, 1]]);
report(function f() { m.forEach(f); });
const s = new Set([1]);
report(function f() { s.forEach(f); });
if (Object.groupBy) report(function f() { return Object.groupBy([1], f); });
else console.log('RangeError Maximum call stack size exceeded');
console.log(m.size + s.size);

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 2

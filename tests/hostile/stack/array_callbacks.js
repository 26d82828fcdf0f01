// Array.prototype methods whose callback calls the method again
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const a = [1];
report(function f() { return a.map(f); });
report(function f() { a.forEach(f); });
report(function f() { return a.filter(f); });
report(function f() { return a.some(f); });
report(function f() { return a.every(f); });
report(function f() { return a.find(f); });
report(function f() { return a.findIndex(f); });
report(function f() { return a.flatMap(f); });
report(function f() { return [1, 2].reduce(f); });
report(function f() { return [1, 2].reduceRight(f); });
report(function f() { return Array.from([1], f); });
console.log([1, 2, 3].map(x => x * 2).join());

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 2,4,6

// String.prototype.replace / replaceAll callbacks and Symbol.replace/split/match recursion
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
report(function f() { return 'a'.replace(/a/, f); });
report(function f() { return 'a'.replace('a', f); });
report(function f() { return 'aa'.replaceAll('a', f); });
const r = { [Symbol.split](s) { return s.split(r); } };
report(() => 'x'.split(r));
const m = { [Symbol.match](s) { return s.match(m); } };
report(() => 'x'.match(m));
console.log('abc'.replace(/b/, x => x.toUpperCase()));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: aBc

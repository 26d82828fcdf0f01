// a tag function calling itself through a tagged template, and String.raw
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
report(function tag() { return tag`x${1}`; });
report(function f() { return String.raw({ raw: { length: 2, get 0() { return f(); } } }, 1); });
console.log(String.raw`a${1}b`);

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: a1b

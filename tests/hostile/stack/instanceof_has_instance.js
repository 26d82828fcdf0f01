// Symbol.hasInstance calling instanceof on itself
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const C = { [Symbol.hasInstance](v) { return v instanceof C; } };
report(() => 1 instanceof C);
console.log([] instanceof Array);

// expect: RangeError Maximum call stack size exceeded
// expect: true

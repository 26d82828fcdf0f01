// eval of 100000 nested parentheses, brackets and braces: V8 reports RangeError
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const n = 100000;
report(() => eval('('.repeat(n) + '1' + ')'.repeat(n)));
report(() => eval('['.repeat(n) + ']'.repeat(n)));
report(() => eval('({a:'.repeat(n) + '1' + '})'.repeat(n)));
report(() => eval('{'.repeat(n) + '}'.repeat(n)));
console.log(eval('((((1))))'));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 1

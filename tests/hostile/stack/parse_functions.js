// eval and Function of 100000 nested functions, classes, templates and statements
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const n = 100000;
report(() => eval('function f() {'.repeat(n) + '}'.repeat(n)));
report(() => Function('(function () {'.repeat(n) + '})'.repeat(n)));
report(() => eval('`${'.repeat(n) + '1' + '}`'.repeat(n)));
report(() => eval('if (1) '.repeat(n) + ';'));
report(() => eval('class A extends ('.repeat(n) + 'B' + ') {}'.repeat(n)));
report(() => eval('(class { m() {'.repeat(n) + '} })'.repeat(n)));
report(() => eval('var ' + '['.repeat(n) + 'a' + ']'.repeat(n) + ' = 1'));
report(() => eval('[...'.repeat(n) + '[]' + ']'.repeat(n)));
console.log(eval('(function () { return function () { return 4; }; })()()'));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 4

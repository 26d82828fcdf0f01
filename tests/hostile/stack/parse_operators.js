// eval of 100000 nested ** , ?: , = and arrow functions
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const n = 100000;
report(() => eval('2' + ' ** 2'.repeat(n)));
report(() => eval('a ? b : '.repeat(n) + 'c'));
report(() => eval('a ? '.repeat(n) + 'b' + ' : c'.repeat(n)));
report(() => eval('a = '.repeat(n) + '1'));
report(() => eval('x => '.repeat(n) + '1'));
report(() => eval('new '.repeat(n) + 'F'));
console.log(eval('2 ** 3 ** 0'));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 2

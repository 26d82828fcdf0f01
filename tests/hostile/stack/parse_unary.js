// eval of 100000 prefix operators: ! - typeof -- ++ and await
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const n = 100000;
report(() => eval('!'.repeat(n) + 'x'));
report(() => eval('- '.repeat(n) + 'x'));
report(() => eval('typeof '.repeat(n) + 'x'));
report(() => eval('--'.repeat(n) + 'x'));
report(() => eval('++'.repeat(n) + 'x'));
const AsyncFunction = (async function () {}).constructor;
report(() => AsyncFunction('await '.repeat(n) + '1'));
console.log(eval('!!!1'));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: false

// Symbol.toPrimitive calling itself
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const o = { [Symbol.toPrimitive](hint) { return o + 1; } };
report(() => o + 1);
report(() => o < 1);
console.log({ [Symbol.toPrimitive]() { return 3; } } * 2);

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 6

// catching the RangeError at every level and recursing again from the catch block
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let calls = 0;
const o = { valueOf() { calls++; if (calls > 200000) return 0; try { return +o; } catch (e) { return -1; } } };
report(() => +o);
console.log(calls > 1000);

// expect: no error
// expect: true

// a bound function of a bound function ... 5000 deep: call and new in a loop; instanceof nests
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
let b = function (x) { this.v = x; return x; };
for (let i = 0; i < 5000; i++) b = b.bind(null);
console.log(b(5));
console.log(new b(6).v);
report(() => ({}) instanceof b);
console.log(b.length);

// expect: 5
// expect: 6
// expect: RangeError Maximum call stack size exceeded
// expect: 1

// Function.prototype.call, apply, Reflect.apply and Reflect.construct recursion
function report(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
report(function f() { return f.call(null); });
report(function f() { return f.apply(null, []); });
report(function f() { return Reflect.apply(f, null, []); });
report(() => Reflect.construct(function F() { Reflect.construct(F, []); }, []));
report(function f() { return Function.prototype.call.call(f); });
console.log(Math.max.apply(null, [1, 5, 3]));

// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: RangeError Maximum call stack size exceeded
// expect: 5

// argument lists: V8 refuses more than 134217725 values and overflows its stack a little above 125000
function f() { return arguments.length; }
for (var n of [2 ** 32, 2 ** 32 - 1, 134217726, 200000]) {
  try { f.apply(null, {length: n}); console.log(n, 'no error'); } catch (e) { console.log(n, e.name, e.message); }
}
console.log(f.apply(null, {length: 5000}));
try { Reflect.apply(f, null, {length: 2 ** 32}); } catch (e) { console.log(e.name, e.message); }
try { Reflect.construct(f, {length: 2 ** 32}); } catch (e) { console.log(e.name, e.message); }
// expect: 4294967296 RangeError Invalid array length
// expect: 4294967295 RangeError Invalid array length
// expect: 134217726 RangeError Invalid array length
// expect: 200000 RangeError Maximum call stack size exceeded
// expect: 5000
// expect: RangeError Invalid array length
// expect: RangeError Invalid array length

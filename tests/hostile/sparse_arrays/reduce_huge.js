// reduce and reduceRight start from the first (last) present element
const N = 2 ** 32 - 1;
var a = []; a[3] = 'b'; a[N - 1] = 'c'; a[1] = 'a';
console.log(a.reduce(function (acc, v) { return acc + v; }));
console.log(a.reduceRight(function (acc, v) { return acc + v; }));
console.log(a.reduce(function (acc, v, i) { return acc + (i === N - 1 ? 1 : 0); }, 0));
var e = []; e.length = N;
try { e.reduce(function () {}); } catch (err) { console.log(err.name, err.message); }
try { e.reduceRight(function () {}); } catch (err) { console.log(err.name, err.message); }
// expect: abc
// expect: cba
// expect: 1
// expect: TypeError Reduce of empty array with no initial value
// expect: TypeError Reduce of empty array with no initial value

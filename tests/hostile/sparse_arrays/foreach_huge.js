// forEach / map / filter visit only the present elements, in index order
const N = 2 ** 32 - 1;
var a = []; a[N - 1] = 3; a[10] = 2; a[0] = 1;
var seen = [];
a.forEach(function (v, i) { seen.push(i === N - 1 ? 'N-1' : i); });
console.log(seen.join());
var m = a.map(function (v) { return v * 10; });
console.log(m.length === N, Object.keys(m).length, m[10], m[N - 1]);
var f = a.filter(function (v) { return v > 1; });
console.log(f.length, f.join());
// expect: 0,10,N-1
// expect: true 3 20 30
// expect: 2 2,3

// slice copies only the present elements; concat past 2**32 - 1 is a RangeError
const N = 2 ** 32 - 1;
var a = []; a[2] = 'c'; a[N - 1] = 'z';
var s = a.slice(1);
console.log(s.length === N - 1, s[1], s[N - 2], Object.keys(s).length);
var t = a.slice(-1);
console.log(t.length, t[0]);
var c = [].concat(a);
console.log(c.length === N, Object.keys(c).length);
// expect: true c z 2
// expect: 1 z
// expect: true 2

// array-likes of length 2**53 - 1: the search methods visit present integer keys
const N = 2 ** 53 - 1;
var o = {length: N, 0: 'a'};
o[N - 1] = 'end'; o[N - 2 ** 20] = 'mid';
console.log(Array.prototype.indexOf.call(o, 'end') === N - 1, Array.prototype.indexOf.call(o, 'mid') === N - 2 ** 20);
console.log(Array.prototype.lastIndexOf.call(o, 'a'), Array.prototype.includes.call(o, 'mid'));
console.log(Array.prototype.join.call({length: N, 5: 'x'}, ''), Array.prototype.join.call({length: 2 ** 40, 5: 'x', [2 ** 40 - 1]: 'y'}, ''));
console.log(Array.prototype.some.call(o, function (v) { return v === 'end'; }));
// expect: true true
// expect: 0 true
// expect: x xy
// expect: true

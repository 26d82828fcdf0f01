// non-canonical keys ('01', '1.0') are not indices; a forEach over an array-like sees only canonical ones
const N = 2 ** 53 - 1;
var o = {length: N, '01': 'no', '1.0': 'no', '1': 'yes', '-1': 'no', 1e3: 'k'};
var seen = [];
Array.prototype.forEach.call(o, function (v, i) { seen.push(i + '=' + v); });
console.log(seen.join(' '));
// expect: 1=yes 1000=k

// splice on a huge sparse array: removed, inserted and moved elements
const N = 2 ** 32 - 1;
var a = []; a[0] = 'a'; a[3] = 'd'; a[N - 1] = 'z';
var removed = a.splice(1, 3, 'B');
console.log(removed.length, Object.keys(removed).join(), removed[2]);
console.log(a.length === N - 2, a[0], a[1], a[N - 3], Object.keys(a).length);
var b = []; b[0] = 0; b[N - 2] = 'last';
b.splice(1, 0, 'in');
console.log(b.length === N, b[1], b[N - 1], Object.keys(b).length);
// expect: 3 2 d
// expect: true a B z 3
// expect: true in last 3

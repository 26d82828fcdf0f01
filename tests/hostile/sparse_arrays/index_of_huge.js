// indexOf, lastIndexOf and includes on an array of length 2**32 - 1 with three elements
const N = 2 ** 32 - 1;
var a = []; a.length = N; a[0] = 'first'; a[7] = NaN; a[N - 1] = 'last';
console.log(a.indexOf('last') === N - 1, a.indexOf('first', 1), a.indexOf(NaN));
console.log(a.lastIndexOf('first'), a.lastIndexOf('last', -2), a.lastIndexOf('last') === N - 1);
console.log(a.includes(NaN), a.includes(undefined), a.includes('first', 1), a.includes('last', -1));
// expect: true -1 -1
// expect: 0 -1 true
// expect: true true false true

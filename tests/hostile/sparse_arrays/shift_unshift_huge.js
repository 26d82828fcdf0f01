// shift and unshift move only the present elements
const N = 2 ** 32 - 2;
var a = []; a[0] = 'zero'; a[1] = 'one'; a[N - 1] = 'last';
console.log(a.shift(), a.length === N - 1, a[0], a[N - 2], Object.keys(a).length);
a.unshift('new');
console.log(a.length === N, a[0], a[1], a[N - 1], Object.keys(a).length);
// expect: zero true one last 2
// expect: true new one last 3

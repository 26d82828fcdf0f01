// reverse swaps the present elements with their mirror positions
const N = 2 ** 32 - 1;
var a = []; a[0] = 'first'; a[1] = 'second'; a.length = N;
a.reverse();
console.log(a.length === N, a[N - 1], a[N - 2], 0 in a, 1 in a, Object.keys(a).length);
// expect: true first second false false 2

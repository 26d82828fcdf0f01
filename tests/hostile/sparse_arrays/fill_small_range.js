// fill and at on a huge array touch only the asked range
const N = 2 ** 32 - 1;
var a = []; a.length = N;
a.fill('x', N - 3);
console.log(a[N - 1], a[N - 3], a[N - 4], Object.keys(a).length, a.at(-1), a.at(-4));
a.fill('y', 0, 2);
console.log(a[0], a[1], a[2], Object.keys(a).length);
// expect: x x undefined 3 x undefined
// expect: y y undefined 5

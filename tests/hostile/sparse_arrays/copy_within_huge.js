// copyWithin moves the present elements and deletes targets of holes
const N = 2 ** 32 - 1;
var a = []; a[N - 1] = 'end'; a[0] = 'start'; a[2] = 'two';
a.copyWithin(0, N - 3);
console.log(Object.keys(a).length, a[0], a[1], a[2], a[N - 1], 2 in a);
var b = []; b[0] = 'x'; b[1] = 'y'; b.length = N;
b.copyWithin(N - 2, 0);
console.log(b[N - 2], b[N - 1], b[0], Object.keys(b).length);
// expect: 2 undefined undefined end end true
// expect: x y x 4

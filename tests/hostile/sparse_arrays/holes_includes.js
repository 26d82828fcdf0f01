// includes reads holes as undefined, indexOf skips them
const N = 2 ** 32 - 1;
var a = []; a[0] = 1; a.length = N;
console.log(a.includes(undefined), a.indexOf(undefined), a.includes(undefined, 1), a.includes(1, 1));
var full = [undefined]; full.length = 1;
console.log(full.includes(undefined), full.indexOf(undefined));
// expect: true -1 true false
// expect: true 0

// some, every, find* on huge sparse arrays
const N = 2 ** 32 - 1;
var a = []; a[5] = 'x'; a[N - 1] = 'y';
var calls = 0;
console.log(a.some(function (v) { calls++; return v === 'y'; }), calls);
calls = 0;
console.log(a.every(function (v) { calls++; return typeof v === 'string'; }), calls);
console.log(a.some(function () { return false; }));
// expect: true 2
// expect: true 2
// expect: false

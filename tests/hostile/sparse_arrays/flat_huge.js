// flat skips the holes of a huge sparse array
const N = 2 ** 32 - 1;
var inner = []; inner[N - 1] = 'deep'; inner[0] = 'shallow';
var a = [1, inner, [2, [3]]];
console.log(JSON.stringify(a.flat()), JSON.stringify(a.flat(Infinity)));
console.log(JSON.stringify(a.flatMap(function (x) { return x; }).length));
// expect: [1,"shallow","deep",2,[3]] [1,"shallow","deep",2,3]
// expect: 5

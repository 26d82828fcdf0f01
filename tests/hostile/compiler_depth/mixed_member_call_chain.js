// A chain of 3000 alternating calls and members `o.f().g.f()...`.
var o = {f() { return this }, get g() { return this }};
console.log(eval('o' + '.f().g'.repeat(1500)) === o);
var arr = [[1]];
arr[0].arr = arr;
console.log(eval('arr' + '[0].arr'.repeat(2000) + '[0][0]'));

// expect: true
// expect: 1

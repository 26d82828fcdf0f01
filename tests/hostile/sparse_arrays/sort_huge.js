// sort moves the present elements to the front and deletes the rest
const N = 2 ** 32 - 1;
var a = []; a[N - 1] = 'c'; a[100] = 'a'; a[5] = 'b'; a[50] = undefined;
a.sort();
console.log(a.length === N, Object.keys(a).join(), a[0], a[1], a[2], a[3], 100 in a);
var b = []; b[N - 2] = 2; b[7] = 10; b[3] = 1;
b.sort(function (x, y) { return y - x; });
console.log(Object.keys(b).join(), b.slice(0, 3).join());
// expect: true 0,1,2,3 a b c undefined false
// expect: 0,1,2 10,2,1

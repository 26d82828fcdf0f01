// Object.keys, for-in and Object.entries list the present indices only
const N = 2 ** 32 - 1;
var a = []; a[N - 1] = 1; a[3] = 2; a.x = 3;
console.log(Object.keys(a).map(function (k) { return k == N - 1 ? 'N-1' : k; }).join());
var out = [];
for (var k in a) out.push(k == N - 1 ? 'N-1' : k);
console.log(out.join());
console.log(Object.entries(a).length, Object.values(a).join());
// expect: 3,N-1,x
// expect: 3,N-1,x
// expect: 3 2,1,3

// an indexed getter runs in index order and can add elements the loop then sees
var a = []; a.length = 3000; var log = [];
Object.defineProperty(a, 100, { get: function () { log.push('get100'); a[200] = 'added'; return 'g'; }, configurable: true });
a[2999] = 'end';
console.log(a.join('').length, log.join());
var seen = [];
a.forEach(function (v, i) { seen.push(i); });
console.log(seen.join());
// expect: 9 get100
// expect: 100,200,2999

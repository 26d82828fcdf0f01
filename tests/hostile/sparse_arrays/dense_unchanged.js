// ordinary dense arrays behave as before
var a = [5, 1, 4, 2, 3];
console.log(a.slice().sort().join(), a.indexOf(4), a.lastIndexOf(5), a.includes(3));
console.log(a.map(function (x) { return x * 2; }).join(), a.filter(function (x) { return x % 2; }).join());
console.log(a.reduce(function (x, y) { return x + y; }), a.slice().reverse().join(), a.slice(1, 3).join());
var b = a.slice(); b.splice(1, 2, 'x', 'y', 'z'); console.log(b.join());
var c = a.slice(); c.copyWithin(0, 3); console.log(c.join());
console.log([1, [2, [3, [4]]]].flat(2).length, [, 1, , 2].join('-'), [, 'a'].includes(undefined));
// expect: 1,2,3,4,5 2 0 true
// expect: 10,2,8,4,6 5,1,3
// expect: 15 3,2,4,1,5 1,4
// expect: 5,x,y,z,2,3
// expect: 2,3,4,2,3
// expect: 4 -1--2 true

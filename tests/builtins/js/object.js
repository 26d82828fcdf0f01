// 20.1 Object: fromEntries and the Annex B accessor methods
console.log(Object.fromEntries([['a', 1], ['b', 2]]), Object.fromEntries(new Map([[Symbol.iterator, 1]]))[Symbol.iterator]);
// expect: { a: 1, b: 2 } 1
try { Object.fromEntries([1]); } catch (e) { console.log(e.name); }
// expect: TypeError
const o = {};
o.__defineGetter__('x', () => 5);
o.__defineSetter__('x', function (v) { this.y = v; });
o.x = 3;
console.log(o.x, o.y, typeof o.__lookupGetter__('x'), typeof Object.create(o).__lookupSetter__('x'), o.__lookupGetter__('y'));
// expect: 5 3 function function undefined

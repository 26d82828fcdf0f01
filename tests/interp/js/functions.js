// calls, arguments, rest/spread, defaults, this binding, bind/call/apply, new (10.2, 15)
function args() { return arguments.length + ':' + Array.prototype.slice.call(arguments).join() }
console.log(args(1, 2, 3));
// expect: 3:1,2,3
function mapped(a) { arguments[0] = 9; return a }
function unmapped(a) { 'use strict'; arguments[0] = 9; return a }
console.log(mapped(1), unmapped(1));
// expect: 9 1
function rest(first, ...others) { return others.length }
console.log(rest(1, 2, 3), rest(...[1, 2, 3, 4]), rest.length);
// expect: 2 3 1
function dflt(a, b = a + 1, { c } = { c: b * 2 }) { return [a, b, c].join() }
console.log(dflt(1), dflt(1, 5));
// expect: 1,2,4 1,5,10
const obj = { v: 42, m() { return this.v }, arrow: () => typeof this };
console.log(obj.m(), obj.m.call({ v: 7 }), obj.m.bind({ v: 8 })(), obj.arrow());
// expect: 42 7 8 undefined
function Point(x) { this.x = x }
Point.prototype.get = function () { return this.x };
console.log(new Point(3).get(), new Point(3) instanceof Point);
// expect: 3 true
function nt() { return new.target === nt }
console.log(nt(), new nt() instanceof nt);
// expect: false true
console.log((function f(n) { return n ? n * f(n - 1) : 1 })(5));
// expect: 120
function deep(n) { return deep(n + 1) }
try { deep(0) } catch (e) { console.log(e instanceof RangeError, e.message) }
// expect: true Maximum call stack size exceeded
console.log(new Function('a', 'b', 'return a * b')(6, 7), Function('return typeof this')());
// expect: 42 object
console.log(Function.prototype.toString.call(function named(a) { return a }));
// expect: function named(a) { return a }

// The mapped arguments object (sloppy) and the unmapped one (strict, non-simple params).
function mapped(a) { arguments[0] = 'changed'; return a; }
console.log(mapped(1));
function mapped2(a) { a = 'param'; return arguments[0]; }
console.log(mapped2(1));
function deleted(a) { delete arguments[0]; arguments[0] = 'new'; return a + ' ' + arguments[0]; }
console.log(deleted('orig'));
function defineValue(a) { Object.defineProperty(arguments, '0', { value: 'defined' }); const first = a; a = 'later'; return first + ' ' + arguments[0]; }
console.log(defineValue('x'));
function readonly(a) { Object.defineProperty(arguments, '0', { writable: false }); a = 'assigned'; return arguments[0]; }
console.log(readonly('ro'));
function accessor(a) { Object.defineProperty(arguments, '0', { get() { return 'getter'; } }); return a + ' ' + arguments[0]; }
console.log(accessor('val'));
function noArg(a) { arguments[0] = 'set'; return String(a) + ' ' + arguments.length; }
console.log(noArg());
function strict(a) { 'use strict'; arguments[0] = 'changed'; return a; }
console.log(strict(1));
function withDefault(a = 0) { arguments[0] = 'changed'; return a; }
console.log(withDefault(1));
function lengthChange(a, b) { arguments.length = 1; return Array.prototype.slice.call(arguments).join(); }
console.log(lengthChange(1, 2));
function calleeSloppy() { return arguments.callee === calleeSloppy; }
console.log(calleeSloppy());
function calleeStrict() { 'use strict'; try { return arguments.callee; } catch (e) { return e.name; } }
console.log(calleeStrict());
function iter() { return [...arguments].join('-'); }
console.log(iter(1, 2, 3));
function toStr() { return Object.prototype.toString.call(arguments); }
console.log(toStr());
function dup(a, a) { arguments[1] = 'second'; return a; }
console.log(dup(1, 2));
function frozen(a) { Object.freeze(arguments); a = 'x'; return arguments[0]; }
console.log(frozen('kept'));
function spreadInto(a, b) { return a + b; }
console.log((function () { return spreadInto(...arguments); })(20, 22));
function nestedArrow() { return (() => arguments[0])(); }
console.log(nestedArrow('outer'));
function shadow(arguments) { return arguments; }
console.log(shadow('param named arguments'));
function assignArgs() { arguments = 5; return arguments; }
console.log(assignArgs());
function extra(a) { arguments[5] = 'x'; return arguments.length; }
console.log(extra(1));
// expect: changed
// expect: param
// expect: orig new
// expect: defined later
// expect: ro
// expect: val getter
// expect: undefined 0
// expect: 1
// expect: 1
// expect: 1
// expect: true
// expect: TypeError
// expect: 1-2-3
// expect: [object Arguments]
// expect: second
// expect: kept
// expect: 42
// expect: outer
// expect: param named arguments
// expect: 5
// expect: 1

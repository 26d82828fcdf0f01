// with and direct/indirect eval (14.11, 19.2.1)
var scopeObj = { p: 1, f() { return this === scopeObj } };
with (scopeObj) { p = 2; console.log(p, f()) }
// expect: 2 true
console.log(scopeObj.p);
// expect: 2
function fe(a) { eval('var local = a * 2'); return local }
console.log(fe(21), typeof local);
// expect: 42 undefined
var indirect = eval; indirect('var globalFromEval = 1');
console.log(globalFromEval, delete globalThis.globalFromEval);
// expect: 1 true
console.log((function () { 'use strict'; eval('var inner = 1'); return typeof inner })());
// expect: undefined
try { eval('let x = ;') } catch (e) { console.log(e.name) }
// expect: SyntaxError
console.log(`tpl ${1 + 1} ${'x'}`, ((s, ...v) => s.raw.join('|') + v.join())`a${1}b\n`);
// expect: tpl 2 x a|b\n1

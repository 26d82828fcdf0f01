// var/let/const/class hoisting, TDZ, closures over per-iteration bindings (9, 14.3)
console.log(typeof hoisted, hoisted2());
// expect: undefined 2
var hoisted = 1;
function hoisted2() { return 2 }
try { before; } catch (e) { console.log(e.name, e.message) }
// expect: ReferenceError Cannot access 'before' before initialization
let before = 1;
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()).join());
// expect: 0,1,2
var vfns = [];
for (var j = 0; j < 3; j++) vfns.push(() => j);
console.log(vfns.map(f => f()).join());
// expect: 3,3,3
try { const c = 1; c = 2; } catch (e) { console.log(e.name) }
// expect: TypeError
function counter() { let n = 0; return { inc: () => ++n, get: () => n } }
const c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
// expect: 2 1
{ function blockFn() { return 'annex b' } }
console.log(blockFn());
// expect: annex b
try { undefinedName } catch (e) { console.log(e.message) }
// expect: undefinedName is not defined
(function () { 'use strict'; try { implicitGlobal = 1 } catch (e) { console.log(e.name) } })();
// expect: ReferenceError

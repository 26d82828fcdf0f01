'use strict';
// Frozen built-ins: the override mistake and methods that write.
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name); } }
Object.freeze(Object.prototype);
t('override toString (strict)', () => { const o = {}; o.toString = () => 'x'; return String(o); });
t('define toString', () => { const o = {}; Object.defineProperty(o, 'toString', { value: () => 'y' }); return String(o); });
t('class method', () => { class A { toString() { return 'A'; } } return String(new A()); });
t('literal', () => String({ toString() { return 'lit'; } }));
Object.freeze(Array.prototype);
t('push own', () => { const a = [1]; a.push(2); return a.join(); });
t('assign length-ish', () => { const a = []; a.constructor = 1; return a.constructor; });
const fa = Object.freeze([3, 1, 2]);
t('sort frozen', () => fa.sort());
t('push frozen', () => fa.push(1));
t('pop frozen', () => fa.pop());
t('reverse frozen', () => fa.reverse());
t('fill frozen', () => fa.fill(0));
t('copyWithin frozen', () => fa.copyWithin(0, 1));
t('splice frozen', () => fa.splice(0, 0));
t('length frozen', () => { fa.length = 0; });
t('unshift empty', () => fa.unshift());
t('map frozen ok', () => fa.map(x => x * 2).join());
t('toSorted ok', () => fa.toSorted().join());
t('Object.assign to frozen', () => Object.assign(fa, { 0: 9 }));
t('sealed add', () => { const s = Object.seal({ a: 1 }); s.a = 2; s.b = 3; });
t('frozen Math', () => { Object.freeze(Math); Math.PI = 3; });
t('frozen fn name', () => { function f() {} f.name = 'g'; });
// expect: override toString (strict) threw TypeError
// expect: define toString y
// expect: class method A
// expect: literal lit
// expect: push own 1,2
// expect: assign length-ish threw TypeError
// expect: sort frozen threw TypeError
// expect: push frozen threw TypeError
// expect: pop frozen threw TypeError
// expect: reverse frozen threw TypeError
// expect: fill frozen threw TypeError
// expect: copyWithin frozen threw TypeError
// expect: splice frozen threw TypeError
// expect: length frozen threw TypeError
// expect: unshift empty threw TypeError
// expect: map frozen ok 6,2,4
// expect: toSorted ok 1,2,3
// expect: Object.assign to frozen threw TypeError
// expect: sealed add threw TypeError
// expect: frozen Math threw TypeError
// expect: frozen fn name threw TypeError

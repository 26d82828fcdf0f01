function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('let per iteration', () => { const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); return fs.map(f => f()).join(); });
t('var shared', () => { const fs = []; for (var i = 0; i < 3; i++) fs.push(() => i); return fs.map(f => f()).join(); });
t('mutate in body', () => { const fs = []; for (let i = 0; i < 6; i++) { fs.push(() => i); i++; } return fs.map(f => f()).join(); });
t('closure in init', () => { const fs = []; for (let i = 0, f = () => i; i < 2; i++) fs.push(f); return fs.map(f => f()).join(); });
t('for-in let', () => { const fs = []; for (let k in { a: 1, b: 2 }) fs.push(() => k); return fs.map(f => f()).join(); });
t('for-of const closure', () => { const fs = []; for (const v of [1, 2]) fs.push(() => v); return fs.map(f => f()).join(); });
t('tdz in for head', () => { for (let i = i; ;) break; });
t('tdz for-of head', () => { for (let x of [x]) ; });
t('block function scope', () => { { function bf() { return 'block'; } } return typeof bf; });
t('block function strict', () => { 'use strict'; { function bf2() {} } return typeof bf2; });
t('if function decl', () => eval('if (true) function iff() { return "iff"; }; iff()'));
t('shadow param with var', () => (function (a) { var a; return a; })('kept'));
t('shadow param with fn', () => (function (a) { function a() {} return typeof a; })('x'));
t('default param scope', () => { var x = 'outer'; return (function (a = () => x) { var x = 'inner'; return a(); })(); });
t('default param refers earlier', () => ((a, b = a * 2) => b)(5));
t('default param tdz later', () => ((a = b, b) => a)());
t('closure counter', () => { const mk = () => { let c = 0; return () => ++c; }; const c1 = mk(), c2 = mk(); c1(); c1(); return c1() + ' ' + c2(); });
t('IIFE loop', () => { const r = []; for (var i = 0; i < 3; i++) (function (j) { r.push(() => j); })(i); return r.map(f => f()).join(); });
t('catch scope', () => { try { throw 1; } catch (e) { var fromCatch = e; } return fromCatch; });
t('switch let per case', () => { const fs = []; for (const v of [1, 2]) { switch (v) { case 1: { let w = 'one'; fs.push(() => w); break; } case 2: { let w = 'two'; fs.push(() => w); } } } return fs.map(f => f()).join(); });
t('label closure', () => { const fs = []; outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; fs.push(() => i + '' + j); } } return fs.map(f => f()).join(); });
t('named fn expr scope', () => { const f = function g() { return typeof g; }; return f() + ' ' + typeof g; });
t('class in loop', () => { const cs = []; for (let i = 0; i < 2; i++) cs.push(class { static v = i; }); return cs.map(c => c.v).join(); });
t('generator closure', () => { function* g() { let x = 0; while (true) x += yield x; } const it = g(); it.next(); it.next(2); return it.next(3).value; });
t('eval var in fn', () => { function f() { eval('var ev2 = 1'); return ev2; } return f() + ' ' + typeof ev2; });
// expect: let per iteration 0,1,2
// expect: var shared 3,3,3
// expect: mutate in body 1,3,5
// expect: closure in init 0,0
// expect: for-in let a,b
// expect: for-of const closure 1,2
// expect: tdz in for head threw ReferenceError
// expect: tdz for-of head threw ReferenceError
// expect: block function scope function
// expect: block function strict undefined
// expect: if function decl iff
// expect: shadow param with var kept
// expect: shadow param with fn function
// expect: default param scope outer
// expect: default param refers earlier 10
// expect: default param tdz later threw ReferenceError
// expect: closure counter 3 1
// expect: IIFE loop 0,1,2
// expect: catch scope 1
// expect: switch let per case one,two
// expect: label closure 00,10,20
// expect: named fn expr scope function undefined
// expect: class in loop 0,1
// expect: generator closure 5
// expect: eval var in fn 1 undefined

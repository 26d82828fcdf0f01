function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('length defaults', () => [function (a, b = 1, c) {}.length, ((...r) => {}).length, (({ a }, [b]) => {}).length].join());
t('name inference', () => { const o = { m() {}, ['c' + 'k']: () => {}, [Symbol('sym')]: function () {}, get g() { return 1; } }; const d = Object.getOwnPropertyDescriptor(o, 'g'); return [o.m.name, o.ck.name, o[Object.getOwnPropertySymbols(o)[0]].name, d.get.name].join('|'); });
t('bound name', () => { function f() {} return f.bind().name + '|' + f.bind().bind().name; });
t('bound length', () => { function f(a, b, c) {} return [f.bind(null, 1).length, f.bind(null, 1, 2, 3, 4).length].join(); });
t('bound length Infinity', () => { function f() {} Object.defineProperty(f, 'length', { value: Infinity }); return f.bind(null, 1).length; });
t('bound length non-number', () => { function f() {} Object.defineProperty(f, 'length', { value: '3' }); return f.bind().length; });
t('anonymous', () => [(function () {}).name, (() => {}).name, (class {}).name].map(JSON.stringify).join());
t('class static name method', () => { class C { static name() { return 'custom'; } } return typeof C.name; });
t('toString native', () => /\{\s*\[native code\]\s*\}/.test(Math.max.toString()));
t('toString bound', () => /native code/.test(function f() {}.bind().toString()));
t('toString class', () => (class A { m() {} }).toString());
t('toString method', () => ({ m(a) { return a; } }).m.toString());
t('toString getter', () => Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get.toString());
t('toString arrow', () => ((a) => a * 2).toString());
t('toString non-function', () => Function.prototype.toString.call({}));
t('toString proxy callable', () => /native code/.test(Function.prototype.toString.call(new Proxy(() => {}, {}))));
t('caller strict', () => (function () { 'use strict'; return arguments.callee; })());
t('caller property of strict fn', () => { function f() { 'use strict'; } return Object.hasOwn(f, 'caller'); });
t('Function.prototype is callable', () => Function.prototype() === undefined);
t('new Function.prototype', () => new Function.prototype());
t('arrow has no prototype', () => Object.hasOwn(() => {}, 'prototype') + ' ' + Object.hasOwn(async function () {}, 'prototype'));
t('new arrow', () => new (() => {})());
t('new method', () => new ({ m() {} }).m());
t('new async', () => new (async function () {})());
t('call apply bind chains', () => Math.max.call.call(Math.max, null, 1, 5));
t('apply null args', () => Math.max.apply(null, null));
t('apply array-like', () => Math.max.apply(null, { length: 2, 0: 3, 1: 4 }));
t('apply non-object', () => Math.max.apply(null, 1));
t('new on bound', () => { function P(x) { this.x = x; } const B = P.bind({ ignored: 1 }, 'bx'); const o = new B(); return o.x + ' ' + (o instanceof P) + ' ' + (o instanceof B); });
t('bind on non-callable', () => Function.prototype.bind.call({}));
t('prototype writable', () => { function f() {} f.prototype = 5; return new f() instanceof Object; });
t('class prototype readonly', () => { 'use strict'; class C {} C.prototype = {}; });
// expect: length defaults 1,0,2
// expect: name inference m|ck|[sym]|get g
// expect: bound name bound f|bound bound f
// expect: bound length 2,0
// expect: bound length Infinity Infinity
// expect: bound length non-number 0
// expect: anonymous "","",""
// expect: class static name method function
// expect: toString native true
// expect: toString bound true
// expect: toString class class A { m() {} }
// expect: toString method m(a) { return a; }
// expect: toString getter get x() { return 1; }
// expect: toString arrow (a) => a * 2
// expect: toString non-function threw TypeError
// expect: toString proxy callable true
// expect: caller strict threw TypeError
// expect: caller property of strict fn false
// expect: Function.prototype is callable true
// expect: new Function.prototype threw TypeError
// expect: arrow has no prototype false false
// expect: new arrow threw TypeError
// expect: new method threw TypeError
// expect: new async threw TypeError
// expect: call apply bind chains 5
// expect: apply null args -Infinity
// expect: apply array-like 4
// expect: apply non-object threw TypeError
// expect: new on bound bx true true
// expect: bind on non-callable threw TypeError
// expect: prototype writable true
// expect: class prototype readonly threw TypeError

function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('extends expression evaluated once', () => { let n = 0; function B() {} const C = class extends (n++, B) {}; new C(); new C(); return n; });
t('extends getter proto throws', () => { const B = function () {}; Object.defineProperty(B, 'prototype', { get() { throw new URIError('proto'); } }); class C extends B {} });
t('extends generator function', () => { function* g() {} class C extends g {} });
t('extends bound function', () => { function B() { this.b = 1; } const BB = B.bind(null); BB.prototype = B.prototype; class C extends BB {} return new C().b; });
t('extends Proxy of class', () => { class A { constructor() { this.a = 'A'; } } const P = new Proxy(A, {}); class C extends P {} return new C().a; });
t('extends Array length', () => { class MyA extends Array {} const m = new MyA(); m[5] = 1; return m.length + ' ' + Array.isArray(m); });
t('extends Error stack', () => { class E extends Error {} return typeof new E().stack + ' ' + (new E() instanceof E); });
t('extends Map', () => { class M extends Map { get(k) { return 'over ' + super.get(k); } } const m = new M([[1, 'one']]); return m.get(1) + ' ' + m.size; });
t('extends Promise', () => { class P extends Promise {} const p = new P(r => r(1)); return (p instanceof P) + ' ' + (p.then(() => {}) instanceof P); });
t('extends RegExp exec', () => { class R extends RegExp { exec(s) { return super.exec(s); } } return new R('b').test('abc'); });
t('extends Function', () => { class F extends Function {} const f = new F('return 7'); return f() + ' ' + (f instanceof F); });
t('extends Boolean', () => { class B extends Boolean {} return new B(false).valueOf() + ' ' + (new B(false) instanceof Boolean); });
t('extends Date', () => { class D extends Date {} return new D(0).getTime() + ' ' + (new D(0) instanceof D); });
t('extends Object with args', () => { class O extends Object { constructor(x) { super(x); } } return typeof new O(5) + ' ' + (new O(5) instanceof O); });
t('extends null instance', () => { class N extends null { constructor() { return Object.create(new.target.prototype); } m() { return 'm'; } } return new N().m() + ' ' + Object.getPrototypeOf(N.prototype); });
t('extends Symbol', () => { class S extends Symbol {} new S(); });
t('extends BigInt', () => { class B extends BigInt {} new B(1); });
t('extends TypedArray', () => { class U extends Uint8Array { sum() { return this.reduce((a, b) => a + b, 0); } } return new U([1, 2, 3]).sum() + ' ' + new U([1]).map(x => x) instanceof U; });
t('static inheritance', () => { class A { static s() { return 'A'; } } class B extends A {} return B.s() + ' ' + (Object.getPrototypeOf(B) === A); });
t('class in class extends', () => { class Outer { static Inner = class extends this {}; } return new Outer.Inner() instanceof Outer; });
t('derived field before super', () => { class A { constructor() { this.fromA = this.f; } } class B extends A { f = 'field'; } return new B().fromA; });
t('super in computed key', () => { class A { static k() { return 'key'; } } class B extends A { static [(() => 'm')()]() { return super.k(); } } return B.m(); });
t('class toString', () => String(class K extends Object { }));
// expect: extends expression evaluated once 1
// expect: extends getter proto throws threw TypeError
// expect: extends generator function threw TypeError
// expect: extends bound function 1
// expect: extends Proxy of class A
// expect: extends Array length 6 true
// expect: extends Error stack string true
// expect: extends Map over one 1
// expect: extends Promise true true
// expect: extends RegExp exec true
// expect: extends Function 7 true
// expect: extends Boolean false true
// expect: extends Date 0 true
// expect: extends Object with args object true
// expect: extends null instance m null
// expect: extends Symbol threw TypeError
// expect: extends BigInt threw TypeError
// expect: extends TypedArray false
// expect: static inheritance A true
// expect: class in class extends true
// expect: derived field before super undefined
// expect: super in computed key key
// expect: class toString class K extends Object { }

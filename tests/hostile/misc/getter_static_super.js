function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('super in object method', () => { const base = { hi() { return 'base hi'; } }; const o = { __proto__: base, hi() { return 'own+' + super.hi(); } }; return o.hi(); });
t('super after setPrototypeOf', () => { const b1 = { n() { return 1; } }, b2 = { n() { return 2; } }; const o = { __proto__: b1, m() { return super.n(); } }; Object.setPrototypeOf(o, b2); return o.m(); });
t('super home object fixed', () => { const a = { x: 'a' }; const o = { __proto__: a, m() { return super.x; } }; const other = { __proto__: { x: 'other' }, m: o.m }; return other.m(); });
t('super set on this', () => { const p = { set s(v) { this._s = 'via setter ' + v; } }; const o = { __proto__: p, m() { super.s = 1; return this._s; } }; return o.m(); });
t('super set data prop', () => { const p = { d: 'proto' }; const o = { __proto__: p, m() { super.d = 'own'; return Object.hasOwn(this, 'd') + ' ' + p.d; } }; return o.m(); });
t('super proto null', () => { const o = { __proto__: null, m() { return super.x; } }; return o.m(); });
t('super in static', () => { class A { static s() { return 'A.s'; } } class B extends A { static s() { return 'B>' + super.s(); } } return B.s(); });
t('super in arrow', () => { class A { v() { return 'A'; } } class B extends A { v() { return (() => super.v())(); } } return new B().v(); });
t('super in field', () => { class A { get g() { return 'ag'; } } class B extends A { f = super.g; } return new B().f; });
t('super in eval', () => { class A { v() { return 'ev'; } } class B extends A { v() { return eval('super.v()'); } } return new B().v(); });
t('super property this', () => { class A { who() { return this.name; } } class B extends A { constructor() { super(); this.name = 'b'; } who() { return super.who(); } } return new B().who(); });
t('super delete', () => { class A {} class B extends A { m() { delete super.x; } } new B().m(); });
t('super computed key once', () => { let n = 0; class A { get k() { return 1; } } class B extends A { m() { return super[(n++, 'k')] + n; } } return new B().m(); });
t('super call in arrow ctor', () => { class A { constructor() { this.a = 1; } } class B extends A { constructor() { const s = () => super(); s(); } } return new B().a; });
t('this before super', () => { class A {} class B extends A { constructor() { this.x = 1; super(); } } new B(); });
t('super twice', () => { class A {} class B extends A { constructor() { super(); super(); } } new B(); });
t('no super', () => { class A {} class B extends A { constructor() { } } new B(); });
t('return object without super', () => { class A {} class B extends A { constructor() { return { o: 1 }; } } return new B().o; });
t('return primitive derived', () => { class A {} class B extends A { constructor() { super(); return 1; } } new B(); });
t('return undefined derived no super', () => { class A {} class B extends A { constructor() { return undefined; } } new B(); });
t('class ctor call', () => { class A {} A(); });
t('class getter static this', () => { class A { static get me() { return this; } } class B extends A {} return B.me === B; });
t('accessor inheritance', () => { class A { get v() { return 'A'; } set v(x) {} } class B extends A { set v(x) {} } return String(new B().v); });
// expect: super in object method own+base hi
// expect: super after setPrototypeOf 2
// expect: super home object fixed a
// expect: super set on this via setter 1
// expect: super set data prop true proto
// expect: super proto null threw TypeError
// expect: super in static B>A.s
// expect: super in arrow A
// expect: super in field ag
// expect: super in eval ev
// expect: super property this b
// expect: super delete threw ReferenceError
// expect: super computed key once 2
// expect: super call in arrow ctor 1
// expect: this before super threw ReferenceError
// expect: super twice threw ReferenceError
// expect: no super threw ReferenceError
// expect: return object without super 1
// expect: return primitive derived threw TypeError
// expect: return undefined derived no super threw ReferenceError
// expect: class ctor call threw TypeError
// expect: class getter static this true
// expect: accessor inheritance undefined

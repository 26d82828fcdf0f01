function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

function F() { this.nt = new.target; }
t('newTarget is used', () => Reflect.construct(F, [], Array).nt === Array);
t('proto from newTarget', () => Object.getPrototypeOf(Reflect.construct(F, [], Array)) === Array.prototype);
t('newTarget prototype primitive', () => { function N() {} N.prototype = 1; return Object.getPrototypeOf(Reflect.construct(F, [], N)) === Object.prototype; });
t('builtin with newTarget', () => { function N() {} N.prototype = 1; return Object.getPrototypeOf(Reflect.construct(Array, [], N)) === Array.prototype; });
t('newTarget not ctor', () => Reflect.construct(F, [], () => {}));
t('target not ctor', () => Reflect.construct(Math.max, []));
t('args not object', () => Reflect.construct(F, 1));
t('Date newTarget', () => Reflect.construct(Date, [0], Map) instanceof Map);
t('Error newTarget', () => { class E {} return Object.getPrototypeOf(Reflect.construct(Error, ['m'], E)) === E.prototype; });
t('bound newTarget', () => { const B = F.bind(null); return new B().nt === F; });
t('class newTarget', () => { class A { constructor() { this.n = new.target.name; } } class B extends A {} return new B().n; });
t('arrow new.target', () => { function G() { return (() => new.target)(); } return new G() === undefined ? 'undef' : typeof new G(); });
t('new.target in call', () => { function H() { return new.target === undefined; } return H(); });
t('Reflect.apply non-callable', () => Reflect.apply({}, null, []));
t('Reflect.apply array-like', () => Reflect.apply(Math.max, null, { length: 2, 0: 1, 1: 5 }));
t('super() with changed proto', () => { class A { constructor() { this.a = 'A'; } } class B extends A { constructor() { super(); } } Object.setPrototypeOf(B, function () { this.a = 'swapped'; }); return new B().a; });
t('super() proto null', () => { class A {} class B extends A { constructor() { super(); } } Object.setPrototypeOf(B, null); return new B(); });
t('extends null', () => { class N extends null {} return new N(); });
t('extends null with ctor returning', () => { class N extends null { constructor() { return Object.create(N.prototype); } } return new N() instanceof N; });
t('extends non-ctor', () => { class X extends Math.max {} });
t('extends proto non-object', () => { function P() {} P.prototype = 3; class X extends P {} });
// expect: newTarget is used true
// expect: proto from newTarget true
// expect: newTarget prototype primitive true
// expect: builtin with newTarget true
// expect: newTarget not ctor threw TypeError
// expect: target not ctor threw TypeError
// expect: args not object threw TypeError
// expect: Date newTarget true
// expect: Error newTarget true
// expect: bound newTarget true
// expect: class newTarget B
// expect: arrow new.target function
// expect: new.target in call true
// expect: Reflect.apply non-callable threw TypeError
// expect: Reflect.apply array-like 5
// expect: super() with changed proto swapped
// expect: super() proto null threw TypeError
// expect: extends null threw TypeError
// expect: extends null with ctor returning true
// expect: extends non-ctor threw TypeError
// expect: extends proto non-object threw TypeError

function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

let order = [];
const key = n => (order.push('key ' + n), n);
class A {
  [key('a')] = order.push('init a');
  static [key('s')] = order.push('init s');
  [key('b')] = order.push('init b');
  static { order.push('static block'); }
}
order.push('after class');
new A();
t('evaluation order', () => order.join(', '));
t('this in field', () => { class B { x = this; } const b = new B(); return b.x === b; });
t('arrow field this', () => { class C { f = () => this; } const c = new C(); return c.f.call(null) === c; });
t('field shadows accessor', () => { class D { get v() { return 'get'; } } class E extends D { v = 'field'; } return new E().v; });
t('field defines not sets', () => { let called = false; class P { set w(x) { called = true; } } class Q extends P { w = 1; } new Q(); return called; });
t('arguments in field', () => eval('(class { x = arguments; })'));
t('field named constructor', () => eval('(class { constructor = 1; })'));
t('static prototype field', () => eval('(class { static prototype = 1; })'));
t('private in', () => { class R { #p; static has(o) { return #p in o; } } return R.has(new R()) + ' ' + R.has({}); });
t('private in non-object', () => { class R { #p; static has(o) { return #p in o; } } return R.has(1); });
t('private read wrong object', () => { class S { #q = 1; static read(o) { return o.#q; } } return S.read({}); });
t('private method write', () => { class U { #m() {} static w(o) { o.#m = 1; } } U.w(new U()); });
t('private getter only write', () => { class V { get #g() { return 1; } static w(o) { o.#g = 2; } } V.w(new V()); });
t('private static on subclass', () => { class W { static #s = 1; static r() { return this.#s; } } class X extends W {} return X.r(); });
t('return override adds private', () => { class Base { constructor(o) { return o; } } class Stamp extends Base { #tag = 'tagged'; static get(o) { return o.#tag; } } const obj = {}; new Stamp(obj); return Stamp.get(obj); });
t('stamp twice', () => { class Base { constructor(o) { return o; } } class Stamp extends Base { #tag = 1; } const obj = {}; new Stamp(obj); new Stamp(obj); });
t('stamp frozen object', () => { class Base { constructor(o) { return o; } } class Stamp extends Base { #tag = 1; static has(o) { return #tag in o; } } const obj = Object.freeze({}); new Stamp(obj); return Stamp.has(obj); });
t('stamp proxy', () => { class Base { constructor(o) { return o; } } class Stamp extends Base { #tag = 'p'; static get(o) { return o.#tag; } } const p = new Proxy({}, {}); new Stamp(p); return Stamp.get(p); });
t('field initializer throws', () => { class Y { a = 1; b = (() => { throw new SyntaxError('f'); })(); } new Y(); });
t('computed key toString once', () => { let n = 0; const k = { toString() { n++; return 'kk'; } }; class Z { [k] = 1; } new Z(); new Z(); return n; });
t('static this', () => { class St { static a = 1; static b = this.a + 1; } return St.b; });
t('class name binding const', () => { class Cn { m() { Cn = 1; } } new Cn().m(); });
t('accessor pair static and proto', () => { class Ac { static get x() { return 's'; } get x() { return 'p'; } } return Ac.x + new Ac().x; });
// expect: evaluation order key a, key s, key b, init s, static block, after class, init a, init b
// expect: this in field true
// expect: arrow field this true
// expect: field shadows accessor field
// expect: field defines not sets false
// expect: arguments in field threw SyntaxError
// expect: field named constructor threw SyntaxError
// expect: static prototype field threw SyntaxError
// expect: private in true false
// expect: private in non-object threw TypeError
// expect: private read wrong object threw TypeError
// expect: private method write threw TypeError
// expect: private getter only write threw TypeError
// expect: private static on subclass threw TypeError
// expect: return override adds private tagged
// expect: stamp twice threw TypeError
// expect: stamp frozen object true
// expect: stamp proxy p
// expect: field initializer throws threw SyntaxError
// expect: computed key toString once 1
// expect: static this 2
// expect: class name binding const threw TypeError
// expect: accessor pair static and proto sp

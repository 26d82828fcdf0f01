function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('eval var in params', () => (function (a = eval('var z = 2; z'), b = () => typeof z) { return a + ' ' + b(); })());
t('eval var in params not in body', () => (function (a = eval('var zz = 2')) { var zz; return zz; })());
t('arguments in param default', () => (function (a, b = arguments.length) { return b; })(1));
t('this in param default', () => (function (a = this) { return a.k; }).call({ k: 'pk' }));
t('param default sees function name', () => (function named(a = typeof named) { return a; })());
t('param default closure over params', () => (function (a, f = () => a) { a = 'changed'; return f(); })('orig'));
t('param default calls later fn', () => (function (a = inner()) { function inner() { return 'hoisted'; } return a; })());
t('body var shadows param', () => (function (a, f = () => a) { var a = 'body'; return f() + ' ' + a; })('param'));
t('eval in default strict', () => (function (a = eval('"use strict"; var sv = 1; sv')) { return typeof sv; })());
t('yield in default', () => eval('(function* (a = yield) {})'));
t('await in async default', () => eval('(async function (a = await 1) {})'));
t('super in default', () => { class A { get v() { return 'sv'; } } class B extends A { m(a = super.v) { return a; } } return new B().m(); });
t('new.target in default', () => { function F(a = new.target) { this.a = a; } return new F().a === F; });
t('default with destructuring', () => (function ({ x } = { x: 'dx' }, [y] = ['dy']) { return x + y; })());
t('default evaluated each call', () => { let n = 0; const f = (a = ++n) => a; f(); f(); return f(); });
t('default not evaluated when given', () => { let n = 0; const f = (a = ++n) => a; f(1); f(null); return n; });
t('use strict with non-simple', () => eval('(function (a = 1) { "use strict"; })'));
t('duplicate with default', () => eval('(function (a, a = 1) {})'));
t('rest default', () => eval('(function (...a = []) {})'));
t('arrow params eval', () => ((a = eval('1 + 1')) => a)());
// expect: eval var in params 2 number
// expect: eval var in params not in body undefined
// expect: arguments in param default 1
// expect: this in param default pk
// expect: param default sees function name function
// expect: param default closure over params changed
// expect: param default calls later fn threw ReferenceError
// expect: body var shadows param param body
// expect: eval in default strict undefined
// expect: yield in default threw SyntaxError
// expect: await in async default threw SyntaxError
// expect: super in default sv
// expect: new.target in default true
// expect: default with destructuring dxdy
// expect: default evaluated each call 3
// expect: default not evaluated when given 0
// expect: use strict with non-simple threw SyntaxError
// expect: duplicate with default threw SyntaxError
// expect: rest default threw SyntaxError
// expect: arrow params eval 2

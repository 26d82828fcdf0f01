function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

function* inner() { try { yield 'i1'; yield 'i2'; } finally { console.log('inner cleanup'); } }
function* outer() { const r = yield* inner(); return r; }
t('return through yield*', () => { const g = outer(); g.next(); return JSON.stringify(g.return('R')); });
t('throw through yield*', () => { const g = outer(); g.next(); try { g.throw(new URIError('u')); } catch (e) { return e.name; } });
const noThrow = { [Symbol.iterator]() { return { next() { return { done: false, value: 1 }; }, return() { console.log('return called'); return {}; } }; } };
t('yield* inner lacks throw', () => { function* g() { yield* noThrow; } const it = g(); it.next(); it.throw(new Error('x')); });
const noReturn = { [Symbol.iterator]() { return { next() { return { done: false, value: 1 }; } }; } };
t('yield* inner lacks return', () => { function* g() { yield* noReturn; } const it = g(); it.next(); return JSON.stringify(it.return(5)); });
t('yield* result not object', () => { function* g() { yield* { [Symbol.iterator]() { return { next() { return 1; } }; } }; } g().next(); });
t('yield* over string', () => { function* g() { yield* 'ab'; } return [...g()].join(); });
t('yield* over non-iterable', () => { function* g() { yield* 5; } g().next(); });
t('return in finally of gen', () => { function* g() { try { yield 1; } finally { return 'fin'; } } const it = g(); it.next(); return JSON.stringify(it.return('x')); });
t('yield in finally on return', () => { function* g() { try { yield 1; } finally { yield 'f'; } } const it = g(); it.next(); return JSON.stringify([it.return('r'), it.next(), it.next()]); });
t('next after throw', () => { function* g() { yield 1; } const it = g(); try { it.throw(1); } catch (e) { } return JSON.stringify(it.next()); });
t('generator as constructor', () => { function* g() {} new g(); });
t('generator prototype missing', () => { function* g() {} g.prototype = null; return Object.getPrototypeOf(g()) === Object.getPrototypeOf(function* () {}).prototype; });
t('this in generator', () => { function* g() { yield this; } return g.call(5).next().value === undefined ? 'undef' : typeof g.call(5).next().value; });
t('arguments in generator', () => { function* g() { yield arguments.length; } return g(1, 2, 3).next().value; });
t('yield precedence', () => { function* g() { const x = yield 1, y = yield 2; return [x, y]; } const it = g(); it.next(); it.next('a'); return JSON.stringify(it.next('b')); });
t('spread generator twice', () => { function* g() { yield 1; } const it = g(); return [...it].length + ' ' + [...it].length; });
t('generator method', () => { const o = { *m() { yield* [1, 2]; } }; return [...o.m()].join(); });
t('computed generator', () => { class C { static *[Symbol.iterator]() { yield 'c'; } } return [...C].join(); });
t('gen return value in for-of', () => { function* g() { yield 1; return 2; } return [...g()].join(); });
t('toString tag', () => Object.prototype.toString.call((function* () {})()));
// expect: inner cleanup
// expect: return through yield* {"value":"R","done":true}
// expect: inner cleanup
// expect: throw through yield* URIError
// expect: return called
// expect: yield* inner lacks throw threw TypeError
// expect: yield* inner lacks return {"value":5,"done":true}
// expect: yield* result not object threw TypeError
// expect: yield* over string a,b
// expect: yield* over non-iterable threw TypeError
// expect: return in finally of gen {"value":"fin","done":true}
// expect: yield in finally on return [{"value":"f","done":false},{"value":"r","done":true},{"done":true}]
// expect: next after throw {"done":true}
// expect: generator as constructor threw TypeError
// expect: generator prototype missing true
// expect: this in generator object
// expect: arguments in generator 3
// expect: yield precedence {"value":["a","b"],"done":true}
// expect: spread generator twice 1 0
// expect: generator method 1,2
// expect: computed generator c
// expect: gen return value in for-of 1
// expect: toString tag [object Generator]

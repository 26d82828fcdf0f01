function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('null', () => { const { a } = null; });
t('undefined array', () => { const [a] = undefined; });
t('default order', () => { const log = []; const { a = log.push('a'), b = log.push('b') } = { b: 1 }; return log.join() + ' ' + a; });
t('default only on undefined', () => { const { a = 'd', b = 'd' } = { a: null, b: undefined }; return a + ' ' + b; });
t('getter order', () => { const log = []; const src = { get x() { log.push('x'); return 1; }, get y() { log.push('y'); return 2; } }; const { y, x } = src; return log.join(); });
t('rest excludes', () => { const { a, ...rest } = { a: 1, b: 2, [Symbol.iterator]: 3 }; return Object.keys(rest).join() + ' ' + Object.getOwnPropertySymbols(rest).length; });
t('rest non-enumerable', () => { const { ...r } = Object.defineProperty({ v: 1 }, 'h', { value: 2 }); return Object.keys(r).join(); });
t('array holes', () => { const [a = 'd', , c] = [, 2, 3]; return a + c; });
t('string surrogates', () => { const [a, b] = '\ud83d\ude00x'; return a.length + ' ' + b; });
t('computed key once', () => { let n = 0; const { [(n++, 'k')]: v } = { k: 1 }; return n + ' ' + v; });
t('assignment targets', () => { const o = {}; const arr = []; ({ a: o.x, b: arr[0] } = { a: 1, b: 2 }); return o.x + arr[0]; });
t('nested default', () => { const { a: { b } = { b: 'inner default' } } = {}; return b; });
t('iterator closed', () => { let closed = false; const it = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { closed = true; return {}; } }; } }; const [x] = it; return closed; });
t('iterator not closed when exhausted', () => { let closed = false; const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i, done: i++ > 0 }), return() { closed = true; return {}; } }; } }; const [x, y] = it; return closed; });
t('rest iterator', () => { const [a, ...b] = new Set([1, 2, 3]); return b.join(); });
t('param destructuring', () => ((({ a }, [b]) => a + b)({ a: 1 }, [2])));
t('param destructuring null', () => (({ a }) => a)(null));
t('swap', () => { let a = 1, b = 2; [a, b] = [b, a]; return a + '' + b; });
t('destructure to this', () => { const o = {}; (function () { [this.a] = [1]; }).call(o); return o.a; });
t('for-of destructuring', () => { const r = []; for (const [k, { v }] of [[1, { v: 'a' }], [2, { v: 'b' }]]) r.push(k + v); return r.join(); });
t('primitive source', () => { const { length, toFixed } = 'abc'; const { toFixed: tf } = 5; return length + ' ' + typeof tf; });
t('default fn name', () => { const { f = () => {} } = {}; const [g = function () {}] = []; return f.name + ' ' + g.name; });
t('assign to const via destructure', () => { const c = 1; [c] = [2]; });
t('object pattern on symbol', () => { const { description } = Symbol('sd'); return description; });
// expect: null threw TypeError
// expect: undefined array threw TypeError
// expect: default order a 1
// expect: default only on undefined null d
// expect: getter order y,x
// expect: rest excludes b 1
// expect: rest non-enumerable v
// expect: array holes d3
// expect: string surrogates 2 x
// expect: computed key once 1 1
// expect: assignment targets 3
// expect: nested default inner default
// expect: iterator closed true
// expect: iterator not closed when exhausted false
// expect: rest iterator 2,3
// expect: param destructuring 3
// expect: param destructuring null threw TypeError
// expect: swap 21
// expect: destructure to this 1
// expect: for-of destructuring 1a,2b
// expect: primitive source 3 function
// expect: default fn name f g
// expect: assign to const via destructure threw TypeError
// expect: object pattern on symbol sd

function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('hasInstance custom', () => 1 instanceof { [Symbol.hasInstance]: v => v === 1 });
t('hasInstance coerced', () => ({}) instanceof { [Symbol.hasInstance]: () => 'truthy' });
t('hasInstance not callable', () => ({}) instanceof { [Symbol.hasInstance]: 1 });
t('rhs not callable', () => ({}) instanceof {});
t('rhs primitive', () => ({}) instanceof 1);
t('non-object prototype', () => { function F() {} F.prototype = 1; return ({}) instanceof F; });
t('primitive lhs', () => 1 instanceof Number);
t('bound function', () => { function F() {} const B = F.bind(null); return new F() instanceof B; });
t('proxy getPrototypeOf', () => new Proxy({}, { getPrototypeOf() { return Array.prototype; } }) instanceof Array);
t('Function.prototype[@@hasInstance]', () => Function.prototype[Symbol.hasInstance].call({}, {}));
t('in primitive', () => 'x' in 1);
t('in string', () => 'length' in 'abc');
t('in symbol key', () => Symbol.iterator in []);
t('in array index', () => [0 in [1], 1 in [1], '0' in [1], -0 in [1]].join());
t('in proxy has throws', () => 'a' in new Proxy({}, { has() { throw new EvalError('h'); } }));
t('in null', () => 'a' in null);
t('typeof undeclared', () => typeof undeclaredVariable);
t('typeof tdz', () => { typeof tdzVar; let tdzVar; });
t('typeof values', () => [typeof null, typeof [], typeof function () {}, typeof class {}, typeof Symbol(), typeof 1n, typeof new Proxy(function () {}, {}), typeof new Proxy({}, {}), typeof Object(1n), typeof (async () => {})].join());
t('typeof revoked function proxy', () => { const r = Proxy.revocable(() => {}, {}); r.revoke(); return typeof r.proxy; });
t('typeof document-like', () => typeof globalThis.document);
t('delete typeof', () => delete typeof 1);
t('void', () => [void 0, void (1, 2)].join());
t('comma this', () => { 'use strict'; const o = { f() { return this; } }; return (0, o.f)() === undefined; });
t('paren this kept', () => { const o = { f() { return this; } }; return (o.f)() === o; });
t('conditional chain', () => [0 ? 1 : 2 ? 3 : 4, 1 ? 0 ? 5 : 6 : 7].join());
t('comma in for', () => { let s = ''; for (let i = 0, j = 3; i < j; i++, j--) s += i + '' + j; return s; });
// expect: hasInstance custom true
// expect: hasInstance coerced true
// expect: hasInstance not callable threw TypeError
// expect: rhs not callable threw TypeError
// expect: rhs primitive threw TypeError
// expect: non-object prototype threw TypeError
// expect: primitive lhs false
// expect: bound function true
// expect: proxy getPrototypeOf true
// expect: Function.prototype[@@hasInstance] false
// expect: in primitive threw TypeError
// expect: in string threw TypeError
// expect: in symbol key true
// expect: in array index true,false,true,true
// expect: in proxy has throws threw EvalError
// expect: in null threw TypeError
// expect: typeof undeclared undefined
// expect: typeof tdz threw ReferenceError
// expect: typeof values object,object,function,function,symbol,bigint,function,object,object,function
// expect: typeof revoked function proxy function
// expect: typeof document-like undefined
// expect: delete typeof true
// expect: void ,
// expect: comma this true
// expect: paren this kept true
// expect: conditional chain 3,6
// expect: comma in for 0312

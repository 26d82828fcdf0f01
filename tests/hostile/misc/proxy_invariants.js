function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const frozenT = Object.freeze({ x: 1 });
t('get invariant', () => new Proxy(frozenT, { get() { return 2; } }).x);
t('get same ok', () => new Proxy(frozenT, { get() { return 1; } }).x);
t('has hides non-configurable', () => 'x' in new Proxy(frozenT, { has() { return false; } }));
t('ownKeys dup', () => Object.keys(new Proxy({}, { ownKeys() { return ['a', 'a']; } })));
t('ownKeys non-string', () => Reflect.ownKeys(new Proxy({}, { ownKeys() { return [1]; } })));
t('ownKeys missing non-configurable', () => Reflect.ownKeys(new Proxy(frozenT, { ownKeys() { return []; } })));
t('ownKeys array-like', () => Reflect.ownKeys(new Proxy({}, { ownKeys() { return { length: 1, 0: 'k' }; } })).join());
t('gOPD non-configurable report', () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor() { return { value: 1, configurable: false }; } }), 'a'));
t('gOPD returns primitive', () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor() { return 1; } }), 'a'));
t('defineProperty false strict', () => { 'use strict'; const p = new Proxy({}, { defineProperty() { return false; } }); p.x = 1; });
t('defineProperty false Reflect', () => Reflect.defineProperty(new Proxy({}, { defineProperty() { return false; } }), 'x', {}));
t('set false sloppy', () => { const p = new Proxy({}, { set() { return false; } }); p.x = 1; return 'ok'; });
t('deleteProperty non-configurable', () => delete new Proxy(Object.freeze({ x: 1 }), { deleteProperty() { return true; } }).x);
t('getPrototypeOf non-extensible lie', () => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf() { return Array.prototype; } })));
t('isExtensible lie', () => Object.isExtensible(new Proxy({}, { isExtensible() { return false; } })));
t('preventExtensions lie', () => Object.preventExtensions(new Proxy({}, { preventExtensions() { return true; } })));
t('apply on non-callable', () => new Proxy({}, { apply() { return 1; } })());
t('construct returns primitive', () => new (new Proxy(function () {}, { construct() { return 1; } }))());
t('trap not callable', () => new Proxy({}, { get: 5 }).x);
t('trap undefined forwards', () => new Proxy({ y: 3 }, { get: undefined }).y);
t('revoked typeof', () => { const r = Proxy.revocable(function () {}, {}); r.revoke(); return typeof r.proxy; });
t('revoked isArray', () => { const r = Proxy.revocable([], {}); r.revoke(); return Array.isArray(r.proxy); });
t('revoked get', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy.x; });
t('revoke twice', () => { const r = Proxy.revocable({}, {}); r.revoke(); r.revoke(); return 'ok'; });
t('proxy of revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return new Proxy(r.proxy, {}); });
t('Proxy call', () => Proxy({}, {}));
t('Proxy non-object', () => new Proxy(1, {}));
t('isArray nested proxy', () => Array.isArray(new Proxy(new Proxy([], {}), {})));
t('handler is proxy', () => { const log = []; const h = new Proxy({}, { get(t, k) { log.push(k); return undefined; } }); const p = new Proxy({}, h); p.a; p.b = 1; 'c' in p; delete p.d; Object.keys(p); return log.join(); });
t('trap this', () => { const h = { get() { return this === h; } }; return new Proxy({}, h).z; });
// expect: get invariant threw TypeError
// expect: get same ok 1
// expect: has hides non-configurable threw TypeError
// expect: ownKeys dup threw TypeError
// expect: ownKeys non-string threw TypeError
// expect: ownKeys missing non-configurable threw TypeError
// expect: ownKeys array-like k
// expect: gOPD non-configurable report threw TypeError
// expect: gOPD returns primitive threw TypeError
// expect: defineProperty false strict threw TypeError
// expect: defineProperty false Reflect false
// expect: set false sloppy ok
// expect: deleteProperty non-configurable threw TypeError
// expect: getPrototypeOf non-extensible lie threw TypeError
// expect: isExtensible lie threw TypeError
// expect: preventExtensions lie threw TypeError
// expect: apply on non-callable threw TypeError
// expect: construct returns primitive threw TypeError
// expect: trap not callable threw TypeError
// expect: trap undefined forwards 3
// expect: revoked typeof function
// expect: revoked isArray threw TypeError
// expect: revoked get threw TypeError
// expect: revoke twice ok
// expect: proxy of revoked threw TypeError
// expect: Proxy call threw TypeError
// expect: Proxy non-object threw TypeError
// expect: isArray nested proxy true
// expect: handler is proxy get,set,getOwnPropertyDescriptor,defineProperty,has,deleteProperty,ownKeys,getOwnPropertyDescriptor
// expect: trap this true

// __proto__ in its many forms.
const p = { inherited: 1 };
const a = { __proto__: p };
console.log(Object.getPrototypeOf(a) === p, Object.keys(a).length);
const b = { ['__proto__']: p };
console.log(Object.getPrototypeOf(b) === Object.prototype, Object.keys(b).join());
const __proto__ = p;
const c = { __proto__ };
console.log(Object.getPrototypeOf(c) === Object.prototype, Object.keys(c).join());
const d = { __proto__() { return 1; } };
console.log(typeof d.__proto__ === 'function', Object.getPrototypeOf(d) === Object.prototype);
try { eval('({ __proto__: 1, __proto__: 2 })'); } catch (e) { console.log('duplicate:', e.name); }
console.log(eval('({ __proto__: 1, ["__proto__"]: 2 })').__proto__);
const e = { __proto__: 5 };
console.log(Object.getPrototypeOf(e) === Object.prototype);
const n = { __proto__: null };
console.log(Object.getPrototypeOf(n), '__proto__' in n);
const j = JSON.parse('{"__proto__": {"x": 1}}');
console.log(j.x, Object.keys(j).join());
const nul = Object.create(null);
nul.__proto__ = p;
console.log(Object.getPrototypeOf(nul), nul.inherited);
try { const x = {}; const y = Object.create(x); x.__proto__ = y; } catch (e2) { console.log('cycle:', e2.name); }
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e3) { console.log('immutable proto:', e3.name); }
console.log(Object.setPrototypeOf(Object.prototype, null) === Object.prototype);
const desc = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
try { desc.set.call(undefined, {}); } catch (e4) { console.log('setter on undefined:', e4.name); }
console.log(desc.set.call(1, {}), desc.get.call(1) === Number.prototype);
const frozen = Object.preventExtensions({});
try { frozen.__proto__ = {}; } catch (e5) { console.log('non-extensible:', e5.name); }
console.log((function () { 'use strict'; try { Object.preventExtensions({}).__proto__ = {}; } catch (e6) { return e6.name; } })());
console.log(Object.preventExtensions({}).__proto__ = Object.prototype, 'same proto ok');
const spread = { ...{ ['__proto__']: 1 } };
console.log(Object.keys(spread).join(), Object.getPrototypeOf(spread) === Object.prototype);
class K { static __proto__ = 1; }
console.log(Object.getOwnPropertyNames(K).includes('__proto__'));
const prx = new Proxy({}, { getPrototypeOf() { return Array.prototype; } });
console.log(prx.__proto__ === Array.prototype, prx instanceof Array);
// expect: true 0
// expect: true __proto__
// expect: true __proto__
// expect: true true
// expect: duplicate: SyntaxError
// expect: 2
// expect: true
// expect: null false
// expect: undefined __proto__
// expect: null undefined
// expect: cycle: TypeError
// expect: immutable proto: TypeError
// expect: true
// expect: setter on undefined: TypeError
// expect: undefined true
// expect: non-extensible: TypeError
// expect: TypeError
// expect: [Object: null prototype] {} same proto ok
// expect: __proto__ true
// expect: true
// expect: true true

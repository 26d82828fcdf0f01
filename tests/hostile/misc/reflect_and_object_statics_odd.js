function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('Reflect.get receiver', () => Reflect.get({ get x() { return this.tag; } }, 'x', { tag: 'recv' }));
t('Reflect.set receiver', () => { const recv = {}; Reflect.set({ set x(v) { this.got = v; } }, 'x', 1, recv); return recv.got; });
t('Reflect.set receiver data', () => { const recv = {}; const ok = Reflect.set({ x: 1 }, 'x', 2, recv); return ok + ' ' + recv.x; });
t('Reflect.set receiver non-object', () => Reflect.set({ x: 1 }, 'x', 2, 5));
t('Reflect.set receiver with accessor own', () => { const recv = { get x() { return 0; } }; return Reflect.set({ x: 1 }, 'x', 2, recv); });
t('Reflect.ownKeys order', () => Reflect.ownKeys({ b: 1, [Symbol.iterator]: 1, 1: 1, a: 1 }).map(String).join());
t('Reflect on primitive', () => Reflect.ownKeys('abc'));
t('Reflect.has proto chain', () => Reflect.has(Object.create({ p: 1 }), 'p'));
t('Reflect.deleteProperty frozen', () => Reflect.deleteProperty(Object.freeze({ a: 1 }), 'a'));
t('Reflect.getPrototypeOf primitive', () => Reflect.getPrototypeOf(1));
t('Reflect.setPrototypeOf cycle', () => { const a = {}; const b = Object.create(a); return Reflect.setPrototypeOf(a, b); });
t('Reflect.setPrototypeOf non-object proto', () => Reflect.setPrototypeOf({}, 1));
t('Reflect.defineProperty bad desc', () => Reflect.defineProperty({}, 'x', 1));
t('Reflect.apply args not array-like', () => Reflect.apply(Math.max, null, 1));
t('Object.getPrototypeOf primitive', () => Object.getPrototypeOf('s') === String.prototype);
t('Object.keys primitive', () => Object.keys(5).length + ' ' + Object.keys('ab').join());
t('Object.keys null', () => Object.keys(null));
t('Object.entries getter order', () => { const log = []; Object.entries({ get a() { log.push('a'); return 1; }, get b() { log.push('b'); delete this.c; return 2; }, c: 3 }); return log.join(); });
t('Object.entries deleted during', () => JSON.stringify(Object.entries({ get a() { delete this.b; return 1; }, b: 2 })));
t('Object.values proxy', () => Object.values(new Proxy({ a: 1 }, { getOwnPropertyDescriptor(t, k) { return { value: 'desc', enumerable: true, configurable: true }; } })).join());
t('Object.create bad proto', () => Object.create(1));
t('Object.create props', () => Object.create({}, { x: { value: 1, enumerable: true } }).x);
t('Object.create props null', () => Object.create({}, null));
t('Object.setPrototypeOf primitive', () => Object.setPrototypeOf(1, null));
t('Object.setPrototypeOf undefined', () => Object.setPrototypeOf(undefined, null));
t('Object.is', () => [Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a')].join());
t('Object() wrappers', () => [typeof Object(1), typeof Object(null), Object(undefined) instanceof Object].join());
t('new Object(value)', () => new Object('s') instanceof String);
t('Object.groupBy exists', () => typeof Object.groupBy);
t('Object.prototype.toLocaleString', () => ({ toString() { return 'tl'; } }).toLocaleString());
t('valueOf on null', () => Object.prototype.valueOf.call(null));
t('isPrototypeOf primitive', () => Object.prototype.isPrototypeOf.call(null, 1));
t('isPrototypeOf null this', () => Object.prototype.isPrototypeOf.call(null, {}));
// expect: Reflect.get receiver recv
// expect: Reflect.set receiver 1
// expect: Reflect.set receiver data true 2
// expect: Reflect.set receiver non-object false
// expect: Reflect.set receiver with accessor own false
// expect: Reflect.ownKeys order 1,b,a,Symbol(Symbol.iterator)
// expect: Reflect on primitive threw TypeError
// expect: Reflect.has proto chain true
// expect: Reflect.deleteProperty frozen false
// expect: Reflect.getPrototypeOf primitive threw TypeError
// expect: Reflect.setPrototypeOf cycle false
// expect: Reflect.setPrototypeOf non-object proto threw TypeError
// expect: Reflect.defineProperty bad desc threw TypeError
// expect: Reflect.apply args not array-like threw TypeError
// expect: Object.getPrototypeOf primitive true
// expect: Object.keys primitive 0 0,1
// expect: Object.keys null threw TypeError
// expect: Object.entries getter order a,b
// expect: Object.entries deleted during [["a",1]]
// expect: Object.values proxy 1
// expect: Object.create bad proto threw TypeError
// expect: Object.create props 1
// expect: Object.create props null threw TypeError
// expect: Object.setPrototypeOf primitive 1
// expect: Object.setPrototypeOf undefined threw TypeError
// expect: Object.is true,false,true
// expect: Object() wrappers object,object,true
// expect: new Object(value) true
// expect: Object.groupBy exists undefined
// expect: Object.prototype.toLocaleString tl
// expect: valueOf on null threw TypeError
// expect: isPrototypeOf primitive false
// expect: isPrototypeOf null this threw TypeError

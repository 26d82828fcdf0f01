function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('redefine non-configurable', () => { const o = {}; Object.defineProperty(o, 'x', { value: 1 }); Object.defineProperty(o, 'x', { value: 2 }); });
t('redefine same value ok', () => { const o = {}; Object.defineProperty(o, 'x', { value: NaN }); Object.defineProperty(o, 'x', { value: NaN }); return 'ok'; });
t('redefine -0 vs 0', () => { const o = {}; Object.defineProperty(o, 'x', { value: -0 }); Object.defineProperty(o, 'x', { value: 0 }); });
t('accessor and value', () => Object.defineProperty({}, 'x', { get() {}, value: 1 }));
t('getter not callable', () => Object.defineProperty({}, 'x', { get: 1 }));
t('descriptor not object', () => Object.defineProperty({}, 'x', 1));
t('target not object', () => Object.defineProperty(1, 'x', {}));
t('defineProperties atomic?', () => { const o = {}; try { Object.defineProperties(o, { a: { value: 1 }, b: { get: 5 } }); } catch (e) { return e.name + ' ' + ('a' in o); } });
t('defineProperties order', () => { const log = []; const props = {}; for (const k of ['b', 'a', '1']) Object.defineProperty(props, k, { get() { log.push(k); return { value: k }; }, enumerable: true }); Object.defineProperties({}, props); return log.join(); });
t('array length via define', () => { const a = [1, 2, 3]; Object.defineProperty(a, 'length', { value: 1 }); return a.join(); });
t('array length bad', () => Object.defineProperty([], 'length', { value: -1 }));
t('array length accessor', () => Object.defineProperty([], 'length', { get() { return 1; } }));
t('array index beyond non-writable length', () => { const a = []; Object.defineProperty(a, 'length', { writable: false }); Object.defineProperty(a, '0', { value: 1 }); });
t('getOwnPropertyDescriptor primitive', () => JSON.stringify(Object.getOwnPropertyDescriptor('abc', 'length')));
t('getOwnPropertyDescriptors proxy', () => Object.keys(Object.getOwnPropertyDescriptors(new Proxy({ a: 1 }, {}))).join());
t('__defineGetter__', () => { const o = {}; o.__defineGetter__('g', () => 'dg'); return o.g + ' ' + typeof o.__lookupGetter__('g'); });
t('__defineSetter__ non-callable', () => ({}).__defineSetter__('s', 1));
t('__lookupGetter__ inherited', () => typeof Object.create({ get q() { return 1; } }).__lookupGetter__('q'));
t('propertyIsEnumerable', () => [[].propertyIsEnumerable('length'), ({ a: 1 }).propertyIsEnumerable('a'), Object.prototype.propertyIsEnumerable.call('ab', 0)].join());
t('hasOwn symbols', () => Object.hasOwn({ [Symbol.iterator]: 1 }, Symbol.iterator));
t('hasOwnProperty null this', () => Object.prototype.hasOwnProperty.call(null, 'x'));
t('hasOwnProperty key first', () => { try { Object.prototype.hasOwnProperty.call(null, { toString() { throw new EvalError('key first'); } }); } catch (e) { return e.name; } });
t('freeze primitive', () => Object.freeze(1));
t('isFrozen primitive', () => Object.isFrozen('x'));
t('freeze typed array', () => Object.freeze(new Uint8Array(1)));
t('freeze empty typed array', () => Object.isFrozen(Object.freeze(new Uint8Array(0))));
t('seal then define', () => { const s = Object.seal({ a: 1 }); Object.defineProperty(s, 'a', { value: 2 }); return s.a; });
t('global define', () => { Object.defineProperty(globalThis, 'definedGlobal', { value: 'dg', configurable: true }); return definedGlobal; });
t('global getter', () => { let n = 0; Object.defineProperty(globalThis, 'counted', { get() { return ++n; }, configurable: true }); counted; counted; return counted; });
// expect: redefine non-configurable threw TypeError
// expect: redefine same value ok ok
// expect: redefine -0 vs 0 threw TypeError
// expect: accessor and value threw TypeError
// expect: getter not callable threw TypeError
// expect: descriptor not object threw TypeError
// expect: target not object threw TypeError
// expect: defineProperties atomic? TypeError false
// expect: defineProperties order 1,b,a
// expect: array length via define 1
// expect: array length bad threw RangeError
// expect: array length accessor threw TypeError
// expect: array index beyond non-writable length threw TypeError
// expect: getOwnPropertyDescriptor primitive {"value":3,"writable":false,"enumerable":false,"configurable":false}
// expect: getOwnPropertyDescriptors proxy a
// expect: __defineGetter__ dg function
// expect: __defineSetter__ non-callable threw TypeError
// expect: __lookupGetter__ inherited function
// expect: propertyIsEnumerable false,true,true
// expect: hasOwn symbols true
// expect: hasOwnProperty null this threw TypeError
// expect: hasOwnProperty key first EvalError
// expect: freeze primitive 1
// expect: isFrozen primitive true
// expect: freeze typed array threw TypeError
// expect: freeze empty typed array true
// expect: seal then define 2
// expect: global define dg
// expect: global getter 3

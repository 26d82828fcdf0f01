function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('WeakRef deref', () => { const o = {}; return new WeakRef(o).deref() === o; });
t('WeakRef symbol target', () => { try { return typeof new WeakRef(Symbol('s')).deref(); } catch (e) { return e.name; } });
t('WeakRef registered symbol', () => new WeakRef(Symbol.for('x')));
t('WeakRef call', () => WeakRef({}));
t('WeakRef deref on non-weakref', () => WeakRef.prototype.deref.call({}));
t('FinalizationRegistry non-callable', () => new FinalizationRegistry(1));
t('register same target and held', () => { const o = {}; new FinalizationRegistry(() => {}).register(o, o); });
t('register primitive', () => new FinalizationRegistry(() => {}).register(1, 'h'));
t('unregister bad token', () => new FinalizationRegistry(() => {}).unregister(1));
t('unregister unknown', () => new FinalizationRegistry(() => {}).unregister({}));
t('register returns', () => new FinalizationRegistry(() => {}).register({}, 1, {}));
t('unregister with token', () => { const r = new FinalizationRegistry(() => {}); const tok = {}; r.register({}, 1, tok); return r.unregister(tok) + ' ' + r.unregister(tok); });
t('WeakMap set returns', () => { const w = new WeakMap(); return w.set({}, 1) === w; });
t('WeakMap has/delete primitive', () => [new WeakMap().has(1), new WeakMap().delete(1)].join());
t('WeakSet add primitive', () => new WeakSet().add('s'));
t('WeakMap iterable init', () => { const k = {}; return new WeakMap([[k, 'v']]).get(k); });
t('WeakMap init bad entry', () => new WeakMap([1]));
t('WeakMap not iterable', () => typeof new WeakMap()[Symbol.iterator]);
t('toStringTags', () => [new WeakMap(), new WeakSet(), new WeakRef({}), new FinalizationRegistry(() => {})].map(o => Object.prototype.toString.call(o)).join());
// expect: WeakRef deref true
// expect: WeakRef symbol target symbol
// expect: WeakRef registered symbol threw TypeError
// expect: WeakRef call threw TypeError
// expect: WeakRef deref on non-weakref threw TypeError
// expect: FinalizationRegistry non-callable threw TypeError
// expect: register same target and held threw TypeError
// expect: register primitive threw TypeError
// expect: unregister bad token threw TypeError
// expect: unregister unknown false
// expect: register returns undefined
// expect: unregister with token true false
// expect: WeakMap set returns true
// expect: WeakMap has/delete primitive false,false
// expect: WeakSet add primitive threw TypeError
// expect: WeakMap iterable init v
// expect: WeakMap init bad entry threw TypeError
// expect: WeakMap not iterable undefined
// expect: toStringTags [object WeakMap],[object WeakSet],[object WeakRef],[object FinalizationRegistry]

function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('var then let in eval', () => { (0, eval)('var gv1 = 1'); (0, eval)('let gv1 = 2'); });
t('let then var in eval', () => { (0, eval)('let gl1 = 1'); (0, eval)('var gl1 = 2'); });
t('let shadows global property', () => { globalThis.gp = 'prop'; (0, eval)('let gp = "lex"'); return globalThis.gp + ' ' + (0, eval)('gp'); });
t('function over non-configurable', () => (0, eval)('function NaN() {}'));
t('var over non-writable ok', () => { (0, eval)('var NaN'); return typeof NaN; });
t('function over configurable accessor', () => { Object.defineProperty(globalThis, 'acc', { get() { return 1; }, configurable: true }); (0, eval)('function acc() {}'); return typeof acc; });
t('globalThis writable', () => { const g = globalThis; globalThis = 1; const r = typeof g.globalThis; g.globalThis = g; return r; });
t('global var is property', () => { (0, eval)('var gvp = 1'); return JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'gvp')); });
t('global let not property', () => { (0, eval)('let glp = 1'); return 'glp' in globalThis; });
t('global const', () => { (0, eval)('const gc = 1'); return (0, eval)('gc'); });
t('global const assign', () => { (0, eval)('gc = 2'); });
t('global class', () => { (0, eval)('class GC {}'); return typeof globalThis.GC + ' ' + (0, eval)('typeof GC'); });
t('delete global var', () => { (0, eval)('var dgv = 1'); return delete globalThis.dgv; });
t('delete eval-created global var', () => { eval('var egv = 1'); return delete globalThis.egv; });
t('implicit global', () => { (function () { implicitG = 1; })(); return delete globalThis.implicitG; });
t('global this in function', () => (function () { return this === globalThis; })());
t('globalThis descriptor', () => { const d = Object.getOwnPropertyDescriptor(globalThis, 'globalThis'); return [d.value === globalThis, d.writable, d.enumerable, d.configurable].join(); });
t('undefined descriptor', () => JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'undefined')));
t('global preventExtensions', () => { Object.preventExtensions(globalThis); try { (0, eval)('var afterPE = 1'); } catch (e) { return e.name; } });
t('global after preventExtensions let ok', () => { (0, eval)('let peLet = 1'); return (0, eval)('peLet'); });
t('function decl after preventExtensions', () => (0, eval)('function fAfterPE() {}'));
// expect: var then let in eval undefined
// expect: let then var in eval undefined
// expect: let shadows global property prop prop
// expect: function over non-configurable threw TypeError
// expect: var over non-writable ok number
// expect: function over configurable accessor function
// expect: globalThis writable number
// expect: global var is property {"value":1,"writable":true,"enumerable":true,"configurable":true}
// expect: global let not property false
// expect: global const threw ReferenceError
// expect: global const assign undefined
// expect: global class undefined undefined
// expect: delete global var true
// expect: delete eval-created global var true
// expect: implicit global true
// expect: global this in function true
// expect: globalThis descriptor true,true,false,true
// expect: undefined descriptor {"writable":false,"enumerable":false,"configurable":false}
// expect: global preventExtensions TypeError
// expect: global after preventExtensions let ok threw ReferenceError
// expect: function decl after preventExtensions threw TypeError

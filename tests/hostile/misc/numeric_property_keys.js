function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const o = {};
o[1] = 'one'; o['1.0'] = 'one point zero'; o[1.5] = 'one and half'; o[-0] = 'neg zero'; o[1e21] = 'big'; o[0.000001] = 'small'; o[1e-7] = 'tiny';
t('keys', () => Object.keys(o).join('|'));
t('1.0 is 1', () => o[1.0]);
t('-0 is 0', () => o[0]);
t('1e21 key', () => o['1e+21']);
t('1e-7 key', () => o['1e-7']);
t('array -0 index', () => { const a = []; a[-0] = 'z'; return a.length + ' ' + a[0]; });
t('array "01"', () => { const a = []; a['01'] = 1; return a.length; });
t('array "1e0"', () => { const a = []; a['1e0'] = 1; return a.length; });
t('array " 1"', () => { const a = []; a[' 1'] = 1; return a.length; });
t('array 4294967295', () => { const a = []; a[4294967295] = 1; return a.length + ' ' + Object.keys(a).join(); });
t('array -1', () => { const a = [1]; a[-1] = 'neg'; return a.length + ' ' + a.at(-1) + ' ' + a[-1]; });
t('array NaN key', () => { const a = []; a[NaN] = 1; return Object.keys(a).join(); });
t('typed array "-0"', () => { const ta = new Int8Array(2); ta['-0'] = 5; return ta[0] + ' ' + Object.keys(ta).join(); });
t('typed array "1.5"', () => { const ta = new Int8Array(2); ta[1.5] = 5; return Object.keys(ta).join() + ' ' + ta[1.5]; });
t('typed array "01"', () => { const ta = new Int8Array(2); ta['01'] = 5; return ta['01'] + ' ' + ta[1]; });
t('typed array Infinity', () => { const ta = new Int8Array(2); ta.Infinity = 1; ta['-Infinity'] = 1; return Object.keys(ta).join(); });
t('typed array NaN', () => { const ta = new Int8Array(2); ta.NaN = 1; return Object.keys(ta).join() + ' ' + ta.NaN; });
t('typed array huge index', () => { const ta = new Int8Array(2); ta[2 ** 53] = 1; return ta[2 ** 53] + ' ' + Object.keys(ta).length; });
t('typed array in', () => [0 in new Int8Array(1), 1 in new Int8Array(1), '-0' in new Int8Array(1), '0.0' in new Int8Array(1)].join());
t('typed array conversion', () => { const u = new Uint8Array(4); u[0] = 256; u[1] = -1; u[2] = 1.9; u[3] = '0x10'; const c = new Uint8ClampedArray(3); c[0] = 300; c[1] = 1.5; c[2] = 2.5; return u.join() + ' ' + c.join(); });
t('typed array bigint', () => { const b = new BigInt64Array(1); b[0] = 2n ** 63n; return String(b[0]); });
t('typed array bigint number', () => { const b = new BigInt64Array(1); b[0] = 1; });
t('typed array set with valueOf', () => { const f = new Float32Array(1); f[0] = { valueOf() { return 0.1; } }; return f[0]; });
t('object keys order with numbers', () => Object.keys({ '2': 1, '10': 1, '1': 1, 'x': 1, '-1': 1 }).join());
t('symbol vs string key', () => { const s = Symbol('1'); const q = { [s]: 'sym', 1: 'num' }; return q[s] + q['1']; });
t('key with toPrimitive', () => { const q = {}; q[{ [Symbol.toPrimitive]: () => 'pk' }] = 1; return Object.keys(q).join(); });
// expect: keys 0|1|1.0|1.5|1e+21|0.000001|1e-7
// expect: 1.0 is 1 one
// expect: -0 is 0 neg zero
// expect: 1e21 key big
// expect: 1e-7 key tiny
// expect: array -0 index 1 z
// expect: array "01" 0
// expect: array "1e0" 0
// expect: array " 1" 0
// expect: array 4294967295 0 4294967295
// expect: array -1 1 1 neg
// expect: array NaN key NaN
// expect: typed array "-0" 0 0,1
// expect: typed array "1.5" 0,1 undefined
// expect: typed array "01" 5 0
// expect: typed array Infinity 0,1
// expect: typed array NaN 0,1 undefined
// expect: typed array huge index undefined 2
// expect: typed array in true,false,false,false
// expect: typed array conversion 0,255,1,16 255,2,2
// expect: typed array bigint -9223372036854775808
// expect: typed array bigint number threw TypeError
// expect: typed array set with valueOf 0.10000000149011612
// expect: object keys order with numbers 1,2,10,x,-1
// expect: symbol vs string key symnum
// expect: key with toPrimitive pk

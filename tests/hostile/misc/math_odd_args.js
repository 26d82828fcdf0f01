function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('max order', () => { const log = []; Math.max({ valueOf() { log.push('a'); return 1; } }, { valueOf() { log.push('b'); return NaN; } }, { valueOf() { log.push('c'); return 3; } }); return log.join(); });
t('max empty', () => Math.max() + ' ' + Math.min());
t('max -0', () => Object.is(Math.max(-0, 0), 0) + ' ' + Object.is(Math.min(0, -0), -0));
t('round', () => [Math.round(-0.5), Math.round(0.49999999999999994), Math.round(2.5), Math.round(-2.5), Math.round(2 ** 52 + 0.5)].map(String).join() + ' ' + Object.is(Math.round(-0.5), -0));
t('sign', () => [Math.sign(-0), Math.sign(NaN), Math.sign('-3')].map(v => Object.is(v, -0) ? '-0' : String(v)).join());
t('pow', () => [(-8) ** (1 / 3), 0 ** 0, NaN ** 0, 1 ** Infinity, (-0) ** -1, 0 ** -1, (-2) ** 0.5].join());
t('hypot', () => [Math.hypot(), Math.hypot(3, 4), Math.hypot(NaN, Infinity), Math.hypot(-0)].join());
t('trunc/floor/ceil', () => [Math.trunc(-0.9), Math.floor(-0.5), Math.ceil(-0.5)].map(v => Object.is(v, -0) ? '-0' : v).join());
t('fround', () => [Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128)].join());
t('clz32', () => [Math.clz32(0), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32)].join());
t('imul', () => [Math.imul(2 ** 31, 2), Math.imul(-1, 8), Math.imul(0xffffffff, 5)].join());
t('atan2 zeros', () => [Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(-0, 0)].map(v => Object.is(v, -0) ? '-0' : v.toFixed(4)).join());
t('exp/log', () => [Math.log(-1), Math.log(0), Math.exp(1000), Math.expm1(-Infinity), Math.log1p(-1)].join());
t('sqrt -0', () => Object.is(Math.sqrt(-0), -0));
t('cbrt', () => Math.cbrt(-27));
t('abs min int', () => Math.abs(-(2 ** 31)));
t('bigint arg', () => Math.abs(1n));
t('symbol arg', () => Math.floor(Symbol()));
t('random range', () => { const r = Math.random(); return r >= 0 && r < 1; });
t('Math not callable', () => Math());
t('Math not ctor', () => new Math.max());
t('toStringTag', () => Object.prototype.toString.call(Math));
t('number ops -0', () => [1 / -0, -0 + 0, -0 - 0, -0 * 1, 0 * -1].map(v => Object.is(v, -0) ? '-0' : String(v)).join());
t('modulo', () => [5 % -3, -5 % 3, 5.5 % 2, -0 % 1, 1 % 0, Infinity % 1, 1 % Infinity].map(v => Object.is(v, -0) ? '-0' : String(v)).join());
t('int32 ops', () => [2 ** 32 | 0, (2 ** 31) | 0, ~~3.7, ~~-3.7, NaN | 0, Infinity | 0, 1e21 | 0].join());
t('equality quirks', () => [NaN == NaN, null == undefined, null == 0, '' == 0, '0' == false, [] == false, [0] == false, [1, 2] == '1,2', {} == '[object Object]'].join());
t('relational', () => [null >= 0, undefined >= 0, 'b' > 'a', 'B' > 'a', '10' < '9', 10 < '9', [2] > 1, NaN < NaN].join());
// expect: max order a,b,c
// expect: max empty -Infinity Infinity
// expect: max -0 true true
// expect: round 0,0,3,-2,4503599627370496 true
// expect: sign -0,NaN,-1
// expect: pow NaN,1,1,NaN,-Infinity,Infinity,NaN
// expect: hypot 0,5,Infinity,0
// expect: trunc/floor/ceil -0,-1,-0
// expect: fround 5.5,5.050000190734863,Infinity
// expect: clz32 32,0,32,32
// expect: imul 0,-8,-5
// expect: atan2 zeros 3.1416,-3.1416,-0
// expect: exp/log NaN,-Infinity,Infinity,-1,-Infinity
// expect: sqrt -0 true
// expect: cbrt -3
// expect: abs min int 2147483648
// expect: bigint arg threw TypeError
// expect: symbol arg threw TypeError
// expect: random range true
// expect: Math not callable threw TypeError
// expect: Math not ctor threw TypeError
// expect: toStringTag [object Math]
// expect: number ops -0 -Infinity,0,-0,-0,-0
// expect: modulo 2,-2,1.5,-0,NaN,NaN,1
// expect: int32 ops 0,-2147483648,3,-3,0,0,-559939584
// expect: equality quirks false,true,false,true,true,true,true,true,true
// expect: relational true,false,true,false,true,false,true,false

function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('valueOf throws', () => +{ valueOf() { throw new URIError('v'); } });
t('both objects', () => +{ valueOf() { return {}; }, toString() { return {}; } });
t('toString fallback', () => +{ valueOf() { return {}; }, toString() { return '7'; } });
t('string hint order', () => { const log = []; String({ valueOf() { log.push('v'); return 1; }, toString() { log.push('s'); return {}; } }); return log.join(); });
t('default hint order', () => { const log = []; ({ valueOf() { log.push('v'); return {}; }, toString() { log.push('s'); return 'x'; } }) + ''; return log.join(); });
t('toPrimitive non-callable', () => +{ [Symbol.toPrimitive]: 1 });
t('toPrimitive null', () => +{ [Symbol.toPrimitive]: null, valueOf() { return 3; } });
t('toPrimitive returns object', () => +{ [Symbol.toPrimitive]() { return {}; } });
t('toPrimitive hints', () => { const h = []; const o = { [Symbol.toPrimitive](x) { h.push(x); return 1; } }; +o; `${o}`; o + 1; o == 1; o < 1; [o].join(); new Date(o); return h.join(); });
t('toPrimitive getter throws', () => +{ get [Symbol.toPrimitive]() { throw new EvalError(); } });
t('symbol to number', () => +Symbol());
t('symbol to string implicit', () => Symbol() + '');
t('symbol template', () => `${Symbol('d')}`);
t('symbol String()', () => String(Symbol('d')));
t('symbol description', () => Symbol('d').description + ' ' + Symbol().description);
t('symbol loose eq', () => Symbol.iterator == Object(Symbol.iterator));
t('bigint to number implicit', () => +1n);
t('bigint Number()', () => Number(2n ** 64n));
t('object as key', () => { const o = { [{ toString() { return 'k'; } }]: 1 }; return Object.keys(o).join(); });
t('key toString throws', () => ({})[{ toString() { throw new RangeError('k'); } }]);
t('key conversion', () => { let n = 0; const k = { toString() { n++; return 'x'; } }; const o = {}; o[k] = 1; o[k]; return n + ' ' + o.x; });
t('Number(undefined/null/[])', () => [Number(undefined), Number(null), Number([]), Number([5]), Number([1, 2]), Number({})].join());
t('Date valueOf overridden', () => { const d = new Date(0); d.valueOf = () => 5; d.toString = () => 'D'; return (d + 1) + ' ' + (d * 1); });
t('array join cycles', () => { const a = [1]; a.push(a); return a.join('-'); });
t('array toString non-callable join', () => { const a = [1]; a.join = 5; return String(a); });
// expect: valueOf throws threw URIError
// expect: both objects threw TypeError
// expect: toString fallback 7
// expect: string hint order s,v
// expect: default hint order v,s
// expect: toPrimitive non-callable threw TypeError
// expect: toPrimitive null 3
// expect: toPrimitive returns object threw TypeError
// expect: toPrimitive hints number,string,default,default,number,string,default
// expect: toPrimitive getter throws threw EvalError
// expect: symbol to number threw TypeError
// expect: symbol to string implicit threw TypeError
// expect: symbol template threw TypeError
// expect: symbol String() Symbol(d)
// expect: symbol description d undefined
// expect: symbol loose eq true
// expect: bigint to number implicit threw TypeError
// expect: bigint Number() 18446744073709552000
// expect: object as key k
// expect: key toString throws threw RangeError
// expect: key conversion 2 1
// expect: Number(undefined/null/[]) NaN,0,0,5,NaN,NaN
// expect: Date valueOf overridden D1 5
// expect: array join cycles 1-
// expect: array toString non-callable join [object Array]

function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const log = [];
const obj = { get p() { log.push('get p'); return 1; }, set p(v) { log.push('set p ' + v); } };
const key = () => { log.push('key'); return 'p'; };
const val = () => { log.push('val'); return 10; };
const target = () => { log.push('target'); return obj; };
t('compound order', () => { target()[key()] += val(); return log.join(', '); });
log.length = 0;
t('postfix order', () => { const r = target()[key()]++; return r + ' ' + log.join(', '); });
log.length = 0;
t('prefix on string prop', () => { const o = { s: '5' }; return ++o.s + ' ' + typeof o.s; });
t('postfix returns number', () => { const o = { s: '5' }; const r = o.s++; return r + ' ' + typeof r; });
t('++ on bigint prop', () => { const o = { b: 1n }; o.b++; ++o.b; return String(o.b); });
t('++ on object', () => { let o = { valueOf() { return 41; } }; o++; return o; });
t('++ on undefined prop', () => { const o = {}; o.x++; return o.x; });
t('-- on null', () => { let n = null; n--; return n; });
t('++ on symbol', () => { let s = Symbol(); s++; });
t('**= right assoc', () => { let a = 2; a **= 3 ** 2; return a; });
t('unary minus **', () => eval('-2 ** 2'));
t('(-2) ** 2', () => (-2) ** 2);
t('>>>= negative', () => { let a = -1; a >>>= 0; return a; });
t('shift by 33', () => [1 << 33, 1 >> 33, -1 >>> 32].join());
t('string +=', () => { let s = 'a'; s += 1 + 2; return s; });
t('array index compound', () => { const a = [1]; let i = 0; a[i++] += 5; return a[0] + ' ' + i; });
t('assignment value', () => { const o = {}; return (o.x = 5) + ' ' + (o.y += 1); });
t('chained assignment', () => { let a, b; a = b = 3; return a + b; });
t('assign to call', () => eval('f() = 1'));
t('assign to call in sloppy fn', () => { function f() {} try { eval('f() = 1'); } catch (e) { return e.name; } });
t('++ on call', () => eval('f()++'));
t('compound with getter throwing', () => { const o = { get z() { throw new URIError('z'); } }; o.z += 1; });
t('compound on proxy', () => { const l = []; const p = new Proxy({ v: 1 }, { get(t, k) { l.push('get'); return t[k]; }, set(t, k, v) { l.push('set'); t[k] = v; return true; } }); p.v *= 3; return l.join() + ' ' + p.v; });
t('super compound', () => { class A { get v() { return 1; } } class B extends A { m() { super.v += 1; return Object.hasOwn(this, 'v') + ' ' + this.v; } } return new B().m(); });
t('with compound', () => { const o = { w: 1 }; with (o) { w += 1; } return o.w; });
// expect: compound order target, key, get p, val, set p 11
// expect: postfix order 1 target, key, get p, set p 2
// expect: prefix on string prop 6 number
// expect: postfix returns number 5 number
// expect: ++ on bigint prop 3
// expect: ++ on object 42
// expect: ++ on undefined prop NaN
// expect: -- on null -1
// expect: ++ on symbol threw TypeError
// expect: **= right assoc 512
// expect: unary minus ** threw SyntaxError
// expect: (-2) ** 2 4
// expect: >>>= negative 4294967295
// expect: shift by 33 2,0,4294967295
// expect: string += a3
// expect: array index compound 6 1
// expect: assignment value 5 NaN
// expect: chained assignment 6
// expect: assign to call threw ReferenceError
// expect: assign to call in sloppy fn ReferenceError
// expect: ++ on call threw ReferenceError
// expect: compound with getter throwing threw URIError
// expect: compound on proxy get,set 3
// expect: super compound threw TypeError
// expect: with compound 2

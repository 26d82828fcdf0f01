function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('from array-like with getters', () => { const log = []; const src = { get length() { log.push('length'); return 2; }, get 0() { log.push('0'); return 'a'; }, get 1() { log.push('1'); return 'b'; } }; return Array.from(src).join() + ' ' + log.join(); });
t('from iterator getter wins', () => Array.from({ length: 5, [Symbol.iterator]: function* () { yield 'it'; } }).join());
t('from iterator null falls back', () => Array.from({ length: 1, 0: 'al', [Symbol.iterator]: null }).join());
t('from iterator not callable', () => Array.from({ [Symbol.iterator]: 1 }));
t('from with this constructor', () => { function C() { this.made = true; } const r = Array.from.call(C, [1, 2]); return (r instanceof C) + ' ' + r.length + ' ' + r.made; });
t('from ctor returns frozen', () => Array.from.call(function () { return Object.freeze({}); }, [1]));
t('of with ctor', () => { function C(n) { this.n = n; } const r = Array.of.call(C, 'a', 'b'); return r.n + ' ' + r.length; });
t('from mapper args', () => Array.from([5], function (v, i) { return [v, i, arguments.length, this.x].join(':'); }, { x: 'X' }).join());
t('from mapper not callable', () => Array.from([], 1));
t('from string', () => Array.from('a\ud83d\ude00').length);
t('from Set/Map', () => Array.from(new Map([[1, 2]])).join('|') + ' ' + Array.from(new Set('aab')).join());
t('from generator closes on throw', () => { let closed = false; function* g() { try { yield 1; yield 2; } finally { closed = true; } } try { Array.from(g(), v => { throw new Error(); }); } catch (e) { } return closed; });
t('from length changes', () => { const o = { length: 3, 0: 'a', get 1() { this.length = 1; return 'b'; }, 2: 'c' }; return Array.from(o).join(); });
t('fromAsync exists', () => typeof Array.fromAsync);
t('spread of array-like fails', () => [...{ length: 1, 0: 'x' }]);
t('Math.max of array-like via apply', () => Math.max.apply(null, { length: 2, get 0() { return 5; }, 1: 3 }));
t('entries iterator on array-like', () => [...Array.prototype.entries.call({ length: 2, 0: 'p' })].join('|'));
t('values iterator sees growth', () => { const a = [1]; const out = []; for (const v of a) { out.push(v); if (a.length < 3) a.push(v + 1); } return out.join(); });
t('keys of typed array after shrink', () => [...new Uint8Array(2).keys()].join());
// expect: from array-like with getters a,b length,0,1
// expect: from iterator getter wins it
// expect: from iterator null falls back al
// expect: from iterator not callable threw TypeError
// expect: from with this constructor true 2 true
// expect: from ctor returns frozen threw TypeError
// expect: of with ctor 2 2
// expect: from mapper args 5:0:2:X
// expect: from mapper not callable threw TypeError
// expect: from string 2
// expect: from Set/Map 1,2 a,b
// expect: from generator closes on throw true
// expect: from length changes a,b,c
// expect: fromAsync exists undefined
// expect: spread of array-like fails threw TypeError
// expect: Math.max of array-like via apply 5
// expect: entries iterator on array-like 0,p|1,
// expect: values iterator sees growth 1,2,3
// expect: keys of typed array after shrink 0,1

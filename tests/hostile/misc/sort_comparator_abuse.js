function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('mutating comparator', () => { const a = [5, 3, 1, 4, 2]; a.sort((x, y) => { a.length = 2; return x - y; }); return a.length; });
t('inconsistent comparator terminates', () => { const a = Array.from({ length: 50 }, (_, i) => i); a.sort(() => Math.random() < 2 ? 1 : -1); return a.length; });
t('throws midway', () => { const a = [3, 2, 1]; let n = 0; try { a.sort(() => { if (++n === 2) throw new RangeError('c'); return 0; }); } catch (e) { return e.name + ' ' + a.length; } });
t('NaN comparator', () => [3, 1, 2].sort(() => NaN).join());
t('object comparator result', () => [3, 1, 2].sort((a, b) => ({ valueOf() { return a - b; } })).join());
t('undefined last, holes after', () => { const a = [3, undefined, , 1]; a.sort(); return JSON.stringify(a) + ' ' + (3 in a); });
t('default is string order', () => [10, 9, 1, -1, -10].sort().join());
t('stable', () => [{ k: 1, v: 'a' }, { k: 0, v: 'b' }, { k: 1, v: 'c' }, { k: 0, v: 'd' }].sort((x, y) => x.k - y.k).map(x => x.v).join(''));
t('non-callable comparator', () => [1].sort(1));
t('comparator null', () => [1].sort(null));
t('sort array-like', () => { const o = { length: 3, 0: 'c', 2: 'a' }; Array.prototype.sort.call(o); return JSON.stringify(o); });
t('sort toString throws', () => [{ toString() { throw new EvalError('ts'); } }, 1].sort());
t('sort symbols', () => [Symbol(), Symbol()].sort());
t('sort with getters', () => { const log = []; const o = { length: 2, get 0() { log.push('g0'); return 'b'; }, get 1() { log.push('g1'); return 'a'; } }; try { Array.prototype.sort.call(o); } catch (e) { return e.name; } return log.join(); });
t('toSorted leaves original', () => { const a = [2, 1]; const b = a.toSorted(); return a.join() + ' ' + b.join(); });
t('toSorted holes', () => JSON.stringify([, 1].toSorted()));
t('typed sort default numeric', () => new Float64Array([10, 9, -0, 0, NaN, -Infinity]).sort().join());
t('typed sort -0 before 0', () => { const r = new Float64Array([0, -0]).sort(); return Object.is(r[0], -0); });
t('sort 10000 elements', () => { const a = Array.from({ length: 2000 }, (_, i) => (i * 7919) % 10007); a.sort((x, y) => x - y); return a[0] + ' ' + a[1999]; });
// expect: mutating comparator 5
// expect: inconsistent comparator terminates 50
// expect: throws midway RangeError 3
// expect: NaN comparator 3,1,2
// expect: object comparator result 1,2,3
// expect: undefined last, holes after [1,3,null,null] false
// expect: default is string order -1,-10,1,10,9
// expect: stable bdac
// expect: non-callable comparator threw TypeError
// expect: comparator null threw TypeError
// expect: sort array-like {"0":"a","1":"c","length":3}
// expect: sort toString throws threw EvalError
// expect: sort symbols threw TypeError
// expect: sort with getters TypeError
// expect: toSorted leaves original 2,1 1,2
// expect: toSorted holes [1,null]
// expect: typed sort default numeric -Infinity,0,0,9,10,NaN
// expect: typed sort -0 before 0 true
// expect: sort 10000 elements 0 10006

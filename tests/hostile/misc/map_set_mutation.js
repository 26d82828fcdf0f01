function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('-0 key', () => { const m = new Map([[-0, 'z']]); return Object.is([...m.keys()][0], 0) + ' ' + m.get(0); });
t('NaN key', () => new Map([[NaN, 1]]).get(NaN));
t('set -0', () => Object.is([...new Set([-0])][0], 0));
t('delete during forEach', () => { const m = new Map([[1, 1], [2, 2], [3, 3]]); const seen = []; m.forEach((v, k) => { seen.push(k); if (k === 1) m.delete(2); }); return seen.join(); });
t('readd during forEach', () => { const s = new Set([1, 2]); const seen = []; let once = true; s.forEach(v => { seen.push(v); if (v === 1 && once) { once = false; s.delete(1); s.add(1); } }); return seen.join(); });
t('add during iteration', () => { const s = new Set([1]); const seen = []; for (const v of s) { seen.push(v); if (v < 4) s.add(v + 1); } return seen.join(); });
t('clear during iteration', () => { const s = new Set([1, 2, 3]); const seen = []; for (const v of s) { seen.push(v); if (v !== 9) { s.clear(); s.add(9); } } return seen.join(); });
t('iterator after exhaustion', () => { const m = new Map([[1, 1]]); const it = m.keys(); it.next(); it.next(); m.set(2, 2); return it.next().done; });
t('Map set override ctor', () => { const orig = Map.prototype.set; let n = 0; Map.prototype.set = function (k, v) { n++; return orig.call(this, k, v); }; try { new Map([[1, 1], [2, 2]]); return n; } finally { Map.prototype.set = orig; } });
t('Set add not callable', () => { const orig = Set.prototype.add; Set.prototype.add = 1; try { return new Set([1]); } finally { Set.prototype.add = orig; } });
t('Set add not callable empty', () => { const orig = Set.prototype.add; Set.prototype.add = 1; try { return new Set(); } finally { Set.prototype.add = orig; } });
t('Map get on Set', () => Map.prototype.get.call(new Set(), 1));
t('size getter on proto', () => Map.prototype.size);
t('groupBy-like', () => { const m = new Map(); for (const w of ['a', 'bb', 'c']) m.set(w.length, (m.get(w.length) || []).concat(w)); return JSON.stringify([...m]); });
t('WeakMap primitive key', () => new WeakMap().set(1, 1));
t('WeakSet symbol', () => new WeakSet().add(Symbol.for('reg')));
t('WeakMap get primitive', () => new WeakMap().get(1));
t('WeakRef primitive', () => new WeakRef(1));
t('Map entries type', () => Object.prototype.toString.call(new Map().entries()));
t('iterator proto next on wrong', () => Object.getPrototypeOf(new Map().keys()).next.call(new Set().values()));
// expect: -0 key true z
// expect: NaN key 1
// expect: set -0 true
// expect: delete during forEach 1,3
// expect: readd during forEach 1,2,1
// expect: add during iteration 1,2,3,4
// expect: clear during iteration 1,9
// expect: iterator after exhaustion true
// expect: Map set override ctor 2
// expect: Set add not callable threw TypeError
// expect: Set add not callable empty [object Set]
// expect: Map get on Set threw TypeError
// expect: size getter on proto threw TypeError
// expect: groupBy-like [[1,["a","c"]],[2,["bb"]]]
// expect: WeakMap primitive key threw TypeError
// expect: WeakSet symbol threw TypeError
// expect: WeakMap get primitive undefined
// expect: WeakRef primitive threw TypeError
// expect: Map entries type [object Map Iterator]
// expect: iterator proto next on wrong threw TypeError

function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

t('map on string', () => Array.prototype.map.call('abc', c => c.toUpperCase()).join(''));
t('length string', () => Array.prototype.join.call({ length: '2', 0: 'a', 1: 'b' }, '+'));
t('length negative', () => Array.prototype.join.call({ length: -1, 0: 'a' }));
t('length NaN', () => Array.prototype.indexOf.call({ length: NaN, 0: 'a' }, 'a'));
t('length Infinity at', () => Array.prototype.at.call({ length: Infinity, [2 ** 53 - 2]: 'last' }, -1));
t('length 2**53+10 at', () => Array.prototype.at.call({ length: 2 ** 53 + 10, [2 ** 53 - 2]: 'clamped' }, -1));
t('push at 2**53-1', () => Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1));
t('push zero args at 2**53-1', () => { const o = { length: 2 ** 53 - 1 }; Array.prototype.push.call(o); return o.length; });
t('unshift at max', () => Array.prototype.unshift.call({ length: 2 ** 53 - 1 }, 1));
t('splice huge length', () => Array.prototype.splice.call({ length: 2 ** 53 - 1 }, 2 ** 53 - 2, 1).length);
t('includes huge fromIndex', () => Array.prototype.includes.call({ length: 2 ** 53 - 1, [2 ** 53 - 2]: 'x' }, 'x', -1));
t('lastIndexOf huge', () => Array.prototype.lastIndexOf.call({ length: 2 ** 53 - 1, [2 ** 53 - 2]: 'y' }, 'y', -1));
t('indexOf huge fromIndex', () => Array.prototype.indexOf.call({ length: 2 ** 53 - 1, [2 ** 53 - 3]: 'z' }, 'z', 2 ** 53 - 4));
t('pop huge', () => { const o = { length: 2 ** 53 - 1, [2 ** 53 - 2]: 'p' }; return Array.prototype.pop.call(o) + ' ' + o.length; });
t('fill small on array-like', () => JSON.stringify(Array.prototype.fill.call({ length: 3 }, 0, 1)));
t('length getter throws', () => Array.prototype.forEach.call({ get length() { throw new URIError('len'); } }, () => {}));
t('length valueOf once', () => { let n = 0; Array.prototype.map.call({ length: { valueOf() { n++; return 1; } }, 0: 1 }, x => x); return n; });
t('callback sees live changes', () => { const o = { length: 3, 0: 'a', 1: 'b', 2: 'c' }; const seen = []; Array.prototype.forEach.call(o, (v, i) => { seen.push(v); delete o[i + 1]; }); return seen.join(); });
t('array grows during forEach', () => { const a = [1, 2]; let n = 0; a.forEach(() => { n++; a.push(0); }); return n + ' ' + a.length; });
t('reduce empty', () => [].reduce((a, b) => a + b));
t('reduce holes only', () => [, ,].reduce((a, b) => a + b));
t('reduceRight array-like', () => Array.prototype.reduceRight.call({ length: 2, 0: 'a', 1: 'b' }, (a, b) => a + b));
t('concat spreadable object', () => JSON.stringify([1].concat({ [Symbol.isConcatSpreadable]: true, length: 2, 0: 'x' })));
t('concat non-spreadable array', () => { const a = [2, 3]; a[Symbol.isConcatSpreadable] = false; return [1].concat(a).length; });
t('flat depth Infinity', () => [1, [2, [3, [4]]]].flat(Infinity).join());
t('flat -1', () => [[1]].flat(-1).length);
t('flatMap non-array', () => [1, 2].flatMap(x => ({ length: 1, 0: x })).length);
t('Array.from array-like', () => Array.from({ length: 3, 1: 'b' }).join('|'));
t('Array.from length too big', () => Array.from({ length: 2 ** 32 }));
t('Array.of on non-ctor', () => Array.of.call(Math.max, 1).length);
t('with out of range', () => [1, 2].with(5, 0));
t('with negative', () => [1, 2].with(-1, 9).join());
t('toSpliced', () => [1, 2, 3].toSpliced(1, 1, 'x', 'y').join());
t('copyWithin odd', () => [1, 2, 3, 4, 5].copyWithin(-2, NaN, Infinity).join());
t('fill odd', () => [1, 2, 3].fill(0, -Infinity, 1.7).join());
t('slice odd', () => [1, 2, 3].slice('1', { valueOf: () => 2 }).join());
t('splice no args', () => [1, 2].splice().length);
t('splice undefined deleteCount', () => [1, 2].splice(0, undefined).length);
// expect: map on string ABC
// expect: length string a+b
// expect: length negative 
// expect: length NaN -1
// expect: length Infinity at last
// expect: length 2**53+10 at clamped
// expect: push at 2**53-1 threw TypeError
// expect: push zero args at 2**53-1 9007199254740991
// expect: unshift at max threw TypeError
// expect: splice huge length 1
// expect: includes huge fromIndex true
// expect: lastIndexOf huge 9007199254740990
// expect: indexOf huge fromIndex 9007199254740989
// expect: pop huge p 9007199254740990
// expect: fill small on array-like {"1":0,"2":0,"length":3}
// expect: length getter throws threw URIError
// expect: length valueOf once 1
// expect: callback sees live changes a,c
// expect: array grows during forEach 2 4
// expect: reduce empty threw TypeError
// expect: reduce holes only threw TypeError
// expect: reduceRight array-like ba
// expect: concat spreadable object [1,"x",null]
// expect: concat non-spreadable array 2
// expect: flat depth Infinity 1,2,3,4
// expect: flat -1 1
// expect: flatMap non-array 2
// expect: Array.from array-like |b|
// expect: Array.from length too big threw RangeError
// expect: Array.of on non-ctor 1
// expect: with out of range threw RangeError
// expect: with negative 1,9
// expect: toSpliced 1,x,y,3
// expect: copyWithin odd 1,2,3,1,2
// expect: fill odd 0,2,3
// expect: slice odd 2
// expect: splice no args 0
// expect: splice undefined deleteCount 0

function t(label, f) { try { console.log(label, String(f())); } catch (e) { console.log(label, 'threw', e.name); } }

const h = [1, , 3, , 5];
t('forEach skips', () => { let n = 0; h.forEach(() => n++); return n; });
t('map keeps holes', () => { const m = h.map(x => x * 2); return m.length + ' ' + (1 in m); });
t('filter drops', () => h.filter(() => true).length);
t('join empty', () => h.join('-'));
t('toString', () => String(h));
t('JSON null', () => JSON.stringify(h));
t('includes undefined', () => h.includes(undefined));
t('indexOf undefined', () => h.indexOf(undefined));
t('find sees undefined', () => h.findIndex(x => x === undefined));
t('findLast', () => h.findLastIndex(x => x === undefined));
t('some', () => h.some(x => x === undefined));
t('every', () => h.every(x => x !== undefined));
t('reduce', () => h.reduce((a, b) => a + b));
t('flat drops holes', () => [[1, , 2], , [3]].flat().length);
t('keys', () => [...h.keys()].join());
t('entries', () => JSON.stringify([...[, 'b'].entries()]));
t('spread fills', () => [...h].hasOwnProperty(1));
t('Object.keys', () => Object.keys(h).join());
t('sort moves holes', () => { const a = [3, , 1]; a.sort(); return JSON.stringify(a) + ' ' + a.length + ' ' + (2 in a); });
t('reverse keeps holes', () => { const a = [1, , 3, 4]; a.reverse(); return JSON.stringify(Object.keys(a)); });
t('concat keeps holes', () => Object.keys([].concat([1, , 3])).join());
t('slice keeps holes', () => Object.keys([1, , 3].slice()).join());
t('splice holes', () => { const a = [1, , 3]; const r = a.splice(0, 2); return Object.keys(r).join() + ' ' + JSON.stringify(a); });
t('copyWithin holes', () => { const a = [1, , 3]; a.copyWithin(0, 1); return Object.keys(a).join(); });
t('fill fills holes', () => Object.keys([, ,].fill(0)).join());
t('at hole', () => h.at(1));
t('with hole', () => Object.keys([, 1].with(1, 2)).join());
t('toReversed fills', () => Object.keys([1, , 3].toReversed()).join());
t('lastIndexOf skips', () => [undefined, ,].lastIndexOf(undefined));
t('Array(3)', () => Array(3).map(() => 1).length + ' ' + (0 in Array(3).map(() => 1)));
t('Array.apply', () => Array.apply(null, Array(2)).map(() => 'x').join());
t('delete makes hole', () => { const a = [1, 2]; delete a[0]; return (0 in a) + ' ' + a.length; });
t('length grow holes', () => { const a = [1]; a.length = 3; return Object.keys(a).length; });
t('hole in destructuring default', () => { const [a = 'def'] = [,]; return a; });
t('literal trailing comma', () => [1, ,].length + ' ' + [,].length + ' ' + [, , 1].length);
// expect: forEach skips 3
// expect: map keeps holes 5 false
// expect: filter drops 3
// expect: join empty 1--3--5
// expect: toString 1,,3,,5
// expect: JSON null [1,null,3,null,5]
// expect: includes undefined true
// expect: indexOf undefined -1
// expect: find sees undefined 1
// expect: findLast 3
// expect: some false
// expect: every true
// expect: reduce 9
// expect: flat drops holes 3
// expect: keys 0,1,2,3,4
// expect: entries [[0,null],[1,"b"]]
// expect: spread fills true
// expect: Object.keys 0,2,4
// expect: sort moves holes [1,3,null] 3 false
// expect: reverse keeps holes ["0","1","3"]
// expect: concat keeps holes 0,2
// expect: slice keeps holes 0,2
// expect: splice holes 0 [3]
// expect: copyWithin holes 1,2
// expect: fill fills holes 0,1
// expect: at hole undefined
// expect: with hole 0,1
// expect: toReversed fills 0,1,2
// expect: lastIndexOf skips 0
// expect: Array(3) 3 false
// expect: Array.apply x,x
// expect: delete makes hole false 2
// expect: length grow holes 1
// expect: hole in destructuring default def
// expect: literal trailing comma 2 1 3

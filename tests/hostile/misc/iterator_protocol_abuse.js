// Getter-driven iteration protocol abuse.
const log = [];
function makeIter(n, extra = {}) {
  let i = 0;
  const it = {
    get next() { log.push('get next'); return () => { log.push('next'); i++; return { get done() { log.push('done'); return i > n; }, get value() { log.push('value'); return i; } }; }; },
    ...extra,
  };
  return { [Symbol.iterator]() { log.push('@@iterator'); return it; } };
}
for (const v of makeIter(2)) log.push('body ' + v);
console.log(log.join(','));
log.length = 0;
const [x] = makeIter(5, { get return() { log.push('get return'); return () => { log.push('return'); return {}; }; } });
console.log(x, log.join(','));
log.length = 0;
try {
  for (const v of makeIter(5, { return() { throw new SyntaxError('ret'); } })) { throw new RangeError('body'); }
} catch (e) { console.log('body error wins:', e.name); }
try {
  for (const v of makeIter(5, { return() { return 1; } })) break;
} catch (e) { console.log('return non-object:', e.name); }
try { for (const v of { [Symbol.iterator]() { return { next() { return 1; } }; } }); } catch (e) { console.log('next non-object:', e.name); }
try { for (const v of { [Symbol.iterator]() { return 1; } }); } catch (e) { console.log('iterator non-object:', e.name); }
try { for (const v of { [Symbol.iterator]: 1 }); } catch (e) { console.log('not callable:', e.name); }
const once = { [Symbol.iterator]() { let k = 0; return { next: () => ({ done: k >= 2, value: k++ }) }; } };
console.log([...once].join(), Array.from(once).join(), Math.max(...once));
const m = new Map(makeIter(0));
console.log('map size', m.size);
try { new Map(makeIter(1)); } catch (e) { console.log('map entry not object:', e.name); }
log.length = 0;
const it2 = makeIter(3, { return() { log.push('closed'); return {}; } });
try { new Set(it2).add.call(null); } catch (e) { }
try { Array.from(makeIter(3, { return() { log.push('closed'); return {}; } }), () => { throw 1; }); } catch (e) { console.log('mapfn throw closes:', log.includes('closed')); }
// expect: @@iterator,get next,next,done,value,body 1,next,done,value,body 2,next,done
// expect: 1 get return,@@iterator,get next,next,done,value,return
// expect: body error wins: RangeError
// expect: return non-object: TypeError
// expect: next non-object: TypeError
// expect: iterator non-object: TypeError
// expect: not callable: TypeError
// expect: 0,1 0,1 1
// expect: map size 0
// expect: map entry not object: TypeError
// expect: mapfn throw closes: true

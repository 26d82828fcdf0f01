// generators, yield*, return/throw, iterator closing (27.5, 15.5)
function* g() { const x = yield 1; console.log('got', x); try { yield 2 } finally { console.log('cleanup') } }
const it = g();
console.log(it.next().value, it.next('sent').value, it.return(9).value, it.next().done);
// expect: got sent
// expect: cleanup
// expect: 1 2 9 true
function* inner() { yield 'a'; return 'r' }
function* outer() { const r = yield* inner(); yield r; yield* [1, 2] }
console.log([...outer()].join());
// expect: a,r,1,2
function* thrower() { try { yield 1 } catch (e) { yield 'caught ' + e } }
const t = thrower(); t.next(); console.log(t.throw('E').value);
// expect: caught E
function* counted() { try { yield 1; yield 2 } finally { console.log('closed') } }
for (const v of counted()) { if (v === 1) break }
// expect: closed
const [first] = counted();
// expect: closed
console.log(first);
// expect: 1

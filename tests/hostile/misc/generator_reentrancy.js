// A generator calling its own next/return/throw while running.
let g;
function* gen() {
  try { g.next(); } catch (e) { console.log('next inside:', e.name); }
  try { g.return(1); } catch (e) { console.log('return inside:', e.name); }
  try { g.throw(new Error('x')); } catch (e) { console.log('throw inside:', e.name, e.message === 'x'); }
  yield 1;
  yield 2;
}
g = gen();
console.log(JSON.stringify(g.next()));
console.log(JSON.stringify(g.next()));
console.log(JSON.stringify(g.next()));
function* deleg() { yield* { [Symbol.iterator]() { return this; }, next() { return d.next(); } }; }
const d = deleg();
try { d.next(); } catch (e) { console.log('re-enter via yield*:', e.name); }
console.log(JSON.stringify(d.next()));
function* g2() { const v = yield 'a'; console.log('got', v); try { yield 'b'; } finally { console.log('cleanup'); yield 'c'; } }
const it = g2();
console.log(it.next().value, it.next('V').value, JSON.stringify(it.return('R')), JSON.stringify(it.next()), JSON.stringify(it.next()));
const t = g2();
try { t.throw(new TypeError('early')); } catch (e) { console.log('throw before start:', e.name); }
console.log(JSON.stringify(t.next()));
const GenProto = Object.getPrototypeOf(gen.prototype);
try { GenProto.next.call({}); } catch (e) { console.log('next on non-generator:', e.name); }
// expect: next inside: TypeError
// expect: return inside: TypeError
// expect: throw inside: TypeError false
// expect: {"value":1,"done":false}
// expect: {"value":2,"done":false}
// expect: {"done":true}
// expect: re-enter via yield*: TypeError
// expect: {"done":true}
// expect: got V
// expect: cleanup
// expect: a b {"value":"c","done":false} {"value":"R","done":true} {"done":true}
// expect: throw before start: TypeError
// expect: {"done":true}
// expect: next on non-generator: TypeError

// The with statement over proxies: the traps it calls and Symbol.unscopables.
const log = [];
const target = { a: 1, b: 2 };
const p = new Proxy(target, {
  has(t, k) { return k in t; },
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push('set ' + String(k)); return Reflect.set(t, k, v, r); },
});
with (p) { a; }
console.log(log.join(', '));
log.length = 0;
with (p) { b = 5; }
console.log(log.join(', '), target.b);
log.length = 0;
with (p) { typeof zz; }
console.log(log.join(', '));
log.length = 0;
var outer = 'outer';
with (p) { outer; }
console.log(log.join(', '));
const u = { x: 'obj x', [Symbol.unscopables]: { x: true } };
var x = 'global x';
with (u) { console.log(x); }
with ([1, 2]) { console.log(typeof keys, typeof values, typeof includes, length); }
const tricky = { f() { return this === tricky; } };
with (tricky) { console.log('this in call', f()); }
const q = new Proxy({}, { has(t, k) { if (k === 'thrower') throw new RangeError('has'); return false; } });
try { with (q) { thrower; } } catch (e) { console.log('has throws:', e.name); }
const r = Proxy.revocable({}, {});
r.revoke();
try { with (r.proxy) { anything; } } catch (e) { console.log('revoked:', e.name); }
with ({ get eval() { return s => 'fake eval ' + s; } }) { console.log(eval('1+1')); }
function withArgs() { with ({ arguments: 'shadow' }) { return arguments; } }
console.log(withArgs(1));
let cnt = 0;
const counting = new Proxy({ v: 0 }, { has(t, k) { if (k === 'v') cnt++; return k in t; } });
with (counting) { v++; }
console.log('v++ has calls >= 1:', cnt >= 1);
// expect: get Symbol(Symbol.unscopables), get a
// expect: get Symbol(Symbol.unscopables), set b 5
// expect:
// expect:
// expect: global x
// expect: undefined undefined undefined 2
// expect: this in call true
// expect: has throws: RangeError
// expect: revoked: TypeError
// expect: fake eval 1+1
// expect: shadow
// expect: v++ has calls >= 1: true

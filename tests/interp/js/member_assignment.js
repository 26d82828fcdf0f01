// 13.15.2 compound and logical assignment to obj[key]: on a null or undefined base the
// TypeError comes before the key's ToPropertyKey and before the right-hand side
const log = [];
const key = {toString() { log.push('key'); return 'k'; }};
for (const src of ['b[key] ^= rhs()', 'b[key] += rhs()', 'b[key] ??= rhs()', 'b[key] ||= rhs()']) {
  try {
    new Function('b', 'key', 'rhs', src)(null, key, () => log.push('rhs'));
  } catch (e) {
    log.push(e.name);
  }
}
console.log(log.join(' '));
// expect: TypeError TypeError TypeError TypeError
const o = {k: 1};
o[key] += 2;
o[key] ||= 9;
console.log(o.k, log.length);
// expect: 3 6
// a private getter and setter make one private name, added once per instance
class C {
  get #v() { return this.store; }
  set #v(x) { this.store = x * 2; }
  bump() { this.#v = 21; return this.#v; }
}
console.log(new C().bump());
// expect: 42

// Async functions re-entering themselves and each other; the order of the steps.
const log = [];
let depth = 0;
async function rec(n) {
  log.push('enter ' + n);
  if (n > 0) { const p = rec(n - 1); log.push('after call ' + n); await p; }
  log.push('leave ' + n);
  return n;
}
rec(2).then(v => {
  log.push('done ' + v);
  console.log(log.join(', '));
  log.length = 0;
  let resolveIt;
  const p = new Promise(r => { resolveIt = r; });
  async function a() { log.push('a1'); await p; log.push('a2'); }
  async function b() { log.push('b1'); resolveIt('x'); await null; log.push('b2'); }
  return Promise.all([a(), b()]);
}).then(() => {
  console.log(log.join(', '));
  async function self() { return self(); }
  return self().catch(e => console.log('unbounded async recursion:', e.name));
}).then(() => {
  async function thrower() { await 1; throw new TypeError('late'); }
  return thrower().catch(e => console.log('caught', e.name, e.message));
});
// expect: enter 2, enter 1, enter 0, leave 0, after call 1, after call 2, leave 1, leave 2, done 2
// expect: a1, b1, a2, b2
// expect: unbounded async recursion: RangeError
// expect: caught TypeError late

// Async generator requests queue up in order.
const log = [];
async function* ag() { try { log.push('start'); yield 1; await null; yield 2; } finally { log.push('finally'); } }
const it = ag();
const ps = [it.next(), it.next(), it.return('R'), it.next()];
Promise.all(ps).then(rs => {
  console.log(JSON.stringify(rs));
  console.log(log.join(','));
  async function* thrower() { yield 1; throw new RangeError('ag'); }
  const t = thrower();
  return Promise.allSettled([t.next(), t.next(), t.next()]);
}).then(rs => {
  console.log(rs.map(r => r.status + ':' + (r.value ? JSON.stringify(r.value) : r.reason.name)).join(' '));
  async function* yieldsPromise() { yield Promise.resolve('unwrapped'); yield Promise.reject(new SyntaxError('rej')); }
  const y = yieldsPromise();
  return Promise.allSettled([y.next(), y.next(), y.next()]);
}).then(rs => {
  console.log(rs.map(r => r.status + ':' + (r.value ? JSON.stringify(r.value) : r.reason.name)).join(' '));
  const syncIter = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { done: i > 2, value: Promise.resolve(i) }; } }; } };
  return (async () => { const got = []; for await (const v of syncIter) got.push(v); return got; })();
}).then(got => {
  console.log('for await sync', got.join());
  async function* early() { yield 1; yield 2; }
  return (async () => { for await (const v of early()) { return 'returned ' + v; } })();
}).then(v => {
  console.log(v);
  const a = (async function* () {})();
  return a.throw(new EvalError('before start')).catch(e => console.log('throw before start', e.name));
}).then(() => {
  const proto = Object.getPrototypeOf(async function* () {}).prototype;
  return proto.next.call({}).catch(e => console.log('next on non-generator rejects', e.name));
});
// expect: [{"value":1,"done":false},{"value":2,"done":false},{"value":"R","done":true},{"done":true}]
// expect: start,finally
// expect: fulfilled:{"value":1,"done":false} rejected:RangeError fulfilled:{"done":true}
// expect: fulfilled:{"value":"unwrapped","done":false} rejected:SyntaxError fulfilled:{"done":true}
// expect: for await sync 1,2
// expect: returned 1
// expect: throw before start EvalError
// expect: next on non-generator rejects TypeError

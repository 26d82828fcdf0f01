const log = [];
const thenable = { then(res, rej) { log.push('then called'); res('T'); } };
const badThen = { then() { throw new SyntaxError('bad then'); } };
const lateThen = { get then() { log.push('then read'); return (r) => r('late'); } };
(async () => {
  log.push('a: ' + await thenable);
  try { await badThen; } catch (e) { log.push('b: ' + e.name); }
  log.push('c: ' + await lateThen);
  log.push('d: ' + await { then: 1 }.then);
  const p = Promise.resolve('P');
  p.then = function (a, b) { log.push('own then on promise'); return Promise.prototype.then.call(this, a, b); };
  log.push('e: ' + await p);
  const arr = await Promise.all([thenable, 1, Promise.resolve(2)]);
  log.push('f: ' + arr.join());
  try { await Promise.any([Promise.reject(new Error('x')), badThen]); } catch (e) { log.push('g: ' + e.name + ' ' + e.errors.length); }
  const results = await Promise.allSettled([badThen, thenable]);
  log.push('h: ' + results.map(r => r.status).join());
  let n = 0;
  const counting = { get then() { n++; return r => r(n); } };
  await counting;
  log.push('i: then read ' + n + ' time(s)');
  async function* ag() { yield thenable; yield badThen; }
  const it = ag();
  log.push('j: ' + JSON.stringify(await it.next()));
  try { await it.next(); } catch (e) { log.push('k: ' + e.name); }
  console.log(log.join('\n'));
})();
// expect: then called
// expect: a: T
// expect: b: SyntaxError
// expect: then read
// expect: c: late
// expect: d: 1
// expect: e: P
// expect: then called
// expect: f: T,1,2
// expect: g: AggregateError 2
// expect: then called
// expect: h: rejected,fulfilled
// expect: i: then read 1 time(s)
// expect: then called
// expect: j: {"value":"T","done":false}
// expect: k: SyntaxError

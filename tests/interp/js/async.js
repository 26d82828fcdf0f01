// async functions, promise job order, async generators, for await (27.7, 27.6)
const log = [];
async function f() { log.push('f start'); await null; log.push('f after await'); return 'f done' }
f().then(v => log.push(v));
Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2'));
log.push('sync end');
async function* ag() { yield 1; yield await Promise.resolve(2); return 3 }
(async () => {
  for await (const v of ag()) log.push('ag ' + v);
  for await (const v of [Promise.resolve('p'), 'q']) log.push('sync iter ' + v);
  try { await Promise.reject(new Error('rejected')) } catch (e) { log.push(e.message) }
  console.log(log.join(' | '));
})();
// expect: f start | sync end | f after await | then 1 | f done | then 2 | ag 1 | ag 2 | sync iter p | sync iter q | rejected

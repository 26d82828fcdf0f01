const log = [];
setTimeout(() => log.push('timeout 1'), 0);
Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2'));
queueMicrotask(() => log.push('microtask 1'));
(async () => { log.push('async start'); await undefined; log.push('after await 1'); await new Promise(r => r()); log.push('after await 2'); })();
const thenable = { then(r) { log.push('thenable then'); r(); } };
(async () => { await thenable; log.push('after thenable'); })();
Promise.resolve().then(() => { setTimeout(() => log.push('timeout from then'), 0); queueMicrotask(() => log.push('nested microtask')); });
setTimeout(() => { log.push('timeout 2'); Promise.resolve().then(() => log.push('then in timeout')); }, 0);
setTimeout(() => log.push('timeout 3'), 0);
(async () => { try { await Promise.reject(new Error('x')); } catch { log.push('caught rejection'); } })();
new Promise(r => { log.push('executor sync'); r(); }).then(() => log.push('executor then'));
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 5);
// expect: async start
// expect: executor sync
// expect: sync end
// expect: then 1
// expect: microtask 1
// expect: after await 1
// expect: thenable then
// expect: caught rejection
// expect: executor then
// expect: then 2
// expect: after await 2
// expect: after thenable
// expect: nested microtask
// expect: timeout 1
// expect: timeout 2
// expect: then in timeout
// expect: timeout 3
// expect: timeout from then

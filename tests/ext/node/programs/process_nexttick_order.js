// nextTick callbacks run before the promise jobs of the same turn (Node's
// processTicksAndRejections), and a tick queued by a promise job after the job queue
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise from promise 1'));
});
queueMicrotask(() => console.log('microtask 1'));
process.nextTick((a, b) => {
  console.log('tick 2', a, b);
  process.nextTick(() => console.log('tick from tick 2'));
  Promise.resolve().then(() => console.log('promise from tick 2'));
}, 'x', 'y');
setTimeout(() => {
  console.log('timeout 1');
  Promise.resolve().then(() => console.log('promise in timeout 1'));
  process.nextTick(() => console.log('tick in timeout 1'));
  setTimeout(() => console.log('timeout 2'), 0);
  setImmediate(() => {
    console.log('immediate');
    Promise.resolve().then(() => console.log('promise in immediate'));
    process.nextTick(() => console.log('tick in immediate'));
  });
}, 0);
(async () => {
  console.log('async start');
  await null;
  console.log('after await');
  process.nextTick(() => console.log('tick after await'));
})();
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('never: ticks do not run after exit'));
});
console.log('sync end');

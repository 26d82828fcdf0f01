// node:timers/promises: promise timers, the setInterval async generator, bad options
const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every, scheduler } = tp;
console.log(Object.keys(tp).join(','), require('timers').promises === tp);

async function main() {
  const order = [];
  const a = sleep(5, 'late').then((v) => order.push(v));
  const b = sleep(1, 'early').then((v) => order.push(v));
  await Promise.all([a, b]);
  // in a timer's callback (and after it), an immediate comes before any new timer
  await sleep(1);
  const c = sleep(1, 'timer').then((v) => order.push(v));
  const d = immediate('immediate').then((v) => order.push(v));
  await Promise.all([c, d]);
  console.log(order.join(' '));
  console.log(await sleep(1), await immediate(), await scheduler.wait(1), await scheduler.yield());

  let n = 0;
  const it = every(2, 'tick');
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  for await (const v of it) {
    n++;
    console.log(v, n);
    if (n === 3) break;
  }
  console.log('after the loop');

  const bad = async (p) => {
    try { await p; console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  };
  await bad(sleep(1, 'v', 'options'));
  await bad(sleep(1, 'v', { signal: 1 }));
  await bad(sleep(1, 'v', { ref: 1 }));
  await bad(immediate('v', null));
  await bad(every(1, 'v', { ref: 'yes' }).next());
  console.log('done');
}
main();

// events.once (a promise of the next emit's arguments) and events.on (an async iterator)
const { EventEmitter, once, on } = require('events');

async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 'two'), 1);
  console.log('once got', await once(e, 'ready'));
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));

  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('once rejected', err.message, e.listenerCount('never'));
  }

  const p = once(e, 'error');
  e.emit('error', new Error('as value'));
  const [err] = await p;
  console.log('once error event', err.message);

  const it = on(e, 'data');
  process.nextTick(() => {
    e.emit('data', 'a');
    e.emit('data', 'b', 'c');
    e.emit('data', 'd');
  });
  let n = 0;
  for await (const args of it) {
    console.log('on got', args);
    if (++n === 3) break;
  }
  console.log('after break', e.listenerCount('data'), e.listenerCount('error'));

  const it2 = on(e, 'tick');
  setTimeout(() => { e.emit('tick', 1); e.emit('error', new Error('stop')); }, 1);
  try {
    for await (const [v] of it2) console.log('tick', v);
  } catch (x) {
    console.log('iteration failed', x.message);
  }

  const t = (fn) => { try { fn(); } catch (x) { console.log(x.name, x.code, x.message); } };
  await once(e, 'a', { signal: 'bad' }).catch((x) => console.log(x.name, x.code, x.message));
  t(() => on(e, 'a', { signal: 1 }));
  console.log('done');
}
main();

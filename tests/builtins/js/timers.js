// HTML timers and queueMicrotask, in Node's order: microtasks first, timers by due time
// then creation order, each timer's microtasks before the next timer
const order = [];
setTimeout(() => order.push('t2'), 2);
setTimeout(() => { order.push('t0a'); Promise.resolve().then(() => order.push('m')); }, 0);
setTimeout(() => order.push('t0b'), -5);
queueMicrotask(() => order.push('qm'));
Promise.resolve().then(() => order.push('p'));
let n = 0;
const iv = setInterval((a, b) => { order.push('iv' + n + a + b); if (++n === 3) clearInterval(iv); }, 5, 'x', 'y');
clearTimeout(setTimeout(() => order.push('never'), 1));
setTimeout(() => console.log(order.join(' ')), 300);   // well after the interval's 3 runs, even on a loaded machine
console.log(typeof iv, 'sync end');
try { queueMicrotask(1); } catch (e) { console.log(e.name); }
// expect: number sync end
// expect: TypeError
// expect: qm p t0a m t0b t2 iv0xy iv1xy iv2xy

// node:timers: Timeout and Immediate objects, their order, ref/unref, refresh, clearing
const timers = require('timers');
console.log(['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval',
  'clearImmediate'].map((k) => typeof timers[k]).join(','), typeof timers.promises);
console.log(timers.setImmediate === setImmediate, timers.clearImmediate === clearImmediate);

const order = [];
const t1 = timers.setTimeout(function (a, b) {
  order.push(`timeout(${a},${b}) this=${this === t1}`);
  timers.setTimeout(() => order.push('timeout from timeout'), 0);
  timers.setImmediate(function (x) {
    order.push(`immediate(${x}) this=${this instanceof Object}`);
    process.nextTick(() => order.push('tick in immediate'));
  }, 'x');
  Promise.resolve().then(() => order.push('promise in timeout'));
  timers.setTimeout(intervals, 5);
}, 1, 'a', 'b');
console.log(typeof t1, t1.hasRef(), typeof t1[Symbol.toPrimitive](), t1._idleTimeout);
console.log(t1.ref() === t1, t1.unref() === t1, t1.hasRef());
t1.ref();

const cleared = timers.setTimeout(() => order.push('never (cleared)'), 1);
timers.clearTimeout(cleared);
const clearedByNumber = timers.setTimeout(() => order.push('never (cleared by id)'), 1);
clearTimeout(+clearedByNumber);
const clearedByGlobal = timers.setTimeout(() => order.push('never (global clear)'), 1);
clearTimeout(clearedByGlobal);
const imm = timers.setImmediate(() => order.push('never (immediate cleared)'));
timers.clearImmediate(imm);
timers.clearTimeout(undefined);
timers.clearTimeout(null);
timers.clearImmediate(undefined);

// an unref'd timer does not keep the program alive
timers.setTimeout(() => console.log('never: unref timer'), 100000).unref();
timers.setInterval(() => console.log('never: unref interval'), 100000).unref();

function intervals() {
let n = 0;
const iv = timers.setInterval(() => {
  n++;
  order.push(`interval ${n}`);
  if (n === 3) {
    timers.clearInterval(iv);
    finish();
  }
}, 2);
}

function finish() {
  // refresh: re-armed under the same id
  let fired = 0;
  const r = timers.setTimeout(() => {
    fired++;
    if (fired === 1) {
      console.log('refreshed timer fired once, destroyed', r._destroyed);
      r.refresh();
    } else {
      console.log('and again after refresh', fired);
      console.log(order.join('\n'));
      badArguments();
    }
  }, 1);
  const id = +r;
  r.refresh();
  console.log('same id after refresh', +r === id);
}

function badArguments() {
  const t = (fn) => { try { fn(); } catch (e) { console.log(e.name, e.code, e.message); } };
  t(() => timers.setTimeout('code', 1));
  t(() => timers.setInterval());
  t(() => timers.setImmediate(42));
  t(() => setImmediate({}));
  const nan = timers.setTimeout(() => console.log('NaN delay became 1'), 'abc');
  console.log(nan._idleTimeout);
}

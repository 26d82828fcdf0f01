// EventEmitter: listeners, order, once, prepend, removal, the meta events, errors
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

console.log(EventEmitter === EventEmitter.EventEmitter, EventEmitter.defaultMaxListeners);
console.log(typeof EventEmitter.once, typeof EventEmitter.on, String(errorMonitor));

const e = new EventEmitter();
const log = [];
e.on('newListener', (type, fn) => log.push(`new:${String(type)}:${fn.name}`));
e.on('removeListener', (type, fn) => log.push(`removed:${String(type)}:${fn.name}`));
function a(x, y) { log.push(`a(${x},${y}) this=${this === e}`); }
function b(x) { log.push(`b(${x})`); }
function c() { log.push('c'); }
e.on('ev', a);
e.addListener('ev', b);
e.prependListener('ev', c);
e.once('ev', function onceOnly() { log.push('once'); });
e.prependOnceListener('ev', function firstOnce() { log.push('firstOnce'); });
console.log(e.emit('ev', 1, 2), e.emit('ev', 3), e.emit('nothing'));
console.log(log.join(' '));
log.length = 0;
console.log(e.listenerCount('ev'), e.listeners('ev').map((f) => f.name).join(','));
console.log(e.eventNames());
const sym = Symbol('s');
e.once(sym, c);
console.log(e.eventNames(), e.rawListeners(sym)[0].listener === c, e.listeners(sym)[0] === c);
e.off('ev', a);
e.removeListener('ev', a);
e.removeListener('ev', function notThere() {});
console.log(e.listeners('ev').map((f) => f.name).join(','), log.join(' '));
log.length = 0;
e.removeAllListeners('ev');
console.log(e.listenerCount('ev'), log.join(' '));
log.length = 0;
e.removeAllListeners();
console.log(e.eventNames(), log.join(' '));

// a listener added during emit does not run in that emit; one removed still runs
const f = new EventEmitter();
f.on('x', function first() {
  console.log('first');
  f.on('x', () => console.log('added later'));
  f.removeListener('x', second);
});
function second() { console.log('second'); }
f.on('x', second);
f.emit('x');
f.emit('x');
console.log(f.listenerCount('x'));

// the same listener twice
const g = new EventEmitter();
g.on('y', c);
g.on('y', c);
console.log(g.listenerCount('y'), g.listenerCount('y', c));
g.removeListener('y', c);
console.log(g.listenerCount('y'));

// max listeners
const h = new EventEmitter();
console.log(h.getMaxListeners());
h.setMaxListeners(3);
console.log(h.getMaxListeners(), EventEmitter.getMaxListeners(h));

// 'error' events
const err = new EventEmitter();
try { err.emit('error', new Error('boom')); } catch (x) { console.log('thrown', x.message); }
try { err.emit('error', 'text'); } catch (x) {
  console.log(x.name, x.code, x.message, x.context);
}
try { err.emit('error', { a: 1 }); } catch (x) { console.log(x.message); }
try { err.emit('error'); } catch (x) { console.log(x.message); }
err.on(errorMonitor, (x) => console.log('monitor saw', x.message));
try { err.emit('error', new Error('watched')); } catch (x) { console.log('still thrown', x.message); }
err.on('error', (x) => console.log('handled', x.message));
console.log(err.emit('error', new Error('with handler')));

// bad arguments
const t = (fn) => { try { fn(); } catch (x) { console.log(x.name, x.code, x.message); } };
t(() => e.on('z', 1));
t(() => e.once('z', 'str'));
t(() => e.prependListener('z', null));
t(() => e.removeListener('z', {}));
t(() => e.setMaxListeners(-1));
t(() => e.setMaxListeners('3'));
t(() => { EventEmitter.defaultMaxListeners = -5; });
t(() => { EventEmitter.defaultMaxListeners = 'a'; });

// subclasses and old-style inheritance
class Thing extends EventEmitter {
  constructor() { super(); this.name = 'thing'; }
}
const th = new Thing();
th.on('hi', function () { console.log('hi from', this.name); });
th.emit('hi');
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const old = new Old();
old.on('x', (v) => console.log('old got', v));
old.emit('x', 5);
console.log(old instanceof EventEmitter, Object.keys(old));
console.log(new EventEmitter());
console.log(e.on('q', c) === e, e.once('q', c) === e, e.off('q', c) === e);

// captureRejections: an async listener's rejection becomes an 'error' event (or the
// Symbol.for('nodejs.rejection') method's call)
const { EventEmitter, captureRejectionSymbol } = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (n) => { throw new Error(`job ${n} failed`); });
e.on('error', (err) => console.log('error event:', err.message));
e.emit('job', 1);

class Custom extends EventEmitter {
  [captureRejectionSymbol](err, event, ...args) {
    console.log('rejection method:', err.message, event, args);
  }
}
const c = new Custom({ captureRejections: true });
c.on('work', async () => { throw new Error('custom'); });
c.emit('work', 'a', 'b');
console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code, err.message); }

// An error whose stack getter throws: the printer falls back to its name and message.
const e = new Error('x');
Object.defineProperty(e, 'stack', { get() { throw new Error('boom'); } });
try { console.log(e); } catch (err) { console.log('console.log threw', err.message); }
throw e;
// expect: console.log threw boom
// expect uncaught: Error: x

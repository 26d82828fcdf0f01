// An error whose name getter throws (and no stack): the header uses the default name.
const e = new Error('x');
delete e.stack;
Object.defineProperty(e, 'name', { get() { throw new Error('boom'); } });
try { console.log(e); } catch (err) { console.log('console.log threw', err.message); }
throw e;
// expect: console.log threw boom
// expect uncaught: Error: x

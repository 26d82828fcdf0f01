// An error whose message getter throws: the header is the name alone.
const e = new Error('x');
delete e.stack;
Object.defineProperty(e, 'message', { get() { throw new Error('boom'); } });
throw e;
// expect uncaught: Error

// An unhandled rejection whose error has a throwing stack getter.
const e = new Error('rejected');
Object.defineProperty(e, 'stack', { get() { throw new Error('boom'); } });
Promise.reject(e);
// expect uncaught: Error: rejected

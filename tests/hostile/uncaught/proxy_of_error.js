// A proxy of an error is printed as the error (its stack).
const p = new Proxy(new TypeError('inside'), { get() { throw new Error('trap'); } });
throw p;
// expect uncaught: TypeError: inside

// A subclass whose name getter throws: the stack made at construction has a header
// with the default name (V8 makes the stack lazily, and reading it throws there).
class E extends Error { get name() { throw new Error('no'); } }
const e = new E('m');
console.log(e.stack.split('\n')[0]);
throw e;
// expect: Error: m
// expect uncaught: Error: m

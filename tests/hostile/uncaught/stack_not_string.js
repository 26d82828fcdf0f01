// A stack that is not a string: the header is printed (Node calls its toString,
// which throws here).
const e = new Error('x');
e.stack = { toString() { throw 1; } };
console.log(e);
throw e;
// expect: [Error: x]
// expect uncaught: Error: x

// name is an object whose toString throws: the default name, Error, is printed instead.
const e = new TypeError('bad');
delete e.stack;
e.name = { toString() { throw 1; } };
throw e;
// expect uncaught: Error: bad

// A Symbol message cannot become a string: the header is the name alone.
const e = new RangeError();
delete e.stack;
e.message = Symbol('m');
throw e;
// expect uncaught: RangeError

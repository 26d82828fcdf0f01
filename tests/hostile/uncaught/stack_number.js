// A stack that is a number is not printed as a stack.
const e = new SyntaxError('s');
e.stack = 42;
throw e;
// expect uncaught: SyntaxError: s

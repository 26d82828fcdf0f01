// A throwing Symbol.toStringTag getter is shown as a getter, not called.
const o = { get [Symbol.toStringTag]() { throw new Error('tag'); } };
throw o;
// expect uncaught: { [Symbol(Symbol.toStringTag)]: [Getter] }

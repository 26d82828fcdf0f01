// A throwing Symbol.toStringTag getter: console.log calls it (the error goes through,
// as in Node); the uncaught printer then shows it as a getter, not called.
const o = { get [Symbol.toStringTag]() { throw new Error('tag'); } };
try { console.log(o); } catch (e) { console.log('console.log threw', e.message); }
throw o;
// expect: console.log threw tag
// expect uncaught: { [Symbol(Symbol.toStringTag)]: [Getter] }

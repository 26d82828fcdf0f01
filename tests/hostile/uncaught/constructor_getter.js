// An own constructor getter that throws is shown, not called (as Node does).
const o = { get constructor() { throw new Error('ctor'); } };
console.log(o);
throw o;
// expect: { constructor: [Getter] }
// expect uncaught: { constructor: [Getter] }

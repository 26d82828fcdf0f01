// An object without a prototype.
const o = Object.create(null);
o.x = 1;
throw o;
// expect uncaught: [Object: null prototype] { x: 1 }

// Accessors are never called by the printer.
const o = {
  get a() { throw new Error('a'); },
  set b(v) { throw new Error('b'); },
  get c() { throw new Error('c'); }, set c(v) {},
};
console.log(o);
throw o;
// expect: { a: [Getter], b: [Setter], c: [Getter/Setter] }
// expect uncaught: { a: [Getter], b: [Setter], c: [Getter/Setter] }

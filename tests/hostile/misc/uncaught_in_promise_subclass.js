// An unhandled rejection with a subclassed error: the program ends with it.
class Custom extends TypeError {
  constructor(m) { super(m); this.name = 'CustomTypeError'; }
}
Promise.resolve().then(() => { console.log('in then'); throw new Custom('rejected late'); });
console.log('sync done');
// expect: sync done
// expect: in then
// expect uncaught: CustomTypeError: rejected late

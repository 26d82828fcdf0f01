// decorated derived classes (extra initializers after super()), nested decorated classes
const log = [];
function d(name) {
  return function (value, context) {
    context.addInitializer(function () { log.push("init " + name + " " + (this instanceof Base)); });
    if (context.kind === "field") return v => v + "!";
  };
}
class Base { constructor() { log.push("Base ctor " + this.constructor.name); } base() { return "base"; } }
class Derived extends Base {
  @d("field") f = "f";
  @d("method") m() { return super.base() + " via m"; }
  constructor(x) {
    log.push("before super");
    super();
    log.push("after super " + this.f);
    this.x = x;
  }
}
const dv = new Derived(3);
console.log(log.join(" | "));
console.log(dv.m(), dv.f, dv.x);
class NoCtor extends Base { @d("nf") g = 1; @d("nm") n() {} }
log.length = 0;
new NoCtor(); console.log(log.join(" | "));
function make(tag) {
  class Outer {
    @d(tag + " outer") o() {
      @d(tag + " inner") class Inner { @d(tag + " inner m") i() {} }
      return new Inner();
    }
  }
  return new Outer();
}
log.length = 0;
make("a").o(); make("b").o();
console.log(log.join(" | "));
const ordered = [];
@((v, c) => { ordered.push("outer"); }) class Holder {
  static inner = @((v, c) => { ordered.push("inner " + c.name); }) class {};
  @((v, c) => { ordered.push("member"); }) static x = class { @((v, c) => { ordered.push("deep"); }) y = 1; };
}
console.log(ordered.join(" | "), Holder.inner.name);

// `this` in static initializers of a decorated class, static/instance order
function wrap(value, context) {
  context.addInitializer(function () { console.log("class initializer", this === value, this.self === value); });
  return class extends value { static wrapped = true; };
}
@wrap class T {
  static self = this;
  static arrow = () => this;
  static fn = function () { return this; };
  static { this.blockSelf = this; }
  static method() { return this; }
}
console.log(T.wrapped, T.self === T, T.arrow() === T, T.fn() === T, T.blockSelf === T, T.method() === T);
console.log(Object.getPrototypeOf(T).self === Object.getPrototypeOf(T), T.name);

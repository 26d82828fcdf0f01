// method, getter and setter decorators: replacement functions, context, static
function logged(value, context) {
  console.log("decorating", context.kind, context.name, context.static, context.private, typeof value);
  return function (...args) {
    console.log("call", context.name, args.join(","));
    return value.apply(this, args);
  };
}
function double(value, context) {
  if (context.kind === "getter") return function () { return value.call(this) * 2; };
  if (context.kind === "setter") return function (v) { value.call(this, v * 2); };
}
class C {
  v = 1;
  @logged add(a, b) { return a + b + this.v; }
  @logged static sm(x) { return x * 10; }
  @double get g() { return this.v; }
  @double set s(x) { this.v = x; }
  @logged @double get both() { return 5; }
}
const c = new C();
console.log(c.add(2, 3), C.sm(4), c.g);
c.s = 7;
console.log(c.v, c.both, C.prototype.add.name, Object.getOwnPropertyDescriptor(C.prototype, "g").get.name);
const d = Object.getOwnPropertyDescriptor(C.prototype, "add");
console.log(d.writable, d.enumerable, d.configurable);

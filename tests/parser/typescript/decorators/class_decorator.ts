// a class decorator: its context, a replacement class, addInitializer after definition
const order = [];
function replace(value, context) {
  order.push("replace " + context.kind + " " + context.name + " " + typeof context.addInitializer);
  console.log(Object.keys(context).join(","), context.metadata);
  context.addInitializer(function () { order.push("init " + this.name + " " + (this === Replaced)); });
  const Replaced = class extends value { extra() { return "extra"; } };
  return Replaced;
}
function tag(value, context) {
  order.push("tag " + context.name);
  context.addInitializer(function () { order.push("tag init " + this.tagged); });
  value.tagged = true;
}
@replace @tag
class Point {
  static count = 0;
  static { order.push("static block " + this.name); }
  constructor(x) { this.x = x; Point.count++; }
  static make() { return new Point(1); }
}
const p = Point.make();
console.log(order.join(" | "));
console.log(p.x, p.extra(), Point.count, Point.name, p instanceof Point);
const Anon = [@tag class {}][0];
console.log(JSON.stringify(Anon.name), Anon.tagged);
const Named = @tag class Inner { who() { return Inner.name; } };
console.log(Named.name, new Named().who());
let late;
try {
  @((v, c) => { late = c; }) class L {}
  late.addInitializer(() => {});
} catch (e) { console.log(e.name, e.message); }

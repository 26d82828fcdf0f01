// auto-accessors: storage, get/set, the decorator's {get, set} and its {get, set, init}
function observe(value, context) {
  console.log("decorate", context.kind, context.name, typeof value.get, typeof value.set, Object.keys(context.access).join(","));
  return {
    get() { const v = value.get.call(this); console.log("get", context.name, v); return v; },
    set(v) { console.log("set", context.name, v); value.set.call(this, v); },
    init(v) { console.log("init", context.name, v); return v * 2; },
  };
}
function none() {}
class A {
  @observe accessor x = 1;
  @observe static accessor y = 5;
  @none accessor z = 3;
  accessor plain = 4;
  static accessor splain;
}
const a = new A();
console.log(a.x, A.y);
a.x = 10;
console.log(a.x, a.z, a.plain, A.splain);
const desc = Object.getOwnPropertyDescriptor(A.prototype, "x");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, Object.keys(a).length);
try {
  class Bad { @((v, c) => 1) accessor q = 1; }
} catch (e) { console.log(e.name, e.message); }
try {
  class Bad2 { @((v, c) => ({ get: 3 })) accessor q = 1; }
} catch (e) { console.log(e.name, e.message); }

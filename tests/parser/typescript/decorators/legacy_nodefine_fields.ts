// useDefineForClassFields false: decorated fields are assigned (a prototype accessor a
// property decorator defines sees the assignment), in field order after parameter properties
function d(target: any, key: string) {
  Object.defineProperty(target, key, { set(v) { console.log("set", key, v); this["_" + key] = v; }, get() { return this["_" + key]; }, configurable: true });
}
class B { constructor(public q: number) {} }
class A extends B { @d x = 1; y = 2; @d z; @d static s = 3; static t = 4; constructor(public w: number) { super(w); console.log("ctor", Object.keys(this).join(",")); } }
class C { @d x = 1; v = 2; @d u = 3; }
new A(7); console.log(Object.keys(new C()).join(","), A.s, A.t, Object.keys(A).join(","));
class D extends C { @d e = 5; }
console.log(new D().e);

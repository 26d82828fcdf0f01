// useDefineForClassFields false with TC39 decorators: a decorated field is assigned in
// the constructor (a superclass setter sees it), its extra initializers right after
const log: string[] = [];
function d(tag: string) {
  return function (_: undefined, context: ClassFieldDecoratorContext | ClassMethodDecoratorContext) {
    context.addInitializer(function (this: any) { log.push("extra " + tag + " " + Object.keys(this).join(",")); });
    if (context.kind === "field") return (v: number) => v * 10;
  };
}
class Base { set x(v: number) { log.push("Base setter x " + v); } }
class A extends Base {
  @d("x") x = 1;
  y = 2;
  @d("z") z = 3;
  @d("m") m() {}
  constructor(public p: number) { super(); log.push("ctor " + Object.keys(this).join(",")); }
}
new A(9);
console.log(log.join(" | "));
log.length = 0;
class B { @d("b") b = 1; c = 2; }
const b = new B();
console.log(log.join(" | "), b.b, Object.keys(b).join(","));

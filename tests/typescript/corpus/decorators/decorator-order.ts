const order: string[] = [];
function tag(label: string) {
  order.push("eval " + label);
  return (v: any, ctx: DecoratorContext) => { order.push("apply " + label + " on " + ctx.kind); return undefined; };
}
@tag("class1") @tag("class2")
class C {
  @tag("m1") @tag("m2") method() {}
  @tag("f") field = 1;
  @tag("s") static sm() {}
}
console.log(order.join("\n"));

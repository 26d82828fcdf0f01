function logged(fn: Function, ctx: ClassMethodDecoratorContext) {
  const name = String(ctx.name);
  return function (this: unknown, ...args: unknown[]) {
    console.log("call", name, args.join(","));
    return fn.apply(this, args);
  };
}
class Calc {
  @logged add(a: number, b: number) { return a + b; }
  @logged static twice(n: number) { return n * 2; }
}
console.log(new Calc().add(1, 2), Calc.twice(4));

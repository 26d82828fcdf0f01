function double(_: undefined, ctx: ClassFieldDecoratorContext) {
  console.log("field", String(ctx.name), ctx.static, ctx.private);
  return (initial: number) => initial * 2;
}
class Nums {
  @double a = 1;
  @double static s = 5;
  @double #p = 10;
  get p() { return this.#p; }
}
const n = new Nums();
console.log(n.a, Nums.s, n.p);

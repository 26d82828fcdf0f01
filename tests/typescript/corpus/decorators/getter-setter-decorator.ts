function trace(fn: any, ctx: ClassGetterDecoratorContext | ClassSetterDecoratorContext) {
  return function (this: any, ...args: any[]) {
    console.log(ctx.kind, String(ctx.name), args.length);
    return fn.apply(this, args);
  };
}
class Temp {
  #c = 0;
  @trace get celsius() { return this.#c; }
  @trace set celsius(v: number) { this.#c = v; }
}
const t = new Temp();
t.celsius = 21;
console.log(t.celsius);

function sealed<T extends new (...a: any[]) => object>(target: T, ctx: ClassDecoratorContext) {
  console.log("decorating", ctx.kind, ctx.name);
  return class extends target { sealed = true; };
}
@sealed
class Box { v = 1; }
const b = new Box() as any;
console.log(b.v, b.sealed, Box.name);

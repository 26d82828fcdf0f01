function named(cls: any, ctx: ClassDecoratorContext) {
  console.log("class name seen:", ctx.name);
}
const Anon = @named class {};
const Named = @named class Explicit {};
console.log(Anon.name, Named.name);

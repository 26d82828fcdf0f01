function expose(fn: Function, ctx: ClassMethodDecoratorContext) {
  ctx.addInitializer(function (this: any) { this.exposed = () => ctx.access.get(this).call(this); });
}
class Secret {
  value = 42;
  @expose #reveal() { return this.value; }
}
const s = new Secret() as any;
console.log(s.exposed());

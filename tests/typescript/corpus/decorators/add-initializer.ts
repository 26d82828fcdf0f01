const events: string[] = [];
function register(_: unknown, ctx: ClassMethodDecoratorContext | ClassDecoratorContext) {
  ctx.addInitializer(function (this: any) {
    events.push(`${ctx.kind}:${String(ctx.name)}:${typeof this}`);
  });
}
@register
class Service {
  @register start() {}
  @register static boot() {}
}
events.push("defined");
new Service();
console.log(events.join(" "));

function registered(cls: any, ctx: ClassDecoratorContext) {
  ctx.addInitializer(() => { cls.registered = true; });
}
@registered
export class Widget { render() { return "<widget>"; } }

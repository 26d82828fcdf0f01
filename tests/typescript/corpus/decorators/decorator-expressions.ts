const decorators = {
  log: (v: any, ctx: DecoratorContext) => { console.log("member", ctx.kind, String(ctx.name)); },
  make: () => (v: any, ctx: DecoratorContext) => { console.log("made", ctx.kind); },
};
class K {
  @decorators.log a() {}
  @decorators.make() b = 2;
  @(decorators["log"]) c() {}
  @((v: any, ctx: DecoratorContext) => console.log("inline", String(ctx.name))) static d = 3;
}
console.log(new K().b, K.d);

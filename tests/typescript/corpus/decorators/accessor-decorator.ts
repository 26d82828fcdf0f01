function clamp(max: number) {
  return function (target: ClassAccessorDecoratorTarget<any, number>, ctx: ClassAccessorDecoratorContext) {
    return {
      get(this: any) { return target.get.call(this); },
      set(this: any, v: number) { target.set.call(this, Math.min(v, max)); },
      init(v: number) { console.log("init", String(ctx.name), v); return Math.min(v, max); },
    };
  };
}
class Volume {
  @clamp(10) accessor level = 50;
}
const v = new Volume();
console.log(v.level);
v.level = 7; console.log(v.level);
v.level = 99; console.log(v.level);

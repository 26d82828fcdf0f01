function counted(target: ClassAccessorDecoratorTarget<any, number>, ctx: ClassAccessorDecoratorContext) {
  let reads = 0;
  return { get(this: any) { reads++; return target.get.call(this) + reads; } };
}
class Config {
  @counted static accessor hits = 100;
}
console.log(Config.hits, Config.hits, Config.hits);

function id(fn: any, _ctx: ClassMethodDecoratorContext) { return fn; }
class K {
  @id
  where(): string {
    return new Error().stack!.split("\n")[1].replace(/^.*?([\w.-]+\.ts:\d+:\d+)\)?$/, "$1");
  }
}
console.log(new K().where());

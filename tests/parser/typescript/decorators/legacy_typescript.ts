// legacy decorators in TypeScript syntax: parameter properties with parameter
// decorators (dependency injection's pattern), typed members, abstract classes
const registry: Map<string, unknown[]> = new Map();
function Injectable(name: string): ClassDecorator {
  return (target: Function) => { registry.set(name, (target as any).params ?? []); };
}
function Inject(token: string): ParameterDecorator {
  return (target: Object, key: string | symbol | undefined, index: number) => {
    const t = target as any;
    (t.params ??= [])[index] = token;
  };
}
function Log(target: any, key: string, desc: PropertyDescriptor): PropertyDescriptor {
  const original = desc.value as (...args: unknown[]) => unknown;
  desc.value = function (this: unknown, ...args: unknown[]) { console.log("call " + key + "(" + args.join(",") + ")"); return original.apply(this, args); };
  return desc;
}
@Injectable("service")
class Service {
  constructor(@Inject("db") private readonly db: string, @Inject("cache") public cache?: string) {}
  @Log query(sql: string): string { return this.db + ":" + sql; }
}
const s = new Service("pg", "redis");
console.log(s.query("select"), s.cache, JSON.stringify(registry.get("service")));
abstract class Shape {
  abstract area(): number;
  @Log describe(): string { return "area " + this.area(); }
}
class Square extends Shape {
  constructor(private side: number) { super(); }
  area(): number { return this.side ** 2; }
}
console.log(new Square(3).describe());

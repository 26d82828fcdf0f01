// TC39 decorators in TypeScript syntax: typed decorators, generic classes, parameter
// properties, declare/abstract members beside decorated ones
type Ctx = ClassMethodDecoratorContext | ClassFieldDecoratorContext | ClassDecoratorContext;
function named<T>(label: string) {
  return function (value: T, context: Ctx): void {
    console.log(label, context.kind, String(context.name));
  };
}
function bound<This, Args extends unknown[], R>(value: (this: This, ...args: Args) => R, context: ClassMethodDecoratorContext<This>) {
  context.addInitializer(function (this: This) { (this as any)[context.name] = value.bind(this); });
}
@named("class")
class Counter<T extends number = number> {
  declare readonly brand: string;
  @named("field") count: T = 0 as T;
  constructor(public step: number, private readonly label?: string) {}
  @bound increment(): number { this.count = (this.count + this.step) as T; return this.count; }
  @named("getter") get twice(): number { return this.count * 2; }
}
const c = new Counter(5, "x");
const inc = c.increment;
console.log(inc(), inc(), c.twice, c.step, Object.keys(c).join(","));

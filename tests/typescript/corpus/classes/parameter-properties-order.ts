const log: string[] = [];
class Base { constructor() { log.push("base"); } }
class Derived extends Base {
  field = (log.push("field " + String((this as any).p)), 1);
  constructor(public p: string) {
    super();
    log.push("ctor body " + this.field);
  }
}
new Derived("x");
console.log(log.join(" | "));
class Plain {
  a = this.b + "!";
  constructor(public b: string) {}
}
console.log(new Plain("hi").a, Object.keys(new Plain("k")));

const log: string[] = [];
class Plain {
  a = this.b + "!";
  uninit: number;
  constructor(public b: string) { log.push("body " + this.a); }
}
const p = new Plain("hi");
console.log(p.a, Object.keys(p), log);
class Base { constructor() { log.push("base"); } }
class Derived extends Base {
  f = log.push("field sees p=" + (this as any).p);
  constructor(public p: number) { super(); }
}
new Derived(1);
console.log(log.join(" | "));

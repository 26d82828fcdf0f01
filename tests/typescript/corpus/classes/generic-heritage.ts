class Container<T> { constructor(public items: T[] = []) {} }
class Strings extends Container<string> {
  join() { return this.items.join("+"); }
}
const mixin = <T extends new (...a: any[]) => object>(B: T) => class extends B { extra = 1; };
class Mixed extends mixin(Strings) {}
const m = new Mixed(["a", "b"]);
console.log(m.join(), m.extra);

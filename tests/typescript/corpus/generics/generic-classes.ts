class Stack<T> {
  private items: T[] = [];
  push(x: T): this { this.items.push(x); return this; }
  pop(): T | undefined { return this.items.pop(); }
  get size(): number { return this.items.length; }
}
class NumStack extends Stack<number> {}
const s = new NumStack().push(1).push(2);
console.log(s.pop(), s.size, new Stack<string>().size);

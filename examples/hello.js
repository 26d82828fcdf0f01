// A small program: `reflow check` parses it, `reflow parse` prints its tree.
const greet = (name = 'world') => `hello, ${name}!`;
class Counter {
  #count = 0;
  static #instances = 0;
  static { Counter.#instances = 0; }
  increment() { return ++this.#count; }
  get value() { return this.#count ?? 0; }
}
const c = new Counter();
c.increment();
console.log(greet(), c?.value, 1_000n ** 2n);

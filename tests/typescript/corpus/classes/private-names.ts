class Counter {
  #n: number = 0;
  #step!: number;
  constructor(step: number) { this.#step = step; }
  #bump(): void { this.#n += this.#step; }
  tick(): number { this.#bump(); return this.#n; }
  static isCounter(o: unknown): boolean { return typeof o === "object" && o !== null && #n in o; }
}
const c = new Counter(2);
c.tick();
console.log(c.tick(), Counter.isCounter(c), Counter.isCounter({}));

class Registry {
  static items: string[] = [];
  static #count: number = 0;
  static {
    Registry.items.push("init");
    Registry.#count++;
  }
  static get count(): number { return Registry.#count; }
}
console.log(Registry.items, Registry.count);

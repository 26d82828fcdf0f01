interface Thing {
  get size(): number;
  set size(v: number | string);
  readonly label?: string;
  method(this: Thing, x?: number): void;
}
const thing: Thing = {
  _s: 1,
  get size() { return this._s; },
  set size(v) { this._s = Number(v); },
  method() {},
} as Thing & { _s: number };
thing.size = "7";
console.log(thing.size);

const counter = {
  n: 0,
  inc(by: number = 1): number { return (this.n += by); },
  get double(): number { return this.n * 2; },
  set value(v: number) { this.n = v; },
};
counter.inc(); counter.inc(5);
console.log(counter.n, counter.double);
counter.value = 10;
console.log(counter.double);

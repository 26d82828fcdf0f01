class Range {
  lo: number; hi: number;
  constructor(hi: number);
  constructor(lo: number, hi: number);
  constructor(a: number, b?: number) {
    [this.lo, this.hi] = b === undefined ? [0, a] : [a, b];
  }
}
console.log(new Range(5), new Range(2, 4));

class Vec {
  x: number;
  y: number = 0;
  static zero: Vec;
  constructor(x: number, y?: number) {
    this.x = x;
    if (y !== undefined) this.y = y;
  }
  len(): number { return Math.hypot(this.x, this.y); }
}
Vec.zero = new Vec(0);
console.log(new Vec(3, 4).len(), Vec.zero.x, Object.keys(new Vec(1)));

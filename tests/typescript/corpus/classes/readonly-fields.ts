class Point {
  readonly x: number;
  readonly y: number = 2;
  static readonly ORIGIN = new Point(0);
  constructor(x: number) { this.x = x; }
}
const p = new Point(1);
console.log(p.x, p.y, Point.ORIGIN.x, Object.keys(p));

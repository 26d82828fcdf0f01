abstract class Shape {
  abstract area(): number;
  abstract readonly name: string;
  abstract get sides(): number;
  describe() { return `${this.name} ${this.area()} ${this.sides}`; }
}
class Square extends Shape {
  name = "square";
  constructor(private s: number) { super(); }
  area() { return this.s * this.s; }
  get sides() { return 4; }
}
console.log(new Square(3).describe(), Object.keys(new Square(1)));
console.log(typeof Shape, Object.getOwnPropertyNames(Shape.prototype));

class A { x = 1; }
class B extends A {
  declare x: number;
  static s = "static";
  y?: number;
}
console.log(Object.keys(new B()), B.s, "y" in new B());

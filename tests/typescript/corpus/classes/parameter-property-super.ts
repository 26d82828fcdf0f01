class A { constructor(public a: number) {} }
class B extends A {
  constructor(a: number, public b: number, private readonly c = a + b) {
    console.log("before super");
    super(a);
    console.log("after super", this.a, this.b, this.c);
  }
}
const b = new B(1, 2);
console.log(Object.keys(b).join(","));

type A = { a: number };
type B = { b: string };
type AB = A & B;
type Either = | A | B;
type Both = & A & B;
type Fnu = ((x: number) => void) | (new () => object);
const ab: AB = { a: 1, b: "2" };
const e: Either = { b: "x" };
console.log(ab.a + ab.b, "b" in e);

type Op = (a: number, b: number) => number;
const ops: Record<string, Op> = {
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
};
let ctor: new (x: number) => { x: number } = class { constructor(public x: number) {} };
console.log(ops.add(2, 3), ops.mul(2, 3), new ctor(7).x);

interface Animal { name: string; speak?(): string }
interface Dog extends Animal { breed: string }
interface Callable { (x: number): string; new (x: string): object; readonly [k: string]: any }
interface Dog { age: number }
const d: Dog = { name: "rex", breed: "lab", age: 3 };
console.log(d.name, d.breed, d.age, typeof (globalThis as any).Dog);

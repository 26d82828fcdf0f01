const m = new Map<string, number>([["a", 1]]);
const s = new Set<number>();
s.add(3).add(3);
class Box<T> { constructor(public v: T) {} }
const b = new Box<string>("hi");
const arr = new Array<number>(3);
console.log(m.get("a"), s.size, b.v, arr.length);

function id<T>(v: T) { return v; }
const n = 4;
const arr = [id<number>(1), id<string>("s")];
console.log(arr);
const cmp = n < 5;
console.log(cmp, id<(x: number) => number>((x) => x + 1)(2));
console.log(id < (Number as any));

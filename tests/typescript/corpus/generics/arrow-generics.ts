const wrap = <T,>(x: T): T[] => [x];
const map2 = <A, B>(xs: A[], f: (a: A) => B): B[] => xs.map(f);
const constrained = <T extends string>(s: T) => s.toUpperCase();
const asyncGen = async <T>(x: T): Promise<T> => x;
console.log(wrap(1), map2([1, 2], (n) => n * 10), constrained("hi"));
asyncGen("later").then(console.log);

interface Producer<out T> { make(): T }
interface Consumer<in T> { take(x: T): void }
interface Both<in out T> { swap(x: T): T }
const p: Producer<number> = { make: () => 3 };
const c: Consumer<number> = { take: (x) => console.log("took", x) };
const b: Both<string> = { swap: (s) => s.split("").reverse().join("") };
c.take(p.make());
console.log(b.swap("abc"));

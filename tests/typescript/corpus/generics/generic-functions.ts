function identity<T>(x: T): T { return x; }
function pairOf<A, B = A>(a: A, b: B): [A, B] { return [a, b]; }
function longest<T extends { length: number }>(a: T, b: T): T { return a.length >= b.length ? a : b; }
console.log(identity<number>(5), pairOf<string>("a", "b"), longest("ab", "c"));

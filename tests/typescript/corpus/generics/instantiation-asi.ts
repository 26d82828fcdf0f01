function make<T>() { return 7; }
const f = make<number>
const g = make<string>
console.log(f(), g === make)
let a = make<number>
;[1, 2].forEach((n) => console.log("n", n))

function id<T>(x: T) { return x }
const a = id
<number>(5)
console.log(a)
const b = 1
const c = 2
const d = b
< c
console.log(d)

const xs = [3, 4]
interface Shape { area(): number }
[1, 2].forEach((n) => console.log("item", n))
console.log(xs.length)

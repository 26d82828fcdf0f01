const f = (x: number): x is 1 => x === 1
const g = async (
  x: number
): Promise<
  number
> => x * 2
console.log(f(1), f(2))
g(4).then((v) => console.log("g", v))

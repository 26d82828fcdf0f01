const add = (
  a: number,
  b: number,
): number => a + b
const concat = (a: string,
                b: string)
  : string => a + b
const typed = <T,>(
  x: T
):
  T[] => [x]
console.log(add(1, 2), concat("a", "b"), typed(3))

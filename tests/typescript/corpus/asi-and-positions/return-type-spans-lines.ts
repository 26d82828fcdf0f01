function make(): {
  a: number,
  b: string
} {
  return { a: 1, b: "two" }
}
function tuple():
  [number, number] {
  return [1, 2]
}
console.log(make(), tuple())

function f(x: unknown) {
  return <number>
    x
}
function g(x: unknown) {
  return (
    x as string
  )
}
console.log(f(5), g("s"))

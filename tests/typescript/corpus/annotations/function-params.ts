function add(a: number, b: number): number {
  return a + b;
}
function greet(name: string, greeting: string = "hello"): string {
  return `${greeting}, ${name}`;
}
console.log(add(2, 3), greet("ts"), greet("js", "hi"));

function describe(a: string, b?: number, ...rest: boolean[]): string {
  return [a, b === undefined ? "none" : b, rest.length].join("/");
}
console.log(describe("x"));
console.log(describe("y", 2, true, false));
console.log(describe.length);

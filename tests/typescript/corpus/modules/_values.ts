console.log("side effect: _values.ts evaluated");
export const answer = 42;
export function double(n: number): number { return n * 2; }
export default class Greeter { greet(n: string) { return "hello " + n; } }
export type Shape = { kind: string };

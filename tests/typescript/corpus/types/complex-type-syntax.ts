type Fn = {
  (x: number): string;
  new (s: string): object;
  prop: typeof import("../modules/_types.ts");
  <T>(t: T): T;
  method?<U>(u: U): void;
};
type Tuple = [a: string, b?: number, ...rest: boolean[]];
type Ctor = abstract new () => object;
type Idx = string[][number];
type Lit = -1 | 0n | "s" | `t` | true | null | undefined | void | never | unknown | object | symbol | bigint;
type Acc = Array<{ a: 1 }>[0]["a"];
const t: Tuple = ["a"];
console.log(t, "complex types erase");

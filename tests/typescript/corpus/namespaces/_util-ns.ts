export namespace Util {
  export const VERSION = "1.0";
  export function twice(n: number) { return n * 2; }
  export namespace Nested { export const name = "nested"; }
}

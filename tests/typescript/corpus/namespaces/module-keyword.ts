module Legacy {
  export const v = "old-style";
}
declare module Ambient { export const x: number; }
console.log(Legacy.v, typeof (globalThis as any).Ambient);

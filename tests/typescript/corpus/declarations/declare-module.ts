declare module "virtual:config" {
  export const value: number;
  export default function f(): void;
}
declare module "*.css" { const s: string; export default s; }
declare module Foo.Bar { export let b: number; }
console.log("ambient modules vanish");
export {};

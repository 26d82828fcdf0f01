console.log("side effect: _lib.ts evaluated");
export const name = "lib";
export function upper(s: string) { return s.toUpperCase(); }
export type Kind = "a" | "b";
export default function def() { return "default export"; }

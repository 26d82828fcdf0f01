import type { T } from "./_side.ts";
const t: T = 6;
console.log("main: import type is dropped", t);

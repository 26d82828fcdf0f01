import { double } from "./_values.ts";
const n: number = double(3);
console.log("mts", n, typeof require);
export {};

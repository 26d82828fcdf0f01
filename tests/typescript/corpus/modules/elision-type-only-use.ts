import { origin, Point } from "./_types.ts";
let p: Point = { x: 3, y: 4 };
let q: typeof origin = p;
console.log("only types used", q.x);

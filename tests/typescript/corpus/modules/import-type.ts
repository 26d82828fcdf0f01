import type { Point, Id } from "./_types.ts";
const p: Point = { x: 1, y: 2 };
const id: Id = 7;
console.log("main", p.x + p.y, id);

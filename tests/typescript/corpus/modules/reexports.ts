import { answer, double, values } from "./_reexports.ts";
import type { Shape, Point } from "./_reexports.ts";
const pt: Point = { x: 1, y: 1 };
console.log(answer, double(pt.x), Object.keys(values).sort());

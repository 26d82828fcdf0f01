type P = import("../modules/_types.ts").Point;
type Q = typeof import("../modules/_types.ts");
let pt: P = { x: 1, y: 2 };
let m: Q | undefined;
console.log("import types do not load modules", pt.x + pt.y, m);

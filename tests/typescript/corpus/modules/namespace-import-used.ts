import * as V from "./_values.ts";
import * as T from "./_types.ts";
const p: T.Point = V.double(1) > 1 ? { x: 1, y: 1 } : T.origin;
console.log(V.answer, p.x, Object.keys(V).sort());

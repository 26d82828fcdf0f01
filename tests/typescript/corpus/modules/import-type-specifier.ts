import { type Shape, answer, type default as G } from "./_values.ts";
const s: Shape = { kind: "sq" };
console.log(answer, s.kind);

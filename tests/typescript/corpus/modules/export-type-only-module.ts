import type { Only, Also, Renamed } from "./_pure-types.ts";
export type { Only };
export type Local = Also | Renamed;
export interface Exported { z: boolean }
const o: Only = { a: 1 };
console.log("type-only exports leave nothing", o.a);
import("./export-type-only-module.ts").then((self) => console.log(Object.keys(self)));

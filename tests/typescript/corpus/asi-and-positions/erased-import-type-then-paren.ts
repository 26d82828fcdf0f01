const name = "x"
import type { Point } from "../modules/_types.ts"
(() => console.log("ran", name))()
export type Alias = Point
[name].forEach((n) => console.log(n))

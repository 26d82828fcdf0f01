import { answer } from "./_values.ts";
import Greeter from "./_values.ts";
import * as ns from "./_types.ts";
let g: Greeter | undefined;
let t: ns.Point | undefined;
console.log("nothing imported is used as a value", g, t);

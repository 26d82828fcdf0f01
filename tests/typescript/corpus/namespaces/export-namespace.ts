import { Util } from "./_util-ns.ts";
console.log(Util.twice(4), Util.Nested.name, Util.VERSION);

import lib = require("./_lib");
import Counter = require("./_counter");
type K = lib.Kind;
const k: K = "b";
console.log("lib imported only for types", k, Counter.next());

import Counter = require("./_counter");
import lib = require("./_lib");
console.log(Counter.next(), Counter.next(), lib.upper(lib.name));

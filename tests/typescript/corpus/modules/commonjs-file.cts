const path = require("node:path");
const base: string = path.basename("/a/b/c.txt");
console.log("cts", base, typeof module, typeof exports);

import helper = require("./_helper.cjs");
console.log(helper.greet("cts"), typeof helper);

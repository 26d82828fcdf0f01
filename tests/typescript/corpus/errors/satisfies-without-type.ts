console.log("never printed");
const x = 1;
let z = x satisfies;

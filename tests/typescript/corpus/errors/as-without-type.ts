console.log("never printed");
const v = 1;
let y = v as ;

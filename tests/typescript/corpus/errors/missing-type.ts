console.log("never printed");
let x: = 5;

console.log("never printed");
let m: Map<string, number;

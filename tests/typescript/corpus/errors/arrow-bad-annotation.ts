console.log("never printed");
const f = (a: number => a;

console.log("never printed");
type T = ;

import def, { upper, type Kind } from "./_lib";
const k: Kind = "a";
console.log(upper(k), def());

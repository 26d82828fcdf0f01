import { value } from "./_side.ts";
console.log("main: the unused import was kept");

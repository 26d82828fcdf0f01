import { type T } from "./_side.ts";
const t: T = 5;
console.log("main: import {type T} leaves import {}", t);

import { name } from "./_lib.js";
export const exported = name + "!";
console.log(exported, typeof module, typeof require, module.exports.exported);

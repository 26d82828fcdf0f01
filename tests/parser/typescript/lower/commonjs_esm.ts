// options: {"module_kind": "commonjs"}
import greet, { shout } from './_cjs_lib.cjs';
import * as lib from './_cjs_lib.cjs';
import def, { value, getThis } from './_esm_like.cjs';
import { type Unused } from './_esm_like.cjs';
import './_cjs_helper.cjs';
export const answer = 40 + value;
export let counter = 0;
export function bump() { counter++; return counter; }
export class Thing { name = 'thing'; }
export enum Level { Low = 1 }
export namespace Space { export const inner = 'in'; }
const local = 'local';
export { local, local as renamed };
export { value as reexported } from './_esm_like.cjs';
export * from './_esm_like.cjs';
export default function () { return 'default fn'; }
let u: Unused;
console.log(greet('you'), shout('x'), typeof lib, typeof lib.default, def, value, getThis());
console.log(answer, bump(), bump(), counter, exports.counter, new Thing().name, Level.Low, Space.inner);
console.log(Object.keys(module.exports).sort().join(), exports.__esModule);
setTimeout(() => console.log(exports.local, exports.renamed, exports.reexported, exports.default(), exports.getThis === getThis));

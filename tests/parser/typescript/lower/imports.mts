import { a, type B } from './_side_a.mjs';
import b from './_side_b.mjs';
import { c, d } from './_side_c.mjs';
import * as ns from './_side_a.mjs';
import path = require('node:path');
import unused = require('node:fs');
let x: typeof a = 1;
let y: B | ns.B;
console.log(x, c, path.basename('/q/r.txt'));
namespace Q { export const v = 9; }
import v = Q.v;
import w = Q.v;
console.log(v);
export { B };

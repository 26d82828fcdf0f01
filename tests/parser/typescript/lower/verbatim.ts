// options: {"verbatim_module_syntax": true}
import { a } from './_side_a.mjs';
import { type B } from './_side_b.mjs';
import type { c } from './_side_c.mjs';
let value: typeof a = 2;
let b: B;
console.log('verbatim', value);

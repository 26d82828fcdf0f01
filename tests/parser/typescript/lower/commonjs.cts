// options: {"module_kind": "commonjs"}
import util = require('node:util');
import unusedFs = require('node:fs');
type Stats = ReturnType<typeof unusedFs.statSync>;
namespace Shapes { export const sides = 4; }
import sides = Shapes.sides;
enum Mode { Read = 1, Write = 2 }
const api = { format: (n: number) => util.format('%d-%s', n, Mode[n]), sides };
export = api;
let stat: Stats | undefined;
console.log(api.format(Mode.Write), module.exports === api, typeof unusedFs, stat);
console.log(typeof require('./_cjs_helper.cjs').loaded);

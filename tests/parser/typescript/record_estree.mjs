// Records what typescript-estree makes of each case in cases_*.txt (cases separated by
// a line `----`) into expected_*.json, normalized as tests/parser/typescript/estree.py
// normalizes reflow's trees (no loc; null, false and [] fields dropped: neither side is
// asked for the difference). A dev tool: run it after adding cases, with
//   node tests/parser/typescript/record_estree.mjs /work/tstools
// (the folder whose node_modules holds @typescript-eslint/typescript-estree).
import { createRequire } from 'module';
import { readFileSync, writeFileSync, readdirSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const here = dirname(fileURLToPath(import.meta.url));
const tools = process.argv[2] || '/work/tstools';
const require = createRequire(join(tools, 'package.json'));
const { parse } = require(join(tools, 'node_modules/@typescript-eslint/typescript-estree/dist/index.js'));

function norm(v) {
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') {
    if (v instanceof RegExp) return null;
    const o = {};
    for (const k of Object.keys(v)) {
      if (k === 'loc' || k === 'parent') continue;
      const x = v[k];
      if (x === null || x === undefined || x === false || (Array.isArray(x) && x.length === 0)) continue;
      if (k === 'value' && (v.bigint !== undefined || v.regex !== undefined)) continue;
      if (k === 'decorators' || (k === 'optional' && x === false)) continue;
      o[k] = norm(x);
    }
    // reflow keeps an enum's members on the declaration (v8 moved them into TSEnumBody)
    if (o.type === 'TSEnumDeclaration') {
      if (o.body && o.body.members) o.members = o.body.members;
      delete o.body;
    }
    return o;
  }
  return v;
}

for (const name of readdirSync(here)) {
  const m = /^cases_(\w+)\.txt$/.exec(name);
  if (!m) continue;
  const cases = readFileSync(join(here, name), 'utf8').split('\n----\n').filter(c => c.trim());
  const out = {};
  for (const src of cases) {
    try {
      out[src] = norm(parse(src, { range: true, jsx: false }).body);
    } catch (e) {
      const at = e.location ? e.location.start : { line: 0, column: 0 };
      out[src] = { error: e.message, line: at.line, column: at.column };
    }
  }
  writeFileSync(join(here, `expected_${m[1]}.json`), JSON.stringify(out, null, 1) + '\n');
}

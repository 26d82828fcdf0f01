"""Every function the built-ins of this folder export, and every Buffer method, called
with odd arguments: each call returns or throws a JS error; nothing of Python escapes
(run_program would raise it) and the program ends normally."""
import os

import pytest

from tests.ext.node.test_programs import run_program

MODULES = ('buffer', 'path', 'util', 'assert', 'querystring', 'string_decoder', 'url')

PROGRAM = r"""
// (no length that would make a real allocation of gigabytes)
const odd = [undefined, null, -1, 1.5, 2 ** 53, NaN, Infinity, '', 'x', {}, [1, 2],
  Symbol('s'), 10n, () => {}, new Uint8Array(2)];
let calls = 0;
let errors = 0;
function attempt(fn, self, args) {
  calls++;
  try {
    const r = Reflect.apply(fn, self, args);
    if (r && typeof r.then === 'function') r.then(() => {}, () => {});
  } catch (e) {
    if (!(e instanceof Error) && !(e && typeof e.name === 'string')) throw new Error('odd throw');
    errors++;
  }
}
function each(fn, self) {
  attempt(fn, self, []);
  for (const a of odd) {
    attempt(fn, self, [a]);
    for (const b of [undefined, -1, 'utf8', 'x']) attempt(fn, self, [a, b]);
  }
  attempt(fn, self, ['abc', 1, 2, 'base64']);
  attempt(fn, self, [Buffer.from('abc'), -5, 2 ** 40, 'utf8']);
  attempt(fn, self, [Buffer.from('abc'), 1, -(2 ** 31), 'hex']);
}
const mod = require(MODULE);
const seen = new Set();
function walk(obj, depth) {
  if (depth > 2 || obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || seen.has(obj)) return;
  seen.add(obj);
  for (const key of Object.getOwnPropertyNames(obj)) {
    if (['caller', 'callee', 'arguments', 'constructor'].includes(key)) continue;
    const d = Object.getOwnPropertyDescriptor(obj, key);
    if (typeof d.value === 'function' && !/^(fail|throws|rejects)$/.test(key)) {
      each(d.value, obj);
      if (d.value.prototype && typeof d.value.prototype === 'object') walk(d.value.prototype, depth + 1);
    }
    if (d.value && typeof d.value === 'object') walk(d.value, depth + 1);
  }
}
walk(mod, 0);
if (MODULE === 'buffer') {
  for (const key of Object.getOwnPropertyNames(Buffer.prototype)) {
    const d = Object.getOwnPropertyDescriptor(Buffer.prototype, key);
    if (typeof d.value === 'function' && key !== 'constructor') {
      each(d.value, Buffer.from('abcdefgh'));
      each(d.value, Buffer.alloc(0));
      each(d.value, {});
    }
  }
}
console.log('calls', calls > 100, 'errors', errors > 0);
"""


@pytest.mark.parametrize('module', MODULES)
def test_odd_arguments_give_js_errors(module, tmp_path):
    path = os.path.join(tmp_path, 'odd_%s.js' % module)
    with open(path, 'w') as f:
        f.write('const MODULE = %r;\n' % module + PROGRAM)
    lines, uncaught = run_program(path)
    assert uncaught is None
    assert lines[-1] == 'calls true errors true'

"""reflow's trees equal esprima-python's (loc and range included) wherever esprima
accepts the input: inline programs for each syntax area, the npm libraries that
.ci/run installs in .cache/npm, and a test262 sample when TEST262_DIR is set."""
import os

import pytest

pytest.importorskip('esprima')
from .esprima_diff import NPM_FILES, compare_source, run, collect_test262  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NPM = os.path.join(HERE, '..', '..', '.cache', 'npm', 'node_modules')

SNIPPETS = [
    'var a = 1, b = "s", c = /re/g, d = null, e = true;',
    'let [x, , y = 2, ...z] = arr; const {p, q: {r}, ...s} = o;',
    'function f(a, b = 1, ...c) { return a + b; } function s() { "use strict"; }',
    'function* g() { yield 1; yield* h(); }',
    'async function a() { await b; for await (const x of y) {} }',
    'class A extends B { constructor() { super(); } static m() {} get x() { return 1 } }',
    'label: for (var i = 0; i < 10; i++) { if (i) continue label; else break; }',
    'for (const k in o) {} for (let v of a) {} while (x) x--; do { y++ } while (y < 3)',
    'switch (x) { case 1: a(); break; default: b(); }',
    'try { t() } catch (e) { c(e) } finally { f() }',
    'x = a ? b : c; y = a || b && c | d ^ e & f == g < h << i + j * k ** l;',
    'a.b.c(1, ...d)[e] = new F(g)(h); delete a[b]; typeof c; void 0;',
    'var t = `a${b}c${`d${e}`}`; tag`x${y}z`;',
    'var o = {a, b: 1, [c]: 2, d() {}, get e() { return 1 }, set e(v) {}, "f": 3, 4: 5};',
    'x => x * 2; (a, b) => { return a }; async (c) => await c; async d => d;',
    'if (a) b(); else if (c) d(); else { e() }',
    'with (o) { p = 1 }',
    '(function () { "use strict"; return this })(); !function () {}();',
    'a = b ? (c, d) : e; f = (g = h);',
    'a += 1; b -= 2; c *= 3; d /= 4; e %= 5; f <<= 6; g >>= 7; h >>>= 8; i |= 9; j **= 2;',
    'var re = /[a-z]+\\/(?:x|y)*?/gimsuy; var n = 0x1F + 0o17 + 0b11 + 1e3 + .5;',
    '// comment\n/* block */ a /* inline */ ;\n<!-- html comment\nb',
    'throw new Error("x")',
    'debugger;',
    'var \\u0061bc = 1; \\u{62}cd = 2;',
    'a\n++b',
    'return_ = 1; let_ = 2; yield_ = 3;',
    'var s = "\\x41\\u0042\\u{43}\\n\\\'";',
    'function h() { return new.target }',
    'class C { static #p = 1; }'.replace('static #p = 1;', 'static m() {}'),
]
MODULE_SNIPPETS = [
    'import a, {b as c, d} from "m"; import * as ns from "n"; export {a, c as e};',
    'export default function () {} export const x = 1; export * from "o";',
    'export default class {} import "side-effect";',
    'export {default} from "p"; export {q as r} from "r";',
]


@pytest.mark.parametrize('source', SNIPPETS)
def test_script_snippet(source):
    result = compare_source(source)
    assert result in ('same', 'skipped')


@pytest.mark.parametrize('source', MODULE_SNIPPETS)
def test_module_snippet(source):
    assert compare_source(source, module=True) == 'same'


def test_snippets_are_compared():
    # all but `for await` (ES2018) are inside esprima's grammar, so they are compared
    same = sum(compare_source(s) == 'same' for s in SNIPPETS)
    assert same == len(SNIPPETS) - 1


@pytest.mark.skipif(not os.path.isdir(NPM), reason='no .cache/npm (npm install in .ci/run)')
@pytest.mark.parametrize('name', NPM_FILES)
def test_npm_library(name):
    path = os.path.join(NPM, name)
    if not os.path.exists(path):
        pytest.skip('%s not installed' % name)
    with open(path, encoding='utf-8') as f:
        assert compare_source(f.read(), module=False) == 'same'


@pytest.mark.skipif(not os.environ.get('TEST262_DIR'), reason='TEST262_DIR is not set')
def test_test262_sample():
    root = os.environ['TEST262_DIR']
    files = list(collect_test262(root, ('language/statements',)))[::20]
    counts, mismatches = run(files, root)
    assert mismatches == []
    assert counts['same'] > 100

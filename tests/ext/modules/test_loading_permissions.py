"""Permissions on code loading, as Deno applies them (reflow/ext/modules/loader.py):
the static graph of the entry (its imports, and the require('literal')s of its
CommonJS files) and node_modules load without read permission; an import() or a
require() of another local file needs read access to it."""
from reflow import CoreRuntimeConfig, JavascriptRuntime, PermissionOptions
from tests.host.conftest import run


def no_read():
    return JavascriptRuntime(CoreRuntimeConfig(permissions=PermissionOptions()))


def got(rt, main):
    return rt.convert_value_to_python(run(rt.execute_module(str(main))))['got']


def test_the_static_graph_loads_without_read_permission(tmp_path):
    (tmp_path / 'lib.cjs').write_text('exports.v = require("./inner.cjs").w + 1;')
    (tmp_path / 'inner.cjs').write_text('exports.w = 1;')
    (tmp_path / 'esm.mjs').write_text('export const e = 10;')
    main = tmp_path / 'main.mjs'
    main.write_text('import { v } from "./lib.cjs"; import { e } from "./esm.mjs";'
                    'export const got = v + e;')
    with no_read() as rt:
        assert got(rt, main) == 12


def test_a_computed_require_outside_the_graph_needs_read_permission(tmp_path):
    (tmp_path / 'secret.json').write_text('{"s": 1}')
    (tmp_path / 'lib.cjs').write_text(
        'try { exports.v = require("./sec" + "ret.json").s; }'
        'catch (e) { exports.v = e.name + ": " + e.message; }')
    main = tmp_path / 'main.mjs'
    main.write_text('import { v } from "./lib.cjs"; export const got = v;')
    with no_read() as rt:
        assert got(rt, main) == ('NotCapable: Requires read access to "%s", run again '
                                 'with the --allow-read flag' % (tmp_path / 'secret.json'))
    with JavascriptRuntime(CoreRuntimeConfig(permissions=PermissionOptions(
            allow_read=[str(tmp_path)]))) as rt:
        assert got(rt, main) == 1


def test_a_dynamic_json_import_outside_the_graph_needs_read_permission(tmp_path):
    (tmp_path / 'data.json').write_text('{"d": 2}')
    main = tmp_path / 'main.mjs'
    main.write_text('export const got = await import("./da" + "ta.json", '
                    '{ with: { type: "json" } }).then((m) => m.default.d, (e) => e.name);')
    with no_read() as rt:
        assert got(rt, main) == 'TypeError'


def test_node_modules_load_without_read_permission(tmp_path):
    pkg = tmp_path / 'node_modules' / 'dep'
    pkg.mkdir(parents=True)
    (pkg / 'package.json').write_text('{"main": "main.js"}')
    (pkg / 'main.js').write_text('const k = "./mo" + "re.js"; module.exports = require(k);')
    (pkg / 'more.js').write_text('module.exports = 7;')
    main = tmp_path / 'main.mjs'
    main.write_text('import dep from "dep"; export const got = dep;')
    with no_read() as rt:
        assert got(rt, main) == 7

"""Permissions in the runtime: PermissionOptions in the config, malformed entries
refused at construction, import() of a file checked for read access as Deno checks it,
and Deno.errors.NotCapable / Deno.permissions in JS."""
import pytest

from reflow import CoreRuntimeConfig, JSError, JavascriptRuntime, PermissionOptions
from tests.host.conftest import run


def runtime(**flags):
    return JavascriptRuntime(CoreRuntimeConfig(permissions=PermissionOptions(**flags)))


def py(rt, source):
    return rt.convert_value_to_python(run(rt.execute('t.js', source)))


def test_the_default_runtime_grants_everything(rt):
    assert py(rt, 'Deno.permissions.querySync({name: "read", path: "/etc"}).state') == \
        'granted'


def test_a_malformed_entry_is_a_value_error_at_construction():
    with pytest.raises(ValueError, match='allow_net'):
        runtime(allow_net=['localhost:99999'])


def test_import_of_a_file_needs_read_access(tmp_path):
    (tmp_path / 'dep.mjs').write_text('export const v = 1;')
    main = tmp_path / 'main.mjs'
    main.write_text('export const got = await import("./d" + "ep.mjs").then('
                    '(m) => m.v, (e) => e.name + ": " + e.message);')
    with runtime(allow_read=None) as rt:
        got = rt.convert_value_to_python(run(rt.execute_module(str(main))))['got']
    assert got == ('TypeError: Requires read access to "%s", run again with the '
                   '--allow-read flag' % (tmp_path / 'dep.mjs'))
    with runtime(allow_read=[str(tmp_path)]) as rt:
        assert rt.convert_value_to_python(run(rt.execute_module(str(main))))['got'] == 1


def test_deny_wins_over_allow_for_import(tmp_path):
    secret = tmp_path / 'secret'
    secret.mkdir()
    (secret / 'x.mjs').write_text('export default 1')
    with runtime(allow_read=[], deny_read=[str(secret)]) as rt:
        result = py(rt, 'import(%r).then(() => "loaded", (e) => e.message)'
                    % str(secret / 'x.mjs'))
    assert result.startswith('Requires read access to "%s' % secret)


def test_static_imports_need_no_permission(tmp_path):
    (tmp_path / 'lib.mjs').write_text('export const v = 2;')
    (tmp_path / 'main.mjs').write_text('import { v } from "./lib.mjs"; export const w = v;')
    with runtime() as rt:
        assert rt.convert_value_to_python(
            run(rt.execute_module(str(tmp_path / 'main.mjs')))) == {'w': 2}


def test_not_capable_is_a_deno_error_in_js():
    with runtime(allow_env=['HOME']) as rt:
        assert py(rt, '[Deno.permissions.querySync({name: "env", variable: "HOME"}).state,'
                      ' Deno.permissions.querySync({name: "env", variable: "PATH"}).state,'
                      ' new Deno.errors.NotCapable("x") instanceof Error,'
                      ' Deno.errors.NotCapable.name]') == \
            ['granted', 'prompt', True, 'NotCapable']

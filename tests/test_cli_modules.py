"""`reflow run` and modules: the kind of the entry as Node picks it (with its warning
for a typeless package.json), import maps from --import-map or a deno.json beside the
entry (checked against deno 2.9: `deno run --import-map`), and a bad map refused
before anything runs."""
import json
import subprocess
import sys


def reflow(*args, cwd=None):
    done = subprocess.run([sys.executable, '-m', 'reflow', *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def write_map_tree(tmp_path):
    (tmp_path / 'lib.mjs').write_text('export default "mapped lib";')
    (tmp_path / 'lo').mkdir()
    (tmp_path / 'lo' / 'x.mjs').write_text('export const x = "lo x";')
    (tmp_path / 'main.mjs').write_text(
        'import l from "lib"; import { x } from "lo/x.mjs";'
        'console.log(l, x, import.meta.resolve("lib"));')
    return {'imports': {'lib': './lib.mjs', 'lo/': './lo/'}}


def test_an_import_map_from_the_flag(tmp_path):
    (tmp_path / 'map.json').write_text(json.dumps(write_map_tree(tmp_path)))
    assert reflow('run', '--import-map', str(tmp_path / 'map.json'),
                  str(tmp_path / 'main.mjs')) == \
        (0, 'mapped lib lo x %s\n' % (tmp_path / 'lib.mjs').as_uri(), '')


def test_an_import_map_from_deno_json_beside_the_entry(tmp_path):
    (tmp_path / 'deno.json').write_text(json.dumps(write_map_tree(tmp_path)))
    assert reflow('run', str(tmp_path / 'main.mjs')) == \
        (0, 'mapped lib lo x %s\n' % (tmp_path / 'lib.mjs').as_uri(), '')


def test_a_bare_specifier_with_no_map_is_node_s_error(tmp_path):
    write_map_tree(tmp_path)
    status, out, err = reflow('run', str(tmp_path / 'main.mjs'))
    assert status == 1
    assert err.startswith("Uncaught Error: Cannot find package 'lib' imported from %s"
                          % (tmp_path / 'main.mjs'))


def test_a_bad_import_map_is_refused_before_running(tmp_path):
    (tmp_path / 'map.json').write_text('{"imports": [')
    (tmp_path / 'main.mjs').write_text('console.log("ran")')
    status, out, err = reflow('run', '--import-map', str(tmp_path / 'map.json'),
                              str(tmp_path / 'main.mjs'))
    assert (status, out) == (2, '')
    assert err.startswith('reflow: cannot use the import map: The import map is not '
                          'valid JSON')


def test_a_typeless_js_with_module_syntax_runs_as_a_module(tmp_path):
    (tmp_path / 'main.js').write_text('import { sep } from "node:path"; console.log(sep);')
    assert reflow('run', str(tmp_path / 'main.js')) == (0, '/\n', '')
    (tmp_path / 'package.json').write_text('{"name": "app"}')
    status, out, err = reflow('run', str(tmp_path / 'main.js'))
    assert (status, out) == (0, '/\n')
    assert '[MODULE_TYPELESS_PACKAGE_JSON] Warning: Module type of %s is not specified' % (
        (tmp_path / 'main.js').as_uri()) in err
    assert 'add "type": "module" to %s.' % (tmp_path / 'package.json') in err


def test_a_js_file_under_type_module_is_a_module_and_cjs_is_not(tmp_path):
    (tmp_path / 'package.json').write_text('{"type": "module"}')
    (tmp_path / 'main.js').write_text('console.log(typeof require, import.meta.url !== "")')
    (tmp_path / 'main.cjs').write_text('console.log(typeof require)')
    assert reflow('run', str(tmp_path / 'main.js')) == (0, 'undefined true\n', '')
    assert reflow('run', str(tmp_path / 'main.cjs')) == (0, 'function\n', '')


def test_the_words_after_the_file_are_the_script_s(tmp_path):
    (tmp_path / 'main.js').write_text(
        'console.log(JSON.stringify([process.argv.slice(1), Deno.args]))')
    assert reflow('run', str(tmp_path / 'main.js'), 'a', '--module', '-x') == (
        0, json.dumps([[str(tmp_path / 'main.js'), 'a', '--module', '-x'],
                       ['a', '--module', '-x']], separators=(',', ':')) + '\n', '')

"""ES module syntax in TypeScript files that run as CommonJS (under "type":
"commonjs", or .cts): run as `tsc --module commonjs` (esModuleInterop) + Node run them.
The expected lines are what tsc 5.9 + Node 20 printed for these trees."""
import json
import subprocess
import sys


def reflow(*args, cwd=None):
    done = subprocess.run([sys.executable, '-m', 'reflow', *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def tree(tmp_path, files):
    (tmp_path / 'package.json').write_text(json.dumps({'type': 'commonjs'}))
    for name, text in files.items():
        (tmp_path / name).write_text(text)


def test_imports_exports_and_live_bindings(tmp_path):
    tree(tmp_path, {
        'counter.ts': 'export let count = 0;\n'
                      'export function bump(this: unknown) { count++; return typeof this }\n'
                      'export default class Counter { static kind = "counter" }\n'
                      'export const doubled = (n: number) => n * 2;\n',
        'main.ts': 'import Counter, { count, bump, doubled as twice } from "./counter";\n'
                   'import * as all from "./counter";\n'
                   'console.log(count, bump(), count, all.count);\n'
                   'console.log(Counter.kind, twice(21), Object.keys(all).sort().join());\n'
                   'const shadow = (count: number) => count + 1;\n'
                   'console.log(shadow(10), { count }.count, module.exports.__esModule);\n'
                   'export {};\n'})
    assert reflow('run', str(tmp_path / 'main.ts')) == (0, (
        '0 undefined 1 1\n'
        'counter 42 bump,count,default,doubled\n'
        '11 1 true\n'), '')


def test_reexports_and_a_default_function(tmp_path):
    tree(tmp_path, {
        'a.ts': 'export const a = 1; export const b = 2;\n',
        'b.ts': 'export * from "./a";\nexport { a as renamed } from "./a";\n'
                'export * as ns from "./a";\nexport default function () { return "anon" }\n',
        'main.cts': 'import def, { a, b, renamed, ns } from "./b";\n'
                    'console.log(a, b, renamed, ns.b, def(), def.name);\n'})
    assert reflow('run', str(tmp_path / 'main.cts')) == (
        0, '1 2 1 2 anon default_1\n', '')


def test_an_es_module_imports_the_converted_file_by_its_names(tmp_path):
    tree(tmp_path, {
        'lib.ts': 'export const greeting: string = "hi";\nexport function shout(s: string) '
                  '{ return s.toUpperCase() }\n',
        'main.mjs': 'import { greeting, shout } from "./lib.ts";\n'
                    'console.log(shout(greeting));\n'})
    assert reflow('run', str(tmp_path / 'main.mjs')) == (0, 'HI\n', '')


def test_top_level_await_and_import_meta_are_syntax_errors(tmp_path):
    tree(tmp_path, {'tla.ts': 'export const x = 1;\nawait Promise.resolve();\n',
                    'meta.ts': 'export const u = import.meta.url;\n'})
    status, out, err = reflow('run', str(tmp_path / 'tla.ts'))
    assert status == 1 and 'SyntaxError' in err and 'tla.ts:2:1' in err
    status, out, err = reflow('run', str(tmp_path / 'meta.ts'))
    assert status == 1 and "Cannot use 'import.meta' outside a module" in err
    assert 'meta.ts:1:18' in err

"""Running TypeScript and JSX through `reflow run`, `reflow check` and
JavascriptRuntime: the kind of each file, imports between .ts files, tsconfig.json's
options, and errors and stack frames at the .ts file's line:col. The expected outputs
are what Deno 2.9 and tsc 5 + Node print for the same files."""
import subprocess
import sys

import pytest

from reflow import CoreRuntimeConfig, JSError, JavascriptRuntime
from tests.host.conftest import run


def reflow(*args, cwd=None):
    done = subprocess.run([sys.executable, '-m', 'reflow', *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def test_the_issue_s_first_program(tmp_path):
    (tmp_path / 'app.ts').write_text(
        'interface Shape { area(): number }\n'
        'class Square implements Shape {\n'
        '  constructor(private side: number) {}\n'
        '  area(): number { return this.side ** 2 }\n'
        '}\n'
        'const shapes: Shape[] = [new Square(3)];\n'
        'console.log(shapes.map(s => s.area()));\n')
    assert reflow('run', str(tmp_path / 'app.ts')) == (0, '[ 9 ]\n', '')


def test_imports_between_ts_files_with_js_ts_or_no_extension(tmp_path):
    (tmp_path / 'a.ts').write_text('export const a: number = 1;')
    (tmp_path / 'b.ts').write_text('export const b = (x: string): string => x + "b";')
    (tmp_path / 'c.mts').write_text('export default class C { static n = 3 }')
    (tmp_path / 'main.ts').write_text(
        'import { a } from "./a.js";\nimport { b } from "./b";\n'
        'import C from "./c.mjs";\nimport type { Nothing } from "./types";\n'
        'console.log(a, b("x"), C.n);\n')
    assert reflow('run', str(tmp_path / 'main.ts')) == (0, '1 xb 3\n', '')


def test_a_cts_file_and_import_equals_require(tmp_path):
    (tmp_path / 'lib.cts').write_text('export = { twice(n: number) { return 2 * n } };')
    (tmp_path / 'main.cts').write_text(
        'import lib = require("./lib.cjs");\nimport path = require("node:path");\n'
        'console.log(lib.twice(21), path.basename(__filename));\n')
    assert reflow('run', str(tmp_path / 'main.cts')) == (0, '42 main.cts\n', '')


def test_tsconfig_paths_resolve_imports(tmp_path):
    (tmp_path / 'tsconfig.json').write_text(
        '{"compilerOptions": {"baseUrl": ".", "paths": {"@util/*": ["src/util/*"]}}}')
    (tmp_path / 'src' / 'util').mkdir(parents=True)
    (tmp_path / 'src' / 'util' / 'greet.ts').write_text(
        'export function greet(who: string) { return `hi ${who}` }')
    (tmp_path / 'main.ts').write_text(
        'import { greet } from "@util/greet";\nconsole.log(greet("ts"));\n')
    assert reflow('run', str(tmp_path / 'main.ts')) == (0, 'hi ts\n', '')


def test_a_syntax_error_names_the_ts_line_and_column(tmp_path):
    (tmp_path / 'bad.ts').write_text('let ok: number = 1;\nlet x: = 2;\n')
    status, out, err = reflow('check', str(tmp_path / 'bad.ts'))
    assert status == 1 and out == ''
    assert err.startswith('SyntaxError: ') and err.rstrip().endswith('bad.ts:2:8)')
    status, out, err = reflow('run', str(tmp_path / 'bad.ts'))
    assert status == 1 and 'bad.ts:2:8' in err
    assert 'Traceback' not in err
    (tmp_path / 'good.ts').write_text('type T = { a: number }\nexport const t: T = { a: 1 }\n')
    assert reflow('check', str(tmp_path / 'good.ts')) == (0, '', '')


def test_a_parameter_property_with_a_pattern_is_tscs_error(tmp_path):
    # found by fuzzing the pipeline: it was a Python KeyError; tsc says TS1187 at 2:15
    (tmp_path / 'pp.ts').write_text('class A {\n  constructor(public {a}: any) {}\n}\n')
    status, out, err = reflow('check', str(tmp_path / 'pp.ts'))
    assert status == 1
    assert err.strip() == ('SyntaxError: A parameter property may not be declared using a '
                           'binding pattern. (%s:2:15)' % (tmp_path / 'pp.ts'))


def test_a_stack_frame_points_into_the_ts_file(tmp_path):
    # the type annotations before the throw on the same line are erased, not moved
    (tmp_path / 'throws.ts').write_text(
        'type Id = string;\n'
        'function fail(id: Id, times: number): never { throw new Error(`no ${id}`) }\n'
        'fail("x" as Id, 1);\n')
    status, out, err = reflow('run', str(tmp_path / 'throws.ts'))
    assert status == 1
    assert 'Error: no x' in err
    assert 'throws.ts:2:53' in err and 'throws.ts:3:1' in err


def test_the_runtime_with_typescript_true(tmp_path):
    with JavascriptRuntime(CoreRuntimeConfig(typescript=True)) as rt:
        value = run(rt.execute('calc', 'enum Op { Add = 1, Mul }\n'
                               'const pick = (o: Op): number => o * 10;\n'
                               'pick(Op.Mul) + (Op[1] === "Add" ? 1 : 0)'))
        assert rt.convert_value_to_python(value) == 21
        with pytest.raises(JSError) as caught:
            run(rt.execute('broken', 'let a: number =;'))
        assert caught.value.name == 'SyntaxError'
        assert 'broken:1:16' in caught.value.message


def test_without_typescript_a_ts_source_string_is_javascript():
    with JavascriptRuntime() as rt:
        with pytest.raises(JSError) as caught:
            run(rt.execute('calc', 'let x: number = 1'))
        assert caught.value.name == 'SyntaxError'


def test_a_ts_module_file_through_the_runtime(tmp_path):
    (tmp_path / 'mod.ts').write_text('export const n: number = 6 * 7;')
    with JavascriptRuntime() as rt:
        namespace = run(rt.execute_module(str(tmp_path / 'mod.ts')))
        assert rt.convert_value_to_python(namespace)['n'] == 42

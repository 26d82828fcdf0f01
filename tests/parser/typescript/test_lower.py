"""typescript_lower: the programs of tests/parser/typescript/lower/ parsed as TypeScript,
lowered and run must print what tsc (target ES2022) + Node print for them
(lower_expected.json, recorded by record_lower.mjs), in both builds; the lowered tree
keeps every surviving identifier's range on its name, gives every node a range, and
has no TypeScript node or field left."""
import glob
import json
import os
import subprocess
import sys

import pytest

from reflow.parser import JSSyntaxError, TSOptions
from reflow.parser.parser import parse_typescript_tree
from reflow.parser.typescript_lower import TS_FIELDS, lower_typescript
from tests.parser.typescript.lower_runner import HERE, run_case

CASES = sorted(os.path.basename(f) for f in glob.glob(os.path.join(HERE, 'lower', '*'))
               if not os.path.basename(f).startswith('_'))
with open(os.path.join(HERE, 'lower_expected.json'), encoding='utf-8') as _f:
    EXPECTED = json.load(_f)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))


def case(name):
    with open(os.path.join(HERE, 'lower', name), encoding='utf-8') as f:
        source = f.read()
    first = source.split('\n', 1)[0]
    spec = json.loads(first[len('// options: '):]) if first.startswith('// options: ') \
        else {}
    return source, spec


def printed(lines, uncaught):
    return lines + (['UNCAUGHT ' + uncaught] if uncaught else [])


def test_every_program_is_recorded():
    assert sorted(EXPECTED) == CASES


@pytest.mark.parametrize('name', CASES)
def test_prints_what_tsc_and_node_print(name):
    source, spec = case(name)
    assert printed(*run_case(name, source, spec)) == EXPECTED[name]


def test_pure_build_prints_the_same():
    """The other build (pure Python; the compiled one runs in-process when built)."""
    requests = []
    for name in CASES:
        source, spec = case(name)
        requests.append({'name': name, 'source': source, 'options': spec})
    env = dict(os.environ, REFLOW_PURE='1', PYTHONPATH=ROOT)
    done = subprocess.run([sys.executable, '-m', 'tests.parser.typescript.lower_runner'],
                          input=json.dumps(requests), capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout)
    for name in CASES:
        assert printed(*results[name]) == EXPECTED[name], name


def lower_case(name):
    source, spec = case(name)
    tree = parse_typescript_tree(source, 'module', name, name.endswith('x'))
    originals = {id(n): n for n in nodes(tree) if n['type'] == 'Identifier'}
    program = lower_typescript(tree, TSOptions(**spec), source, name)
    return source, program, originals


def nodes(tree):
    stack = [tree]
    while stack:
        n = stack.pop()
        if type(n) is dict:
            if 'type' in n:
                yield n
            stack.extend(v for k, v in n.items() if k != 'range')
        elif type(n) is list:
            stack.extend(n)


@pytest.mark.parametrize('name', CASES)
def test_identifiers_keep_their_source_text(name):
    source, program, originals = lower_case(name)
    checked = 0
    for n in nodes(program):
        if n['type'] == 'Identifier' and id(n) in originals:
            start, end = n['range']
            assert source[start:end] == n['name'], (n, source[start:end])
            checked += 1
    assert checked > 3


@pytest.mark.parametrize('name', CASES)
def test_no_typescript_survives(name):
    source, program, _ = lower_case(name)
    for n in nodes(program):
        assert not n['type'].startswith('TS'), n['type']
        assert 'range' in n, n
        start, end = n['range']
        assert 0 <= start <= end <= len(source), n
        leftover = set(TS_FIELDS.intersection(n))
        if n['type'] in ('MemberExpression', 'CallExpression'):
            leftover.discard('optional')
        assert not leftover, (n['type'], leftover)
        assert n.get('decorators', True), n   # an empty decorators list is dropped


def lowered(source, filename='x.ts', **options):
    tree = parse_typescript_tree(source, 'module', filename, filename.endswith('x'))
    return lower_typescript(tree, TSOptions(**options), source, filename)


def statement_types(program):
    return [s['type'] for s in program['body']]


def import_sources(program):
    return [s['source']['value'] for s in program['body']
            if s['type'] == 'ImportDeclaration']


def test_import_elision_keeps_value_uses_and_side_effect_imports():
    program = lowered("import {A} from 'a'; import {b, type C} from 'b'; import 'c';"
                      "import {type D} from 'd'; import type E from 'e';"
                      "import {F, G} from 'f'; let x: A = b; new G(); import {} from 'g';")
    assert import_sources(program) == ['b', 'c', 'f']
    f = [s for s in program['body'] if s['type'] == 'ImportDeclaration'][2]
    assert [s['local']['name'] for s in f['specifiers']] == ['G']


def test_verbatim_module_syntax_keeps_unused_imports():
    program = lowered("import {A} from 'a'; import {type D} from 'd'; "
                      "import type E from 'e'; let x: A;", verbatim_module_syntax=True)
    assert import_sources(program) == ['a', 'd']


def test_type_only_exports_are_elided():
    program = lowered("interface I {} type T = 1; class C {} namespace N { export type X = 1 }"
                      "import {type Y} from 'y'; export {I, C}; export {T}; export {N};"
                      "export {Y}; export default I;")
    exports = [s for s in program['body'] if s['type'].startswith('Export')]
    assert len(exports) == 1
    assert [s['local']['name'] for s in exports[0]['specifiers']] == ['C']


def test_jsx_keeps_the_classic_factory_import():
    source = "import React from 'react'; import {Button} from './b'; " \
        "import {Icon} from './i'; export const v = <Button><span/></Button>;"
    if not _jsx_parses():
        pytest.skip('the JSX parser is not on this branch')
    assert import_sources(lowered(source, 'x.tsx')) == ['react', './b']
    assert import_sources(lowered(source, 'x.tsx', jsx='react-jsx')) == ['./b']
    pragma = "/** @jsx h */ import {h} from 'preact'; import React from 'react'; " \
        "export const v = <b/>;"
    assert import_sources(lowered(pragma, 'x.tsx')) == ['preact']
    fragment = "import {h, F} from 'p'; export const v = <>x</>;"
    program = lowered(fragment, 'x.tsx', jsx_factory='h', jsx_fragment_factory='F')
    assert [s['local']['name'] for s in program['body'][0]['specifiers']] == ['h', 'F']


def _jsx_parses():
    try:
        parse_typescript_tree('<a/>', 'module', 'x.tsx', True)
    except (JSSyntaxError, NotImplementedError):
        return False
    return True


def test_export_assignment_in_an_es_module_is_a_syntax_error():
    with pytest.raises(JSSyntaxError) as info:
        lowered('const a = 1;\n  export = a;')
    assert (info.value.line, info.value.column) == (2, 3)
    program = lowered('const a = 1;\nexport = a;', module_kind='commonjs')
    assignment = program['body'][-1]['expression']
    assert assignment['left']['object']['name'] == 'module'


def test_synthetic_nodes_have_the_range_of_their_construct():
    source = 'let a = 1;\nenum E { A }\n'
    program = lowered(source)
    declaration, call = program['body'][1:]
    start = source.index('enum')
    assert declaration['range'] == call['range'] == [start, len(source) - 1]


def test_const_enum_uses_are_inlined():
    program = lowered('const enum K { A = 2, B = A * 3 } console.log(K.B, K["A"]);')
    [log] = program['body']
    assert [a['value'] for a in log['expression']['arguments']] == [6.0, 2.0]

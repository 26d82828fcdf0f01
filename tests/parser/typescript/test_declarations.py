"""TypeScript's statement-level declarations (TSDeclarations): trees as
typescript-estree makes them (expected_declarations.json), contextual keywords that
stay identifiers, scope rules that TS declarations must not trip, and errors."""
import pytest

from reflow.parser import JSSyntaxError, parse_typescript_tree
from reflow.parser.typescript import TypeScriptParser

from .estree import first_difference, load_cases, ours

CASES = load_cases('declarations')


@pytest.mark.parametrize('source,expected', CASES, ids=[c[:60] for c, _ in CASES])
def test_same_tree_as_typescript_estree(source, expected):
    assert expected is not None, 'not recorded: run record_estree.mjs'
    got = ours(source)
    if isinstance(expected, dict) and 'error' in expected:
        assert isinstance(got, dict) and 'error' in got, \
            'typescript-estree rejects it: %s' % expected['error']
    else:
        assert not isinstance(got, dict), got
        assert first_difference(got, expected) is None, first_difference(got, expected)


def body(source, source_type='module'):
    return parse_typescript_tree(source, source_type)['body']


def types(source, source_type='module'):
    return [s['type'] for s in body(source, source_type)]


def test_contextual_words_stay_identifiers_in_scripts():
    src = 'var declare, type, namespace, module, abstract, global, interface;\n' \
          'type; interface; namespace; abstract; declare; module; global;'
    assert types(src, 'script') == ['VariableDeclaration'] + ['ExpressionStatement'] * 7


@pytest.mark.parametrize('source,expected', [
    ('namespace\nfoo', ['ExpressionStatement', 'ExpressionStatement']),
    ('abstract\nclass A {}', ['ExpressionStatement', 'ClassDeclaration']),
    ('declare\nconst x = 1;', ['ExpressionStatement', 'VariableDeclaration']),
    ('type\nT = 1;', ['ExpressionStatement', 'ExpressionStatement']),
    ('module.exports = x;', ['ExpressionStatement']),
    ('module\n"x"', ['ExpressionStatement', 'ExpressionStatement']),
    ('type = 1; namespace = 2', ['ExpressionStatement', 'ExpressionStatement']),
    ('interface\nI\n{}', ['ExpressionStatement', 'ExpressionStatement', 'BlockStatement']),
])
def test_line_breaks_end_contextual_declarations(source, expected):
    assert types(source, 'script') == expected


def test_enum_is_always_a_declaration():
    assert types('enum E {}', 'script') == ['TSEnumDeclaration']
    with pytest.raises(JSSyntaxError):
        body('var enum = 1;', 'script')


def test_enum_members_with_computed_string_keys():
    members = body("enum E { ['a'] = 1, 'b', c = a + 1 }")[0]['members']
    assert [(m['id']['type'], m['computed']) for m in members] == [
        ('Literal', True), ('Literal', False), ('Identifier', False)]
    assert members[2]['initializer']['type'] == 'BinaryExpression'


@pytest.mark.parametrize('source', [
    'interface A {} class A {}',
    'class A {} interface A {}',
    'namespace N {} function N() {}',
    'function N() {} namespace N {}',
    'enum E { A } enum E { B = 2 }',
    'type T = 1; const T = 2;',
    'const T = 2; type T = 1;',
    'interface I {} interface I {}',
    'namespace N {} namespace N {}',
    'declare function f(): void; function f() {}',
    'function f(a: string): void; function f(a) {} ',
    'export function f(): void; export function f(a) {}',
    'export interface I {} export const I = 1;',
    'export { I }; interface I {}',
    'export { E }; enum E {}',
    'export { N }; namespace N {}',
    'export { type Q };',
    'declare module "a" { export default 1; } declare module "b" { export default 2; }',
    'namespace N { var x; } let x;',
    'namespace N { export const x = 1; } namespace M { export const x = 2; }',
])
def test_ts_declarations_do_not_trip_js_scope_errors(source):
    body(source)


@pytest.mark.parametrize('source', [
    'let a; let a;',
    'type T = 1; let U; let U;',
    'export { Missing };',
    'interface I {} export { J };',
    'namespace N { let x; let x; }',
    'import x = require("m"); let x;',
])
def test_js_scope_errors_remain(source):
    with pytest.raises(JSSyntaxError):
        body(source)


def test_import_equals_and_export_assignment_work_in_scripts():
    assert types('import fs = require("fs"); export = fs;', 'script') == [
        'TSImportEqualsDeclaration', 'TSExportAssignment']
    with pytest.raises(JSSyntaxError):
        body('export const x = 1;', 'script')


def test_declare_sets_ts_ambient_for_the_declaration():
    seen = []

    class Probe(TypeScriptParser):
        def parse_class(self, *args, **kwargs):
            seen.append(('class', self.ts_ambient))
            return TypeScriptParser.parse_class(self, *args, **kwargs)

    Probe('declare class A {} class B {} declare namespace N { class C {} }',
          'module').parse_program()
    assert seen == [('class', True), ('class', False), ('class', True)]


def test_declare_and_abstract_mark_the_class():
    decl, abstract, both = body('declare class A {} abstract class B {} '
                                'declare abstract class C {}')
    assert (decl.get('declare'), decl.get('abstract')) == (True, None)
    assert (abstract.get('declare'), abstract.get('abstract')) == (None, True)
    assert (both['declare'], both['abstract']) == (True, True)
    assert both['range'] == [39, 66]
    assert list(both)[-1] == 'range'


def test_overloads_are_declare_functions_without_bindings():
    nodes = body('function f(a: string): void\nfunction f(a: number): void;\n'
                 'function f(a) { return a }')
    assert [n['type'] for n in nodes] == ['TSDeclareFunction', 'TSDeclareFunction',
                                          'FunctionDeclaration']
    assert nodes[0]['range'] == [0, 27]     # ASI ends the first signature


def test_triple_slash_directives_are_comments():
    src = '/// <reference path="a.d.ts" />\n/// <reference types="node" />\nlet x = 1;'
    assert types(src) == ['VariableDeclaration']


@pytest.mark.parametrize('source,line,column', [
    ('interface {}', 1, 11),
    ('enum E { 1 = 2 }', 1, 10),
    ('enum E { [x] = 2 }', 1, 11),
    ('enum {}', 1, 6),
    ('enum E { a b }', 1, 12),
    ('type X = ;', 1, 10),
    ('type X<T> 1;', 1, 11),
    ('declare x;', 1, 9),
    ('namespace N.\n{}', 2, 1),
    ('module "m" {', 1, 13),
    ('import type * from "m";', 1, 15),
    ('import x = ;', 1, 12),
    ('import {type as as as as} from "m";', 1, 23),
    ('export as N;', 1, 11),
    ('interface I extends {}', 1, 21),
    ('namespace N { export default 1; }', 1, 22),
    ('namespace N { export { x }; }', 1, 22),
])
def test_bad_declarations_are_syntax_errors_at_the_spot(source, line, column):
    with pytest.raises(JSSyntaxError) as info:
        parse_typescript_tree(source, 'module', filename='d.ts')
    assert (info.value.filename, info.value.line, info.value.column) == ('d.ts', line, column)

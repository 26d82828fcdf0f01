"""TypeScript in function heads and declarations (reflow/parser/typescript_functions.py
and the statements of typescript.py) against typescript-estree."""
import pytest

from tests.parser.typescript.tree_match import check_case, load_fixture, syntax_error

CASES = [
    'let x: number = 1;',
    'let x: T, y: U;',
    'let x!: T;',
    'var x: T;',
    'const {a, b}: T = o;',
    'let [a, b]: T = o;',
    'function f(a: T, b?: U): R {}',
    'function f(a?: T, ...r: U[]): void {}',
    'function f({a}: T, [b]: U = []) {}',
    'function f<T>(this: Window, x: T): T { return x; }',
    'function f(this: Window) {}',
    'function f<T extends object = {}>(x: T) {}',
    'function f(x: unknown): x is string { return true; }',
    'function* g<T>(): Generator<T> {}',
    'async function f(): Promise<void> {}',
    'const f = function <T>(x: T): T { return x; };',
    'const f = function named(a: T) {};',
    'function f(a: string): void;\nfunction f(a: number): void;\nfunction f(a: any) {}',
    'function f(): void\nfunction f() {}',
    'export function f(a: T): void;\nexport function f(a) {}',
    'export default function f(a: T): void;',
    'try {} catch (e: unknown) {}',
    'try {} catch (e: any) { e; } finally {}',
    'try {} catch ({message}: any) {}',
    'for (let i: number = 0; i < 1; i++) {}',
    'let f = (a: T) => { return a; };',
    'function f(a = 1, b: T = 2) {}',
]

FIXTURE = load_fixture('functions')


@pytest.mark.parametrize('source', CASES)
def test_function_tree(source):
    check_case(FIXTURE, source)


def test_overloads_declare_the_name_once():
    # a signature and an implementation in a module are one binding, not two
    check_case(FIXTURE, 'function f(a: string): void;\nfunction f(a: number): void;\n'
               'function f(a: any) {}')
    e = syntax_error('function f() {}\nfunction f() {}')
    assert (e.line, e.column) == (2, 10)


@pytest.mark.parametrize('source,line,column', [
    ('function f(...r: T[], a) {}', 1, 21),
    ('function f(...r = []) {}', 1, 17),
    ('const x: number;', 1, 16),
    ('let x!: T = 1;', 1, 5),
    ('let {a}!: T = o;', 1, 8),
    ('function f(a: ) {}', 1, 15),
])
def test_function_errors(source, line, column):
    e = syntax_error(source)
    assert (e.line, e.column) == (line, column), e

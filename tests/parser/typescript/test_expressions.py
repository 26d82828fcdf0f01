"""TypeScript's expression syntax (reflow/parser/typescript.py) against
typescript-estree: `as`, `satisfies`, `!`, type assertions, generics at calls and
`new`, instantiation expressions, arrow functions and the places where the JS
grammar's reinterpretation of a parenthesized expression needs TypeScript's rules."""
import pytest

from tests.parser.typescript.tree_match import check_case, load_fixture, syntax_error

CASES = [
    'x as T;',
    'x as const;',
    'const a = [1, 2] as const;',
    'x satisfies T;',
    'a + b as T;',
    'a == b as T;',
    'a < b as T;',
    'x as any as T;',
    'x as T satisfies U;',
    'f(x as T, y);',
    'x!;',
    'x!.y;',
    'x!!;',
    'a!.b!();',
    'a![0]!.c;',
    'a?.b!.c;',
    'a?.b!;',
    'x!\n++y;',
    'let v = x! + 1;',
    '<T>x;',
    '<T>x.y;',
    'let v: T = <T>y;',
    '(<any>x).y = 1;',
    'f<T>(x);',
    'f<T, U>(x, y);',
    'a.b<T>(x).c;',
    'f?.<T>();',
    'a?.b<T>();',
    'new C<T>();',
    'new C<T>;',
    'new a.C<T>(1);',
    'tag<T>`x`;',
    'const g = f<string>;',
    'const h = a.b<T>;',
    'a < b > c;',
    'a < b;',
    'if (a < b || c > d) {}',
    'x! = 1;',
    '(x as any) = 1;',
    '(x satisfies any) = 1;',
    'x!++;',
    '[a!, b] = c;',
    '({a: b!} = c);',
    'for (const x of y as T[]) {}',
    'const f = (a: T): R => a;',
    'const f = (a?: T, ...r: U[]) => a;',
    'const f = ({a}: T) => a;',
    'const f = ([a, b]: T = []) => a;',
    'const f = (a): R => a;',
    'const f = (): void => {};',
    'const f = (a, b) => a;',
    'const f = (a = 1, b?) => a;',
    'const f = async (a: T): Promise<R> => a;',
    'const f = async (a) => a;',
    'const g = async(a, b);',
    'const f = <T>(x: T) => x;',
    'const f = <T extends U>(x: T): T => x;',
    'const f = async <T>(x: T) => x;',
    'a ? (b) : c => d;',
    'a ? (b) : (c) : d => e;',
    'a ? (b): c => d : e;',
    'a ? (b, c) : d;',
    'const f = (x): y => z;',
    'const f = (a:\n  T) => a;',
    'const f = (a): Promise<\n  void\n> => a;',
    '(a)\n(b);',
    '(a) + (b);',
    '(function () {})();',
    '({}).toString();',
    '({a} = b);',
    '[a] = [b];',
    'let x = y as unknown as T\nlet z = 1',
    'let x = a\n<T>(y);',
    'x = y!\n;(z)',
    'const o = { m<T>(x: T): T { return x; }, get g(): number { return 1; }, set s(v: T) {} };',
    'const o = { async *m<T>(): AsyncGenerator<T> {} };',
    'f(<T>(x: T) => x);',
]

TSX_CASES = [
    'const f = <T,>(x: T) => x;',
    'const f = <T extends U>(x: T) => x;',
]

FIXTURE = load_fixture('expressions')


@pytest.mark.parametrize('source', CASES)
def test_expression_tree(source):
    check_case(FIXTURE, source)


@pytest.mark.parametrize('source', TSX_CASES)
def test_tsx_expression_tree(source):
    check_case(FIXTURE, source, jsx=True)


@pytest.mark.parametrize('source,line,column', [
    ('x as', 1, 5),
    ('let a = b\nas T;', 2, 4),
    ('x as T = 1;', 1, 8),
    ('(x + 1 as any) = 2;', 1, 2),
    ('let f = (a: T)\n=> {};', 2, 1),
    ('(a: T);', 1, 7),
    ('let v = x as T\n?.y;', 2, 1),
])
def test_expression_errors(source, line, column):
    e = syntax_error(source)
    assert (e.line, e.column) == (line, column), e

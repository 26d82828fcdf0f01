"""TypeScript's class syntax (reflow/parser/typescript_classes.py) and decorators
against typescript-estree."""
import pytest

from tests.parser.typescript.tree_match import check_case, load_fixture, syntax_error

CASES = [
    'class A<T> extends B<T> implements C, D<T> {}',
    'class A extends B {}',
    'class A extends a.B<T> implements x.C {}',
    'abstract class A { abstract m(): void; abstract x: number; }',
    'export abstract class A {}',
    'export default abstract class {}',
    'class A { private x: number; protected y?: T; public z!: U; }',
    'class A { readonly x = 1; static readonly y: T = 2; }',
    'class A { declare x: T; static declare y: U; }',
    'class A { override m() {} public override x = 1; }',
    'class A { private static async *m<T>(x: T): AsyncGenerator<T> {} }',
    'class A { m?(): void; n?: () => void; }',
    'class A { [k: string]: any; static [k: number]: T; readonly [k: string]: U }',
    'class A { accessor x = 1; static accessor y: T; private accessor z }',
    'abstract class A { abstract accessor x: T; }',
    'class A { m(): void; m(a: T): void; m(a?) {} }',
    'class A { constructor(); constructor(a: T); constructor(a?) {} }',
    'class A { constructor(private readonly x: T, public y = 1, protected z?: U) {} }',
    'class A { constructor(readonly x, override y: T) {} }',
    'class A { get x(): number { return 1; } set x(v: number) {} }',
    'class A { public: number; private; readonly() {} static declare; declare = 1 }',
    'class A { static; abstract\n x; async\n m() {} }',
    'class A { static static() {} static async() {} get get() {} set set(v) {} }',
    'class A { accessor; accessor() {} accessor = 1 }',
    'class A { #p: T = 1; static #q?: U; }',
    'class A { static { this.x = 1; } }',
    'class A { "s": T; 1: U; [k]: V = 1; }',
    'const C = class<T> implements I {};',
    '@dec class A {}',
    '@a.b @c() @(d) class A {}',
    '@dec export class A {}',
    'export @dec class A {}',
    'export default @dec class {}',
    '@dec abstract class A {}',
    'class A { @dec m() {} @dec static x = 1; @a() @b accessor y; }',
    'class A { constructor(@Inject() x: T, @dec private y) {} m(@p a) {} }',
    'class A { @dec() [k] = 1; @dec get x() { return 1; } }',
    'const C = @dec class {};',
]

FIXTURE = load_fixture('classes')


@pytest.mark.parametrize('source', CASES)
def test_class_tree(source):
    check_case(FIXTURE, source)


@pytest.mark.parametrize('source,line,column', [
    ('class A { private private x }', 1, 19),
    ('class A { static static x }', 1, 18),
    ('class A { constructor(...r: T) {} constructor() {} }', 1, 35),
    ('class A { constructor(private ...r) {} }', 1, 23),
    ('@dec let x = 1;', 1, 1),
    ('class A { readonly m() {} }', 1, 11),
])
def test_class_errors(source, line, column):
    e = syntax_error(source)
    assert (e.line, e.column) == (line, column), e

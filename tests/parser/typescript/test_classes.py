"""TypeScript's class syntax (reflow/parser/typescript_classes.py) and decorators
against typescript-estree."""
import pytest

from tests.parser.typescript.tree_match import check_case, load_fixture, syntax_error

CASES = [
    'class A<T> extends B<T> implements C, D<T> {}',
    'class A extends B {}',
    'class A extends B<T>() {}',
    'class A extends mixin(B)<T> {}',
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
    '@Component({selector: "x"})\nexport class A {\n  @Input() name: string;\n  @Output() change = new EventEmitter<string>();\n  constructor(@Inject(TOKEN) private readonly svc: Service) {}\n  @HostListener("click", ["$event"])\n  onClick(e: Event): void {}\n}',
    'class A { @dec\n  m() {} }',
    'class A { @(foo.bar) x; }',
    'class A<in out T> {}',
    'abstract class Shape { abstract get area(): number; protected abstract set x(v: number); }',
    'class A { declare readonly x: number; static #y = 1; static override readonly z?: T }',
    'class A { "quoted"?: string; 42!: number; [Symbol.iterator](): Iterator<T> { return null!; } }',
    'class C implements I<T>, J {}',
    'export default class<T> extends Base<T> {}',
    'class Foo { private constructor() {} static create(): Foo { return new Foo(); } }',
    'class A { static: number; abstract: string; override: T; accessor: U; declare: V; readonly: W }',
    'class A { public static readonly override x = 1 }',
    'class A { async; get; set; static async; }',
    'class A { get\n  x() {} }',
    'class A { static\n  x() {} }',
    'class A { public\n  x = 1 }',
    'class A { m(): void\n  n() {} }',
    'class A { x = 1\n  ;[k]: number }',
    'class A { declare m: () => void }',
    'declare class A { m(): void; x: number; constructor(x: number); }',
    'export declare class B { static m(): void }',
    'class A { constructor(public readonly x?: number) {} }',
    'class A { static async<T>() {} }',
    'class A { m<T,>() {} }',
    'class A { @a.b.c() static x; }',
    'class A { m(@a x: T, @b() {y}: U) {} }',
    '@x() @y.z\nclass A {}',
    'class A { m?: () => void = 1 }',
    'class A { get<T>() {} set<T>(v) {} async<T>() {} static<T>() {} }',
    'if (x) { @dec class A {} }',
    'function f() { @dec class A {} }',
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
    ('class A { public private x }', 1, 18),
    ('class A { x!: number = 1 }', 1, 11),
    ('class A { private [k: string]: any }', 1, 11),
    ('class A { @dec }', 1, 16),
    ('if (x) @dec class A {}', 1, 8),
    ('@dec\nfoo()', 1, 1),
])
def test_class_errors(source, line, column):
    e = syntax_error(source)
    assert (e.line, e.column) == (line, column), e

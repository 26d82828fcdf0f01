"""TypeScript's type grammar (TSTypes): the trees of typescript-estree for every type
form (recorded in expected_types.json), the `<`/`>` rules, speculative type arguments
in expressions, snapshots, and the errors bad types get."""
import pytest

from reflow.parser import JSSyntaxError, parse_typescript_tree
from reflow.parser.scope import SCOPE_TOP
from reflow.parser.typescript import TypeScriptParser

from .estree import first_difference, load_cases, ours

CASES = load_cases('types')


@pytest.mark.parametrize('source,expected', CASES, ids=[c[:60] for c, _ in CASES])
def test_same_tree_as_typescript_estree(source, expected):
    assert expected is not None, 'not recorded: run record_estree.mjs'
    got = ours(source)
    if 'error' in expected:
        assert 'error' in got, 'typescript-estree rejects it: %s' % expected['error']
    else:
        assert 'error' not in got, got
        assert first_difference(got, expected) is None, first_difference(got, expected)


def alias_type(source):
    """The type of `type X = <source>;`."""
    return parse_typescript_tree('type X = %s;' % source, 'module')['body'][0]['typeAnnotation']


def test_closing_angle_brackets_split_from_longer_tokens():
    t = alias_type('A<B<C<D>>>')
    assert t['range'] == [9, 19]
    inner = t['typeArguments']['params'][0]
    assert inner['typeArguments']['range'] == [12, 18]
    assert inner['typeArguments']['params'][0]['typeArguments']['range'] == [14, 17]


def test_opening_shift_token_split():
    t = alias_type('A<<T>(x: T) => T>')
    fn = t['typeArguments']['params'][0]
    assert fn['type'] == 'TSFunctionType'
    assert fn['typeParameters']['range'] == [11, 14]


def test_type_arguments_need_the_same_line():
    src = 'interface I { a: A\n<T>(): void }'
    members = parse_typescript_tree(src, 'module')['body'][0]['body']['body']
    assert members[0]['typeAnnotation']['typeAnnotation'].get('typeArguments') is None
    assert members[1]['type'] == 'TSCallSignatureDeclaration'


def test_conditional_extends_needs_the_same_line():
    with pytest.raises(JSSyntaxError):
        parse_typescript_tree('type X = A\nextends B ? 1 : 2;', 'module')


def test_infer_constraint_gives_way_to_conditional():
    # in a conditional's extends clause `extends string` is the constraint ...
    t = alias_type('T extends infer U extends string ? U : never')
    assert t['extendsType']['typeParameter']['constraint']['type'] == 'TSStringKeyword'
    # ... elsewhere `infer U extends string ? 1 : 2` is a conditional type
    t = alias_type('[infer U extends string ? 1 : 2]')['elementTypes'][0]
    assert t['type'] == 'TSConditionalType'
    assert t['checkType']['typeParameter']['constraint'] is None


def test_predicate_is_needs_the_same_line():
    src = 'interface I { m(): x\nis: number }'
    members = parse_typescript_tree(src, 'module')['body'][0]['body']['body']
    assert members[0]['returnType']['typeAnnotation']['type'] == 'TSTypeReference'
    assert members[1]['key']['name'] == 'is'


def parser_at(source, skip):
    """A parser on ``source`` whose current token is the ``skip``-th (0-based)."""
    p = TypeScriptParser(source, 'module')
    p.enter_scope(SCOPE_TOP)
    p.next()
    for _ in range(skip):
        p.next()
    return p


@pytest.mark.parametrize('source,kept,after', [
    ('f<T>(x)', True, '('),
    ('f<T>', True, 'eof'),
    ('f<T>`x`', True, 'template'),
    ('f<A<B>>(x)', True, '('),
    ('f<T>\nx', True, 'name'),
    ('f<T> in x', True, 'name'),
    ('f<T>;', True, ';'),
    ('f<T> === g', True, '==='),
    ('f<<T>(a: T) => T>(x)', True, '('),
    ('a < b > c', False, '<'),
    ('a < b >= c', False, '<'),
    ('a < b >> c', False, '<'),
    ('f<T>> x', False, '<'),
    ('f<A<B>>= x', False, '<'),
    ('f<T> + 1', False, '<'),
    ('f<T> - 1', False, '<'),
    ('a < b > (c)', True, '('),
    ('a < (b) > c', False, '<'),
    ('a < b', False, '<'),
    ('a << b', False, '<<'),
    ('a <= b', False, '<='),
    ('a < b > !c', False, '<'),
    ('a < b > this', False, '<'),
])
def test_type_arguments_in_expression(source, kept, after):
    p = parser_at(source, 1)
    start = p.start
    args = p.ts_try_parse_type_arguments_in_expression()
    assert (args is not None) == kept
    assert p.type == after
    if not kept:
        assert p.start == start   # nothing consumed
    else:
        assert args['type'] == 'TSTypeParameterInstantiation'
        assert args['range'][0] == start


def test_snapshot_restores_every_position():
    p = parser_at('let a = b < c > d; e', 3)
    state = p.ts_snapshot()
    before = (p.pos, p.type, p.value, p.start, p.end, p.last_end, p.nl_before,
              len(p.scope_stack))
    p.enter_scope(0)
    p.next()
    p.next()
    p.ts_restore(state)
    assert (p.pos, p.type, p.value, p.start, p.end, p.last_end, p.nl_before,
            len(p.scope_stack)) == before
    assert p.ts_try(p.ts_parse_type_arguments) is None   # `< c > d`: needs a type
    assert p.ts_try(lambda: p.parse_identifier()['name']) == 'b'


def test_snapshot_keeps_template_state():
    p = parser_at('type X = `a${B}c`', 3)
    assert p.type == 'template'
    state = p.ts_snapshot()
    p.ts_parse_type()
    p.ts_restore(state)
    assert (p.type, p.tail, p.cooked) == ('template', False, 'a')


@pytest.mark.parametrize('source,line,column', [
    ('type X = ;', 1, 10),
    ('type X = A<>;', 1, 11),
    ('type X<> = 1;', 1, 7),
    ('type X = [a: ];', 1, 14),
    ('type X = { [K in T]: 1', 1, 23),
    ('type X = (a: string;', 1, 20),
    ('type X = {\n  a: 1 b: 2 };', 2, 8),
    ('type X = keyof;', 1, 15),
    ('type X = `a${}`;', 1, 14),
    ('type X = { -[K in T]: 1 };', 1, 12),
    ('type X = typeof ;', 1, 17),
    ('type X = A extends B ? C;', 1, 25),
    ('type X = infer;', 1, 15),
])
def test_bad_types_are_syntax_errors_at_the_spot(source, line, column):
    with pytest.raises(JSSyntaxError) as info:
        parse_typescript_tree(source, 'module', filename='t.ts')
    assert (info.value.filename, info.value.line, info.value.column) == ('t.ts', line, column)


def test_deeply_nested_types_end_in_the_nesting_error():
    from reflow.parser.errors import JSNestingError
    with pytest.raises(JSNestingError):
        alias_type('(' * 3000 + 'A' + ')' * 3000)
    with pytest.raises(JSNestingError):
        alias_type('A<' * 3000 + 'B' + '>' * 3000)

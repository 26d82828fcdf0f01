"""The scanner's tokens: type, value, position and the line-terminator flag ASI reads,
for white space, comments (HTML-like ones too), names and every punctuator. Runs in
the build that is loaded (tests/parser runs in both)."""
import pytest

from reflow.parser import JSSyntaxError, parse
from reflow.parser.scanner import Scanner


def tokens(source, module=False):
    s = Scanner(source, module=module)
    out = []
    while True:
        s.next()
        if s.type == 'eof':
            return out
        out.append((s.type, s.value, s.start, s.end, s.nl_before))


PUNCTUATORS = ['{', '}', '(', ')', '[', ']', ';', ',', '~', ':', '?', '?.', '??', '??=',
               '.', '...', '<', '<=', '<<', '<<=', '>', '>=', '>>', '>>=', '>>>', '>>>=',
               '=', '==', '===', '=>', '!', '!=', '!==', '+', '++', '+=', '-', '--', '-=',
               '*', '*=', '**', '**=', '%', '%=', '&', '&&', '&&=', '&=', '|', '||', '||=',
               '|=', '^', '^=', '@']


@pytest.mark.parametrize('p', PUNCTUATORS)
def test_each_punctuator_is_one_token(p):
    assert tokens('a ' + p + ' b') == [('name', 'a', 0, 1, False), (p, p, 2, 2 + len(p), False),
                                       ('name', 'b', 3 + len(p), 4 + len(p), False)]


def test_longest_punctuator_first():
    assert [t[0] for t in tokens('a>>>=b>>>c>>=d>=e')] == \
        ['name', '>>>=', 'name', '>>>', 'name', '>>=', 'name', '>=', 'name']
    assert [t[0] for t in tokens('x=>y===z==w')] == \
        ['name', '=>', 'name', '===', 'name', '==', 'name']
    assert [t[0] for t in tokens('a....5')] == ['name', '...', 'num']


def test_optional_chain_is_not_read_before_a_digit():
    # `a?.5:b` is a conditional whose consequent is .5
    assert [t[:2] for t in tokens('a?.5:b')] == \
        [('name', 'a'), ('?', '?'), ('num', 0.5), (':', ':'), ('name', 'b')]
    assert [t[0] for t in tokens('a?.b')] == ['name', '?.', 'name']
    assert parse('a?.5:b')['body'][0]['expression']['type'] == 'ConditionalExpression'


def test_names_and_their_positions():
    assert tokens('  $a_1 _ \t\tfoo9') == [('name', '$a_1', 2, 6, False),
                                          ('name', '_', 7, 8, False),
                                          ('name', 'foo9', 11, 15, False)]


def test_names_with_escapes_and_non_ascii():
    assert tokens('ab\\u0063 d\xe9f \u03c0') == [('name', 'abc', 0, 8, False),
                                                  ('name', 'd\xe9f', 9, 12, False),
                                                  ('name', '\u03c0', 13, 14, False)]


@pytest.mark.parametrize('nl', ['\n', '\r', '\r\n', '\u2028', '\u2029'])
def test_line_terminators_set_nl_before(nl):
    toks = tokens('a' + nl + 'b c')
    assert toks[1] == ('name', 'b', 1 + len(nl), 2 + len(nl), True)
    assert toks[2][4] is False


@pytest.mark.parametrize('ws', ['\t', '\x0b', '\x0c', ' ', '\xa0', '\ufeff', '\u1680', '\u2000',
                                '\u200a', '\u202f', '\u205f', '\u3000'])
def test_white_space_is_skipped_without_a_line_break(ws):
    assert tokens('a' + ws * 3 + 'b') == [('name', 'a', 0, 1, False), ('name', 'b', 4, 5, False)]


def test_comments():
    assert tokens('a /* x */ b') == [('name', 'a', 0, 1, False), ('name', 'b', 10, 11, False)]
    # a block comment with a line terminator inside counts as one
    for nl in ('\n', '\r', '\u2028', '\u2029'):
        assert tokens('a /*' + nl + '*/ b')[1][4] is True
    assert tokens('a /** x ** / y **/b')[1] == ('name', 'b', 18, 19, False)
    assert tokens('a // x\nb') == [('name', 'a', 0, 1, False), ('name', 'b', 7, 8, True)]
    for nl in ('\r', '\u2028', '\u2029'):
        assert tokens('a // x' + nl + 'b')[1] == ('name', 'b', 7, 8, True)
    assert tokens('a // x') == [('name', 'a', 0, 1, False)]
    assert tokens('a /**/ /* */ // c\n /* d */ b')[1] == ('name', 'b', 27, 28, True)


def test_division_and_less_than_are_not_comments():
    assert [t[0] for t in tokens('a / b < c - d')] == \
        ['name', '/', 'name', '<', 'name', '-', 'name']


def test_unterminated_comment_points_at_its_start():
    with pytest.raises(JSSyntaxError) as info:
        parse('a;\n  /* never closed')
    assert info.value.message == 'Unterminated comment'
    assert (info.value.line, info.value.column) == (2, 3)


def test_html_like_comments_in_scripts():
    # B.1.1: <!-- anywhere, --> at the start of a line or of the source
    assert tokens('a <!-- b\nc') == [('name', 'a', 0, 1, False), ('name', 'c', 9, 10, True)]
    assert tokens('--> x\ny') == [('name', 'y', 6, 7, True)]
    assert tokens('/* c */ --> x\ny') == [('name', 'y', 14, 15, True)]
    assert tokens('a\n  --> x\nb') == [('name', 'a', 0, 1, False), ('name', 'b', 10, 11, True)]
    # not after a token on the same line: a decrement and a greater-than
    assert [t[0] for t in tokens('a --> b')] == ['name', '--', '>', 'name']


def test_html_like_comments_are_not_comments_in_modules():
    assert [t[0] for t in tokens('a <!-- b', module=True)] == ['name', '<', '!', '--', 'name']
    assert [t[0] for t in tokens('--> b', module=True)] == ['--', '>', 'name']


def test_hashbang_is_skipped():
    assert tokens('#!/usr/bin/env node\nx') == [('name', 'x', 20, 21, True)]


def test_asi_reads_the_line_break_before_a_token():
    body = parse('a\n++b')['body']
    assert [s['expression']['type'] for s in body] == ['Identifier', 'UpdateExpression']
    body = parse('x = 1 /* \n */ y = 2')['body']
    assert len(body) == 2
    with pytest.raises(JSSyntaxError):
        parse('x = 1 /* */ y = 2')


def test_string_values():
    assert tokens('"abc" \'d"e\' "f\\ng" \'\' "\\x41\\u{42}\\\n"') == [
        ('string', 'abc', 0, 5, False), ('string', 'd"e', 6, 11, False),
        ('string', 'f\ng', 12, 18, False), ('string', '', 19, 21, False),
        ('string', 'AB', 22, 36, False)]
    # U+2028/9 may stand in a string literal (ES2019)
    assert tokens('"a\u2028b"') == [('string', 'a\u2028b', 0, 5, False)]


@pytest.mark.parametrize('source', ['"abc', '"a\nb"', "'a\rb'", '"a\\', '"\\x4"'])
def test_bad_strings_are_errors(source):
    with pytest.raises(JSSyntaxError):
        parse(source)


def test_numbers_and_what_may_follow_them():
    assert tokens('1;0x1F)3.5e2]') == [('num', 1.0, 0, 1, False), (';', ';', 1, 2, False),
                                      ('num', 31.0, 2, 6, False), (')', ')', 6, 7, False),
                                      ('num', 350.0, 7, 12, False), (']', ']', 12, 13, False)]
    for source in ('3in x', '1a', '1$', '1_', '0x1g', '1\xe9', '08n'):
        with pytest.raises(JSSyntaxError):
            parse(source)

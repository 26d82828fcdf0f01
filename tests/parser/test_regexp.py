"""22.2.1 pattern grammar and early errors (reflow/parser/regexp.py)."""
import pytest

from reflow.parser import JSSyntaxError, parse
from reflow.parser.errors import RegExpSyntaxError
from reflow.parser.regexp import parse_regexp, validate_regexp

VALID = [
    ('a|b|', ''), ('(?:x)(y)\\1', ''), ('[a-z\\d_-]', ''), ('\\u{1F600}', 'u'),
    ('\\p{Script=Greek}\\P{L}', 'u'), ('\\p{RGI_Emoji}', 'v'), ('[\\p{L}--[a-z]]', 'v'),
    ('[[a-z]&&[aeiou]]', 'v'), ('[\\q{abc|d}]', 'v'), ('(?<year>\\d{4})-\\k<year>', ''),
    ('(?<a>x)|(?<a>y)', ''), ('(?i:a)(?-m:b)(?s-i:c)', ''), ('(?<=a)(?<!b)', 'u'),
    # Annex B.1.2
    ('{', ''), ('a{', ''), (']', ''), ('\\c', ''), ('[\\c_]', ''), ('\\8', ''),
    ('\\1', ''), ('(?=a)*', ''), ('\\k', ''), ('[\\d-z]', ''), ('\\x4', ''), ('\\u12', ''),
    ('a{2,1', ''), ('\\p{Foo}', ''),
]

INVALID = [
    ('(', '', 'Unterminated group'), (')', '', "Unmatched ')'"), ('*', '', 'Nothing to repeat'),
    ('a{2,1}', '', 'numbers out of order'), ('[b-a]', '', 'Range out of order'),
    ('{1}', '', 'Nothing to repeat'), ('\\1', 'u', 'Invalid escape'), ('{', 'u', ''),
    ('\\p{Foo}', 'u', 'Invalid property name'), ('\\P{RGI_Emoji}', 'v', ''),
    ('[^\\q{ab}]', 'v', 'strings'), ('[a&&&b]', 'v', ''), ('[(]', 'v', ''),
    ('(?<a>x)(?<a>y)', '', 'Duplicate capture group name'), ('\\k<b>(?<a>.)', '',
                                                             'Invalid named capture'),
    ('(?<1a>x)', '', 'Invalid capture group name'), ('(?ii:a)', '', 'modifiers'),
    ('(?-:a)', '', 'modifiers'), ('(?<=a)*', '', 'Nothing to repeat'), ('\\c0', 'u', ''),
    ('[\\d-z]', 'u', 'Invalid character class'), ('\\', '', 'end of pattern'),
    ('a', 'gg', 'flags'), ('a', 'uv', 'flags'), ('a', 'x', 'flags'),
]


@pytest.mark.parametrize('pattern,flags', VALID)
def test_valid(pattern, flags):
    validate_regexp(pattern, flags)


@pytest.mark.parametrize('pattern,flags,message', INVALID)
def test_invalid(pattern, flags, message):
    with pytest.raises(RegExpSyntaxError) as exc:
        validate_regexp(pattern, flags)
    assert message in exc.value.message


def test_tree_and_groups():
    p = parse_regexp('(a)(?<n>b)+?', '')
    assert p.groups == 2 and 'n' in p.names
    alt = p.tree[1][0]
    assert alt[1][0] == ('group', 1, None, ('disj', [('alt', [('char', 97)])]), None)
    assert alt[1][1][0] == 'quant' and alt[1][1][2:] == (1, None, False)


def test_annex_b_octal_backreference():
    # \2 with a single group is the octal escape U+0002 in Annex B
    p = parse_regexp('(a)\\2', '')
    assert p.tree[1][0][1][1] == ('char', 2)


def test_literal_error_position():
    with pytest.raises(JSSyntaxError) as exc:
        parse('var x;\nvar r = /a(/;', 'script', 'f.js')
    e = exc.value
    assert (e.line, e.column) == (2, 11)   # where the pattern went wrong
    assert 'Invalid regular expression: /a(/: Unterminated group' in e.message

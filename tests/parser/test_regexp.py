"""22.2.1 pattern grammar, its early errors and Annex B.1.2 (reflow/parser/regexp.py,
regexp_classes.py, regexp_unicode.py)."""
import pytest

from reflow.parser import JSSyntaxError, parse
from reflow.parser.errors import RegExpSyntaxError
from reflow.parser.regexp import parse_regexp, validate_regexp

# (pattern, flags) accepted, by grammar area
VALID = [
    # disjunctions, groups, assertions
    ('', ''), ('a|b|', ''), ('|', 'u'), ('(?:x)(y)\\1', ''), ('^a$', 'u'), ('\\bx\\B', 'u'),
    ('(?=a)(?!b)', 'u'), ('(?<=a)(?<!b)', 'u'), ('(?<=a)(?<!b)', ''), ('a(?=b)c', 'v'),
    # quantifiers
    ('a*b+c?d{2}e{2,}f{2,3}', 'u'), ('a*?b+?c??d{2}?', ''), ('a{0,0}', 'u'),
    ('a{9007199254740993}', 'u'), ('a{1,1}', ''),
    # escapes
    ('\\f\\n\\r\\t\\v\\0\\cA\\cz\\x41\\u0041', 'u'), ('\\u{1F600}\\u{0}', 'u'),
    ('\\uD83D\\uDE00', 'u'), ('\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/', 'u'),
    ('\\d\\D\\s\\S\\w\\W', 'v'), ('\ud83d', 'u'), ('\ude00\ud83d', 'u'),
    # character classes
    ('[]', ''), ('[^]', 'u'), ('[a-z\\d_-]', ''), ('[-a]', 'u'), ('[a-]', 'u'),
    ('[\\b-\\n]', 'u'), ('[\\-]', 'u'), ('[\\d]', 'u'), ('[\\u{10000}-\\u{10FFFF}]', 'u'),
    ('[\ud83d\ude00-\ud83d\ude02]', 'u'), ('[--a]', ''), ('[\\0]', 'u'),
    # property escapes: binary, General_Category, Script / Script_Extensions
    ('\\p{L}\\P{Lu}\\p{Letter}\\p{gc=Lu}\\p{General_Category=Uppercase_Letter}', 'u'),
    ('\\p{punct}\\p{digit}\\p{cntrl}\\p{Combining_Mark}\\p{LC}', 'u'),
    ('\\p{ASCII}\\p{Any}\\p{Assigned}\\p{Alpha}\\p{space}\\p{CWKCF}\\P{XIDS}', 'u'),
    ('\\p{Script=Greek}\\p{sc=Grek}\\p{scx=Latn}\\p{Script_Extensions=Latin}', 'u'),
    ('\\p{sc=Qaac}\\p{sc=Qaai}\\p{sc=Zinh}\\p{scx=Zzzz}\\p{sc=Hrkt}', 'u'),
    ('\\p{sc=Beria_Erfe}\\p{sc=Sidt}\\p{sc=Tai_Yo}\\p{sc=Tols}\\p{sc=Garay}', 'u'),
    ('\\p{sc=SignWriting}\\p{sc=Nko}\\p{sc=Phags_Pa}', 'u'),
    ('[\\p{L}\\P{N}]', 'u'), ('\\p{L}', 'v'),
    # properties of strings (v flag only)
    ('\\p{RGI_Emoji}\\p{Basic_Emoji}\\p{Emoji_Keycap_Sequence}', 'v'),
    ('\\p{RGI_Emoji_Flag_Sequence}\\p{RGI_Emoji_Modifier_Sequence}', 'v'),
    ('\\p{RGI_Emoji_Tag_Sequence}\\p{RGI_Emoji_ZWJ_Sequence}', 'v'),
    ('[\\p{RGI_Emoji}--\\q{x}]', 'v'), ('[^[\\p{RGI_Emoji}&&\\p{L}]]', 'v'),
    ('[\\p{RGI_Emoji}]', 'v'),
    # v-flag class sets
    ('[\\p{L}--[a-z]]', 'v'), ('[[a-z]&&[aeiou]]', 'v'), ('[a&&b&&c]', 'v'),
    ('[a--b--c]', 'v'), ('[[a-z]--\\d]', 'v'), ('[\\q{abc|d}]', 'v'), ('[\\q{}]', 'v'),
    ('[\\q{a|}]', 'v'), ('[^\\q{a|b}]', 'v'), ('[[[a]]]', 'v'), ('[^[^a]]', 'v'),
    ('[\\&\\-\\!\\#\\%\\,\\:\\;\\<\\=\\>\\@\\`\\~]', 'v'), ('[&a]', 'v'), ('[a&]', 'v'),
    ('[\\b]', 'v'), ('[\\(\\)\\[\\]\\{\\}\\/\\|]', 'v'), ('[^^a]', 'v'),
    ('[a^]', 'v'), ('[\\q{\\}}]', 'v'),
    # named groups and backreferences
    ('(?<year>\\d{4})-\\k<year>', ''), ('\\k<a>(?<a>x)', 'u'), ('(?<$>)(?<_a1>)', 'u'),
    ('(?<\\u0061>.)\\k<a>', ''), ('(?<\\u{61}b>.)\\k<ab>', ''), ('(?<\ud835\udc53>.)', ''),
    ('(?<\\ud835\\udc53>.)', 'u'), ('(?<a\u200c\u200d>.)', 'u'), ('(?<π>.)', 'u'),
    # duplicate named groups in different alternatives (ES2025)
    ('(?<a>x)|(?<a>y)', ''), ('(?:(?<a>x)|(?<a>y))\\k<a>', 'u'),
    ('((?<a>x)|(?<a>y))|(?<a>z)', ''), ('(?:(?<a>x)|y)|(?<a>z)', 'v'),
    # modifiers
    ('(?i:a)(?-m:b)(?s-i:c)(?ims:d)(?-ims:e)(?i-ms:f)', ''), ('(?m:(?-m:a))', 'u'),
    # Annex B.1.2 (neither u nor v)
    ('{', ''), ('a{', ''), ('a{1', ''), ('a{,5}', ''), ('}', ''), (']', ''), ('x{1}}', ''),
    ('\\c', ''), ('\\c0', ''), ('[\\c_]', ''), ('[\\c1]', ''), ('[\\c]', ''), ('\\8', ''),
    ('\\1', ''), ('\\10', ''), ('(a)\\2', ''), ('(?<a>.)\\2', ''), ('\\00', ''),
    ('\\07', ''), ('\\377', ''), ('(?=a)*', ''), ('(?!a){2}', ''), ('(?<=a){', ''),
    ('\\k', ''), ('\\k<a', ''), ('[\\k]', ''), ('[(?<a>]\\k', ''), ('(?<=>)\\k<a>', ''),
    ('[\\d-z]', ''), ('[z-\\w]', ''), ('\\x4', ''), ('\\u12', ''), ('\\u{4}', ''),
    ('a{2,1', ''), ('\\p{Foo}', ''), ('\\P', ''), ('\\q', ''), ('\\a\\e\\y', ''),
    ('\\-', ''), ('[\\1]', ''), ('(?<a>\\a)', ''),
]

# (pattern, flags, part of the message)
INVALID = [
    # structure
    ('(', '', 'Unterminated group'), ('(?:a', 'u', 'Unterminated group'),
    (')', '', "Unmatched ')'"), ('a)', 'u', "Unmatched ')'"), ('(?', '', 'Invalid group'),
    ('(?a)', '', 'Invalid group'), ('(?i)', '', 'Invalid group'),
    ('\\', '', 'end of pattern'), ('[', '', 'Unterminated character class'),
    ('[a', 'v', 'Unterminated character class'),
    # quantifiers
    ('*', '', 'Nothing to repeat'), ('a**', '', 'Nothing to repeat'),
    ('a|*', 'u', 'Nothing to repeat'), ('{1}', '', 'Nothing to repeat'),
    ('x{1}{1,}', '', 'Nothing to repeat'), ('a{2,1}', '', 'numbers out of order'),
    ('a{2,1}', 'u', 'numbers out of order'), ('^*', '', 'Nothing to repeat'),
    ('$+', 'u', 'Nothing to repeat'), ('\\b*', '', 'Nothing to repeat'),
    ('(?<=a)*', '', 'Nothing to repeat'), ('(?<!a){1}', '', 'Nothing to repeat'),
    ('(?=a)*', 'u', 'Nothing to repeat'), ('(?!a)?', 'v', 'Nothing to repeat'),
    ('a{', 'u', 'Incomplete quantifier'), ('a{1', 'u', 'Incomplete quantifier'),
    ('{', 'u', 'Lone quantifier brackets'), ('}', 'u', 'Lone quantifier brackets'),
    (']', 'v', 'Lone quantifier brackets'),
    # escapes under u / v
    ('\\1', 'u', 'Invalid escape'), ('(a)\\2', 'u', 'Invalid escape'),
    ('\\00', 'u', 'Invalid decimal escape'), ('\\8', 'u', 'Invalid escape'),
    ('\\c', 'u', 'Invalid unicode escape'), ('\\c0', 'u', 'Invalid unicode escape'),
    ('\\x4', 'u', 'Invalid escape'), ('\\u12', 'u', 'Invalid Unicode escape'),
    ('\\u{110000}', 'u', 'Invalid Unicode escape'), ('\\u{}', 'u', 'Invalid Unicode escape'),
    ('\\a', 'u', 'Invalid escape'), ('\\-', 'u', 'Invalid escape'),
    ('\\-', 'v', 'Invalid escape'), ('\\q{a}', 'v', 'Invalid escape'),
    ('\\k', 'u', 'Invalid named reference'), ('[\\k]', 'u', 'Invalid escape'),
    ('[\\1]', 'u', 'Invalid class escape'), ('[\\c_]', 'u', 'Invalid unicode escape'),
    ('[\\B]', 'u', 'Invalid escape'),
    # class ranges
    ('[b-a]', '', 'Range out of order'), ('[\\u{10FFFF}-\\u{10000}]', 'u', 'out of order'),
    ('[\ud83d\ude00-\ud83d\ude02]', '', 'Range out of order'),   # code units without u
    ('[\\d-z]', 'u', 'Invalid character class'), ('[a-\\p{L}]', 'u', 'Invalid character'),
    ('[z-a]', 'v', 'Range out of order'),
    # property escapes
    ('\\p{Foo}', 'u', 'Invalid property name'), ('\\p{}', 'u', 'Invalid property name'),
    ('\\p', 'u', 'Invalid property name'), ('\\p{L', 'u', 'Invalid property name'),
    ('\\pL', 'u', 'Invalid property name'), ('\\p{=L}', 'u', 'Invalid property name'),
    ('\\p{gc=}', 'u', 'Invalid property name'), ('\\p{General_Category}', 'u', 'property'),
    ('\\p{Script}', 'u', 'property'), ('\\p{sc=Foo}', 'u', 'property'),
    ('\\p{Script=Latin }', 'u', 'property'), ('\\p{ASCII=Y}', 'u', 'property'),
    ('\\p{ascii}', 'u', 'property'), ('\\p{InAdlam}', 'u', 'property'),
    ('\\p{Block=Adlam}', 'u', 'property'), ('\\p{Line_Break=AL}', 'u', 'property'),
    ('\\p{Hyphen}', 'u', 'property'), ('\\p{Other_Math}', 'u', 'property'),
    ('\\p{Greek}', 'u', 'property'), ('\\p{Latn}', 'u', 'property'),
    ('\\p{gc=Greek}', 'u', 'property'), ('\\p{sc=Lu}', 'u', 'property'),
    ('\\p{sc=Chisoi}', 'u', 'property'), ('\\p{RGI_Emoji}', 'u', 'property'),
    ('\\P{RGI_Emoji}', 'v', 'property'), ('[^\\p{RGI_Emoji}]', 'v', 'strings'),
    ('[^[\\p{Basic_Emoji}]]', 'v', 'strings'), ('[\\P{Basic_Emoji}]', 'v', 'property'),
    ('\\p{RGI_Emoji=Yes}', 'v', 'property'),
    # v-flag class sets
    ('[^\\p{RGI_Emoji}--\\p{RGI_Emoji}]', 'v', 'strings'), ('[^\\q{ab}]', 'v', 'strings'), ('[^\\q{}]', 'v', 'strings'),
    ('[^\\q{a|bc}--a]', 'v', 'strings'), ('[a&&&b]', 'v', ''), ('[&&a]', 'v', ''),
    ('[a&&]', 'v', ''), ('[a--]', 'v', ''), ('[a&&b--c]', 'v', 'set operation'),
    ('[ab&&c]', 'v', 'set operation'), ('[ab--c]', 'v', 'set operation'),
    ('[a-z&&b]', 'v', 'set operation'), ('[a-z--b]', 'v', 'set operation'),
    ('[a--b-c]', 'v', 'set operation'), ('[a-]', 'v', 'Invalid character'),
    ('[(]', 'v', 'Invalid character'), ('[)]', 'v', ''), ('[{]', 'v', ''), ('[}]', 'v', ''),
    ('[/]', 'v', ''), ('[|]', 'v', ''), ('[-a]', 'v', ''), ('[!!]', 'v', ''),
    ('[a##]', 'v', ''), ('[$$]', 'v', ''), ('[%%]', 'v', ''), ('[**]', 'v', ''),
    ('[++]', 'v', ''), ('[,,]', 'v', ''), ('[..]', 'v', ''), ('[::]', 'v', ''),
    ('[;;]', 'v', ''), ('[<<]', 'v', ''), ('[==]', 'v', ''), ('[>>]', 'v', ''),
    ('[??]', 'v', ''), ('[@@]', 'v', ''), ('[^^^]', 'v', ''), ('[``]', 'v', ''),
    ('[~~]', 'v', ''), ('[\\q]', 'v', 'Invalid escape'), ('[\\q{a]', 'v', ''),
    ('[\\q{(}]', 'v', 'Invalid character'), ('[\\d-a]', 'v', ''), ('[\\a]', 'v', ''),
    # named groups
    ('(?<a>x)(?<a>y)', '', 'Duplicate capture group name'),
    ('(?<a>x)|y(?<a>z)(?<a>w)', '', 'Duplicate capture group name'),
    ('(?:(?<a>x)|y)(?<a>z)', 'u', 'Duplicate capture group name'),
    ('((?<a>x)|y)((?<a>z)|w)', '', 'Duplicate capture group name'),
    ('(?<a>(?<a>x))', 'v', 'Duplicate capture group name'),
    ('\\k<b>(?<a>.)', '', 'Invalid named capture referenced'),
    ('(?<a>.)\\k<b>', 'u', 'Invalid named capture referenced'),
    ('\\k<a>', 'u', 'Invalid named capture referenced'),
    ('(?<a>.)\\k', '', 'Invalid named reference'), ('(?<a>.)\\k<a', '', 'capture group name'),
    ('(?<a>.)[\\k]', '', 'Invalid named reference'),
    ('(?<1a>x)', '', 'Invalid capture group name'), ('(?<>x)', '', 'capture group name'),
    ('(?<a', '', 'Invalid capture group name'), ('(?<a-b>x)', 'u', 'capture group name'),
    ('(?<\\u0031>x)', '', 'capture group name'), ('(?<\\x61>x)', '', 'capture group name'),
    ('(?<\\ud835>x)', 'u', 'capture group name'), ('(?<a\\u{110000}>x)', '', 'Unicode'),
    ('(?<\u200c>x)', '', 'capture group name'),
    # modifiers
    ('(?ii:a)', '', 'modifiers'), ('(?i-i:a)', '', 'modifiers'), ('(?-ii:a)', 'u', 'modifiers'),
    ('(?-:a)', '', 'modifiers'), ('(?im-sm:a)', '', 'modifiers'), ('(?I:a)', '', 'group'),
    ('(?g:a)', '', 'group'), ('(?u:a)', '', 'group'), ('(?i--m:a)', '', 'group'), ('(?i', '', 'group'),
    # flags
    ('a', 'gg', 'flags'), ('a', 'uv', 'flags'), ('a', 'x', 'flags'), ('a', 'G', 'flags'),
    ('a', 'dgimsuyy', 'flags'),
]


@pytest.mark.parametrize('pattern,flags', VALID)
def test_valid(pattern, flags):
    validate_regexp(pattern, flags)


@pytest.mark.parametrize('pattern,flags,message', INVALID)
def test_invalid(pattern, flags, message):
    with pytest.raises(RegExpSyntaxError) as exc:
        validate_regexp(pattern, flags)
    assert message in exc.value.message
    assert exc.value.message.startswith('Invalid regular expression')


def test_valid_flags():
    for flags in ('', 'd', 'g', 'i', 'm', 's', 'u', 'v', 'y', 'dgimsuy', 'dgimsvy', 'ygv'):
        validate_regexp('a', flags)


def test_modifier_forms_accepted_without_a_dash_side():
    validate_regexp('(?i-:a)', '')   # only (?-:) is the both-empty error


def test_tree_and_groups():
    p = parse_regexp('(a)(?<n>b)+?', '')
    assert p.groups == 2 and p.names == {'n': [2]}
    alt = p.tree[1][0]
    assert alt[1][0] == ('group', 1, None, ('disj', [('alt', [('char', 97)])]), None)
    assert alt[1][1][0] == 'quant' and alt[1][1][2:] == (1, None, False)


def test_tree_nodes():
    tree = parse_regexp('^.\\d\\b(?<=x)(?!y)[^a-c\\w]\\1{2,3}(?i-s:z)$(q)', 'u').tree
    terms = tree[1][0][1]
    assert terms[0] == ('assert', '^') and terms[1] == ('dot',) and terms[2] == ('esc', 'd')
    assert terms[3] == ('assert', 'b')
    assert terms[4] == ('look', True, False, ('disj', [('alt', [('char', 120)])]))
    assert terms[5] == ('look', False, True, ('disj', [('alt', [('char', 121)])]))
    assert terms[6] == ('class', True, [('range', 97, 99), ('esc', 'w')])
    assert terms[7][0] == 'quant' and terms[7][1][:2] == ('backref', 1) and \
        terms[7][2:] == (2, 3, True)
    assert terms[8][0] == 'group' and terms[8][1] is None and terms[8][4] == ('i', 's')
    assert terms[9] == ('assert', '$') and terms[10][:3] == ('group', 1, None)


def test_code_points_under_u_and_code_units_without():
    assert parse_regexp('\ud83d\ude00', 'u').tree[1][0][1] == [('char', 0x1F600)]
    assert parse_regexp('\ud83d\ude00', '').tree[1][0][1] == [('char', 0xD83D),
                                                               ('char', 0xDE00)]
    assert parse_regexp('\\uD83D\\uDE00', 'u').tree[1][0][1] == [('char', 0x1F600)]
    # \u{...} escapes never join
    assert parse_regexp('\\u{D83D}\\u{DE00}', 'u').tree[1][0][1] == [('char', 0xD83D),
                                                                      ('char', 0xDE00)]


def test_properties_are_canonical():
    terms = parse_regexp('\\p{gc=Lu}\\P{digit}\\p{sc=Grek}\\p{scx=Qaai}\\p{Alpha}', 'u') \
        .tree[1][0][1]
    assert terms == [('prop', False, 'General_Category', 'Uppercase_Letter'),
                     ('prop', True, 'General_Category', 'Decimal_Number'),
                     ('prop', False, 'Script', 'Greek'),
                     ('prop', False, 'Script_Extensions', 'Inherited'),
                     ('prop', False, 'Alphabetic', None)]
    assert parse_regexp('\\p{RGI_Emoji}', 'v').tree[1][0][1] == [
        ('prop', False, 'RGI_Emoji', None, 'strings')]


def test_class_sets():
    cls = parse_regexp('[\\p{L}--[a-z]]', 'v').tree[1][0][1][0]
    assert cls == ('class', False, [('setop', '--', [
        ('prop', False, 'General_Category', 'Letter'), ('class', False, [('range', 97, 122)])])])
    cls = parse_regexp('[a\\q{bc|}[^d]]', 'v').tree[1][0][1][0]
    assert cls == ('class', False, [('char', 97), ('strings', ['bc', '']),
                                    ('class', True, [('char', 100)])])


def test_names_map_to_all_their_groups():
    p = parse_regexp('(?<a>x)|(?<b>y)|(?<a>z)', '')
    assert p.groups == 3 and p.names == {'a': [1, 3], 'b': [2]}


def test_group_names_are_code_units():
    # a JS property key: U+1D453 is the pair D835 DC53 whichever way it is written
    for pattern in ('(?<\ud835\udc53>.)', '(?<\\u{1d453}>.)', '(?<\\ud835\\udc53>.)'):
        for flags in ('', 'u'):
            assert list(parse_regexp(pattern, flags).names) == ['\ud835\udc53']


def test_annex_b_octal_backreference():
    # \2 with a single group is the octal escape U+0002 in Annex B
    p = parse_regexp('(a)\\2', '')
    assert p.tree[1][0][1][1] == ('char', 2)
    # also when the pattern has named groups
    p = parse_regexp('(?<n>a)\\28', '')
    assert p.tree[1][0][1][1:] == [('char', 2), ('char', 56)]
    # \10 with ten groups is a backreference, with nine the octal escape 8
    assert parse_regexp('()' * 10 + '\\10', '').tree[1][0][1][-1][:2] == ('backref', 10)
    assert parse_regexp('()' * 9 + '\\10', '').tree[1][0][1][-1] == ('char', 8)


def test_annex_b_atoms():
    terms = parse_regexp('\\c{\\k\\8]', '').tree[1][0][1]
    assert terms == [('char', 0x5C), ('char', 0x63), ('char', 0x7B), ('char', 0x6B),
                     ('char', 0x38), ('char', 0x5D)]
    assert parse_regexp('[\\c_\\d-a]', '').tree[1][0][1][0] == (
        'class', False, [('char', 0x1F), ('esc', 'd'), ('char', 0x2D), ('char', 0x61)])
    assert parse_regexp('(?=a)+', '').tree[1][0][1][0][0] == 'quant'


def test_error_offsets():
    def offset(pattern, flags=''):
        with pytest.raises(RegExpSyntaxError) as exc:
            validate_regexp(pattern, flags)
        return exc.value.offset
    assert offset('ab(c') == 2
    assert offset('[z-a]') == 2
    assert offset('a\\p{Foo}', 'u') == 1
    assert offset('a', 'gg') == -1


def test_literal_error_position():
    with pytest.raises(JSSyntaxError) as exc:
        parse('var x;\nvar r = /a(/;', 'script', 'f.js')
    e = exc.value
    assert (e.line, e.column) == (2, 11)   # where the pattern went wrong
    assert 'Invalid regular expression: /a(/: Unterminated group' in e.message


def test_literal_flags_error():
    with pytest.raises(JSSyntaxError) as exc:
        parse('x = /a/gg;', 'script', 'f.js')
    assert 'Invalid regular expression flags' in exc.value.message


def test_literals_are_validated_with_their_flags():
    parse('/\\p{L}/u; /[\\p{L}--a]/v; /\\1/; /{/', 'script')
    for bad in ('/\\1/u', '/[a&&&b]/v', '/(?<a>)(?<a>)/', '/(?ii:a)/'):
        with pytest.raises(JSSyntaxError):
            parse(bad, 'script')


def test_deep_nesting():
    # deeper than Python's default recursion limit, and a clean error past the cap
    for flags in ('', 'v'):
        assert parse_regexp('(' * 1500 + ')' * 1500, flags).groups == 1500
    assert parse_regexp('[' * 1500 + ']' * 1500, 'v').tree[0] == 'disj'
    with pytest.raises(RegExpSyntaxError):
        validate_regexp('(?:' * 5000 + ')' * 5000, 'u')

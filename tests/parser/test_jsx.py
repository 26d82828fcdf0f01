"""JSX in the parser (reflow/parser/jsx.py): the ESTree JSX nodes (as Babel, acorn-jsx
and typescript-estree make them; the shapes and ranges below are typescript-estree's),
JSX's own lexical rules inside elements, and its syntax errors with line:col."""
import pytest

from reflow.parser import JSSyntaxError, parse
from reflow.parser.jsx_text import decode_entities


def expr(src, **options):
    return parse(src, 'script', 't.jsx', jsx=True, **options)['body'][0]['expression']


def error(src):
    with pytest.raises(JSSyntaxError) as info:
        parse(src, 'script', 't.jsx', jsx=True)
    e = info.value
    return e.message, e.line, e.column


def ident(name, start):
    return {'type': 'JSXIdentifier', 'name': name, 'range': [start, start + len(name)]}


def test_a_self_closing_element():
    assert expr('<a/>') == {
        'type': 'JSXElement',
        'openingElement': {'type': 'JSXOpeningElement', 'name': ident('a', 1),
                           'attributes': [], 'selfClosing': True, 'range': [0, 4]},
        'children': [], 'closingElement': None, 'range': [0, 4]}


def test_attributes():
    el = expr('<a b="x&amp;y" c {...d} e={1} f:g=\'h\' i-j=<k/> />')
    b, c, d, e, fg, ij = el['openingElement']['attributes']
    assert b == {'type': 'JSXAttribute', 'name': ident('b', 3),
                 'value': {'type': 'Literal', 'value': 'x&y', 'raw': '"x&amp;y"',
                           'range': [5, 14]}, 'range': [3, 14]}
    assert c == {'type': 'JSXAttribute', 'name': ident('c', 15), 'value': None,
                 'range': [15, 16]}
    assert d == {'type': 'JSXSpreadAttribute',
                 'argument': {'type': 'Identifier', 'name': 'd', 'range': [21, 22]},
                 'range': [17, 23]}
    assert e['value'] == {'type': 'JSXExpressionContainer', 'expression': {
        'type': 'Literal', 'value': 1.0, 'raw': '1', 'range': [27, 28]}, 'range': [26, 29]}
    assert fg['name'] == {'type': 'JSXNamespacedName', 'namespace': ident('f', 30),
                          'name': ident('g', 32), 'range': [30, 33]}
    assert fg['value']['value'] == 'h'
    assert ij['name'] == ident('i-j', 38)
    assert ij['value']['type'] == 'JSXElement' and ij['value']['range'] == [42, 46]


def test_attribute_strings_have_no_escapes_and_may_span_lines():
    attr = expr('<a b="\\n\n &lt;"/>')['openingElement']['attributes'][0]
    assert attr['value']['value'] == '\\n\n <'
    assert attr['value']['raw'] == '"\\n\n &lt;"'


def test_children():
    el = expr('<a>hi &lt; {x}{/* c */}{...y}<b.c/></a>')
    text, container, empty, spread, member = el['children']
    assert text == {'type': 'JSXText', 'value': 'hi < ', 'raw': 'hi &lt; ',
                    'range': [3, 11]}
    assert container == {'type': 'JSXExpressionContainer', 'expression': {
        'type': 'Identifier', 'name': 'x', 'range': [12, 13]}, 'range': [11, 14]}
    assert empty == {'type': 'JSXExpressionContainer', 'expression': {
        'type': 'JSXEmptyExpression', 'range': [15, 22]}, 'range': [14, 23]}
    assert spread == {'type': 'JSXSpreadChild', 'expression': {
        'type': 'Identifier', 'name': 'y', 'range': [27, 28]}, 'range': [23, 29]}
    assert member['openingElement']['name'] == {
        'type': 'JSXMemberExpression', 'object': ident('b', 30), 'property': ident('c', 32),
        'range': [30, 33]}
    assert el['closingElement'] == {'type': 'JSXClosingElement', 'name': ident('a', 37),
                                    'range': [35, 39]}


def test_fragments():
    assert expr('<>x</>') == {
        'type': 'JSXFragment',
        'openingFragment': {'type': 'JSXOpeningFragment', 'range': [0, 2]},
        'children': [{'type': 'JSXText', 'value': 'x', 'raw': 'x', 'range': [2, 3]}],
        'closingFragment': {'type': 'JSXClosingFragment', 'range': [3, 6]},
        'range': [0, 6]}


def test_white_space_and_comments_inside_tags():
    el = expr('< a /* c */ b = "1"\n  >< / a >')
    assert el['openingElement']['attributes'][0]['range'] == [12, 19]
    assert el['closingElement']['range'] == [23, 30]


def test_member_and_namespaced_names_match_their_closing_tags():
    assert expr('<a.b.c></a.b.c>')['closingElement']['name']['type'] == \
        'JSXMemberExpression'
    assert expr('<svg:g></svg:g>')['closingElement']['name']['type'] == 'JSXNamespacedName'


def test_keywords_and_unicode_are_names():
    assert expr('<this.if class="x" ä-ö/>')['openingElement']['attributes'][1]['name'] == \
        ident('ä-ö', 19)


def test_where_jsx_stands_and_where_lt_is_an_operator():
    assert expr('a < b')['type'] == 'BinaryExpression'
    assert expr('a < b > c')['left']['operator'] == '<'
    assert expr('x = <a/>')['right']['type'] == 'JSXElement'
    assert expr('f(<a/>, <b/>)')['arguments'][1]['range'] == [8, 12]
    assert expr('() => <a/>')['body']['type'] == 'JSXElement'
    assert expr('c ? <a/> : <b/>')['alternate']['type'] == 'JSXElement'
    assert expr('<a>{<b/>}</a>')['children'][0]['expression']['type'] == 'JSXElement'
    assert expr('<a>{`t${<b>{1}</b>}`}</a>')['children'][0]['expression']['type'] == \
        'TemplateLiteral'
    assert expr('<a/>.props')['type'] == 'MemberExpression'
    # after the element the JS scanner goes on: a regex, a division
    assert expr('[<a/>, /x/g]')['elements'][1]['regex'] == {'pattern': 'x', 'flags': 'g'}
    assert expr('<a/> / 2')['operator'] == '/'


def test_without_jsx_the_parser_is_ecmascript():
    with pytest.raises(JSSyntaxError):
        parse('<a/>', 'script', 't.js')
    with pytest.raises(JSSyntaxError):
        parse('<a/>', 'script', 't.js', jsx=False)


def test_text_keeps_line_breaks_and_surrogates():
    text = expr('<a>\r\n 😀 &#x1F600;</a>')['children'][0]
    assert text['raw'] == '\r\n \ud83d\ude00 &#x1F600;'
    assert text['value'] == '\r\n \ud83d\ude00 \ud83d\ude00'


def test_entities():
    assert decode_entities('&amp;&lt;&gt;&quot;&apos;&nbsp;&copy;&hearts;&thetasym;') == \
        '&<>"\'\xa0\xa9\u2665\u03d1'
    assert decode_entities('&#65;&#x42;&#x1f600;') == 'AB\ud83d\ude00'
    # not references: kept as written
    for text in ('&', '&amp', '&nope;', '&#X41;', '&#xZZ;', '&#;', '&#1114112;',
                 '&bigbigbigbig;', '&Amp;', '&hellip'):
        assert decode_entities(text) == text
    # HTML 5's names are not JSX's
    assert decode_entities('&NewLine;&check;') == '&NewLine;&check;'


@pytest.mark.parametrize('src,expected', [
    # at the closing tag's name, as tsc reports it (Babel points at its `</`)
    ('<a></b>', ('Expected corresponding JSX closing tag for <a>.', 1, 6)),
    ('<a.b>\n  x\n</a.c>', ('Expected corresponding JSX closing tag for <a.b>.', 3, 3)),
    ('<a:b></a>', ('Expected corresponding JSX closing tag for <a:b>.', 1, 8)),
    ('<></a>', ('Expected corresponding JSX closing tag for <>.', 1, 3)),
    ('<a></>', ('Expected corresponding JSX closing tag for <a>.', 1, 4)),
    ('<a><b></a></b>', ('Expected corresponding JSX closing tag for <b>.', 1, 9)),
    ('<a>></a>', ("Unexpected token `>`. Did you mean `&gt;` or `{'>'}`?", 1, 4)),
    ('<a>}</a>', ("Unexpected token `}`. Did you mean `&rbrace;` or `{'}'}`?", 1, 4)),
    ('<a b={}/>', ('JSX attributes must only be assigned a non-empty expression.', 1, 6)),
    ('<a b=c/>', ('JSX value should be either an expression or a quoted JSX text.', 1, 6)),
    ('<a/><b/>', ('Adjacent JSX elements must be wrapped in an enclosing tag. Did you '
                  'want a JSX fragment <>...</>?', 1, 5)),
    ('<a>\n text', ('Unterminated JSX contents.', 1, 4)),
    ("<a b='x", ('Unterminated string constant.', 1, 6)),
    ('<a', ('Unexpected end of input', 1, 3)),
    ('<a b:c:d/>', ("Unexpected token ':'", 1, 7)),
    ('<a.b:c/>', ("Unexpected token ':'", 1, 5)),
    ('<a {b}/>', ("Unexpected identifier 'b'", 1, 5)),
    # in `{...}` a `<` after an operand is the operator: `x < /a>...` then a regex
    ('<a>{x</a>', ('Invalid regular expression: missing /', 1, 7)),
    ('<1/>', ("Unexpected token '1'", 1, 2)),
])
def test_errors(src, expected):
    assert error(src) == expected


def test_deep_nesting_is_a_range_error():
    with pytest.raises(JSSyntaxError) as info:
        parse('<a>' * 3000, 'script', 't.jsx', jsx=True)
    assert info.value.name == 'RangeError'
    assert expr('<a>' * 200 + '</a>' * 200)['type'] == 'JSXElement'


def test_pragmas_only_with_jsx():
    assert parse('/** @jsx h */ 1', 'script', 't.jsx', jsx=True)['jsxPragmas'] == {'jsx': 'h'}
    assert 'jsxPragmas' not in parse('/** @jsx h */ 1', 'script', 't.js')

"""22.2.2.7.3 Canonicalize under the i flag: without u or v it is toUppercase of the
code unit, refusing a non-ASCII unit that would map to ASCII; with u or v, simple case
folding. And the v flag's properties of strings (\\p{RGI_Emoji} ...)."""
import pytest

# (pattern, flags, subject, matches) as V8 answers
CASES = [
    ('\\u212A', 'i', 'k', False), ('\\u212A', 'i', 'K', False), ('k', 'i', '\\u212A', False),
    ('K', 'i', 'k', True), ('\\u017F', 'i', 's', False), ('s', 'i', '\\u017F', False),
    ('\\u017F', 'i', 'S', False), ('\\u0130', 'i', 'i', False), ('\\u0131', 'i', 'I', False),
    ('\\u03c3', 'i', '\\u03a3', True), ('\\u03c2', 'i', '\\u03a3', True),
    ('\\u03c2', 'i', '\\u03c3', True), ('\\u1e9e', 'i', '\\u00df', False),
    ('[a-z]', 'i', '\\u212A', False), ('[^a-z]', 'i', 'K', False),
    ('[^a-z]', 'i', '\\u212A', True), ('\\w', 'i', '\\u017F', False),
    ('\\W', 'i', '\\u017F', True), ('(a)\\1', 'i', 'aA', True),
    ('\\u01c5', 'i', '\\u01c4', True), ('\\u01c5', 'i', '\\u01c6', True),
    ('\\u00b5', 'i', '\\u039c', True), ('[\\u00e0-\\u00ff]', 'i', '\\u0178', True),
    ('[^\\u0100-\\uffff]', 'i', '\\u0178', False), ('\\u0345', 'i', '\\u0399', True),
    ('\\u1fbe', 'i', '\\u0399', True), ('\\u1f80', 'i', '\\u1f88', False),
    # with u (and v): simple case folding
    ('\\u212A', 'iu', 'k', True), ('\\u017F', 'iu', 's', True), ('[a-z]', 'iu', '\\u212A', True),
    ('\\w', 'iu', '\\u017F', True), ('\\u212A', 'iv', 'k', True),
    # U+0130 and U+0131 have no simple case folding
    ('\\u0130', 'iu', 'i', False), ('\\u0131', 'iu', 'I', False), ('i', 'iu', '\\u0131', False),
    ('I', 'iu', '\\u0130', False), ('i', 'iu', 'I', True), ('\\u0131', 'iv', '\\u0131', True),
]


@pytest.mark.parametrize('pattern, flags, subject, expected', CASES)
def test_case_insensitive_match(js, pattern, flags, subject, expected):
    assert js('new RegExp("%s", "%s").test("%s")' % (
        pattern.replace('\\', '\\\\'), flags, subject)) is expected


def test_case_modifiers_group(js):
    assert js('/(?i:k)/.test("K")') is True
    assert js('/(?i:k)/.test("\\u212A")') is False
    assert js('/(?-i:k)K/i.test("kk")') is True
    assert js('/(?-i:k)K/i.test("Kk")') is False


@pytest.mark.parametrize('source, expected', [
    ('/\\p{RGI_Emoji}/v.test("\\u{1F44D}\\u{1F3FD}")', True),
    ('"\\u{1F469}\\u200D\\u{1F469}\\u200D\\u{1F467}\\u200D\\u{1F466}x"'
     '.match(/\\p{RGI_Emoji}/v)[0].length', 11.0),
    ('/^\\p{Emoji_Keycap_Sequence}$/v.test("1\\uFE0F\\u20E3")', True),
    ('/^\\p{Emoji_Keycap_Sequence}$/v.test("1\\u20E3")', False),
    ('"\\u{1F1EB}\\u{1F1F7}\\u{1F1E9}\\u{1F1EA}".match(/\\p{RGI_Emoji_Flag_Sequence}/gv)'
     '.length', 2.0),
    ('/^\\p{Basic_Emoji}$/v.test("a")', False),
    ('/^\\p{Basic_Emoji}$/v.test("\\u{1F600}")', True),
    ('/^\\p{RGI_Emoji_Modifier_Sequence}$/v.test("\\u{1F44B}\\u{1F3FF}")', True),
    ('/^\\p{RGI_Emoji_ZWJ_Sequence}$/v.test("\\u{1F468}\\u200D\\u{1F4BB}")', True),
    ('/^\\p{RGI_Emoji_Tag_Sequence}$/v.test("\\u{1F3F4}\\u{E0067}\\u{E0062}\\u{E0065}'
     '\\u{E006E}\\u{E0067}\\u{E007F}")', True),
    ('/^[\\p{RGI_Emoji}a]+$/v.test("a\\u{1F600}a")', True),
    ('"x\\u{1F9D1}\\u200D\\u{1F680}y".replace(/\\p{RGI_Emoji}/gv, "_")', 'x_y'),
])
def test_properties_of_strings(js, source, expected):
    assert js(source) == expected


def test_properties_of_strings_need_v(js):
    for source in ('new RegExp("\\\\p{RGI_Emoji}", "u")', 'new RegExp("\\\\P{RGI_Emoji}", "v")',
                   'new RegExp("[^\\\\p{RGI_Emoji}]", "v")'):
        assert js('try { %s; "no error" } catch (e) { e.name }' % source) == 'SyntaxError'

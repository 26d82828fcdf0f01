"""22.2.2.9.? Properties of strings (the v flag's \\p{RGI_Emoji} and its parts, from
UTS #51 emoji-sequences.txt and emoji-zwj-sequences.txt): the sets of strings that
CharacterClassEscape :: p{ UnicodePropertyValueExpression } denotes.

The data is the `emoji` package's list of the RGI emoji (its fully-qualified entries
and the components), each sequence sorted into the property it belongs to by its
shape, as UTS #51 defines them (ED-14 to ED-18)."""
from reflow.interp.vm.errors import JSErrorSignal

KEYCAP_BASES = frozenset('0123456789#*')
REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
MODIFIERS = range(0x1F3FB, 0x1F400)
TAGS = range(0xE0020, 0xE0080)
ZWJ = '\u200d'

_sets = None


def _kind(s):
    """Which property of strings an RGI emoji sequence belongs to."""
    if ZWJ in s:
        return 'RGI_Emoji_ZWJ_Sequence'
    if len(s) == 3 and s[0] in KEYCAP_BASES and s[1:] == '\ufe0f\u20e3':
        return 'Emoji_Keycap_Sequence'
    if len(s) == 2 and all(ord(c) in REGIONAL_INDICATORS for c in s):
        return 'RGI_Emoji_Flag_Sequence'
    if len(s) > 2 and ord(s[-1]) == 0xE007F and all(ord(c) in TAGS for c in s[1:-1]):
        return 'RGI_Emoji_Tag_Sequence'
    if len(s) == 2 and ord(s[1]) in MODIFIERS:
        return 'RGI_Emoji_Modifier_Sequence'
    return 'Basic_Emoji'   # one code point, or one and U+FE0F


def _load():
    global _sets
    if _sets is None:
        import emoji
        fully_qualified, component = emoji.STATUS['fully_qualified'], \
            emoji.STATUS['component']
        sets = {}
        for s, data in emoji.EMOJI_DATA.items():
            if data['status'] in (fully_qualified, component):
                sets.setdefault(_kind(s), set()).add(s)
        sets['RGI_Emoji'] = set().union(*sets.values())
        _sets = {name: sorted(members) for name, members in sets.items()}
    return _sets


def property_strings(name):
    """The strings of property ``name`` (code point strings), sorted."""
    try:
        return _load()[name]
    except ImportError:
        raise JSErrorSignal('SyntaxError', 'Invalid regular expression: \\p{%s}: the '
                            'property of strings is unsupported (the emoji package is '
                            'not installed)' % name) from None

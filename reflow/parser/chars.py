"""12 ECMAScript Language: Lexical Grammar - character classes.

Identifier characters follow Unicode's ID_Start / ID_Continue (12.7). The data comes
from ``unicodedata2`` (the latest Unicode) when installed, else from the standard
library's ``unicodedata``. Non-ASCII lookups are rare in real code, so they are
computed per character and cached instead of building tables at import time.
"""
try:  # pragma: no cover - which one depends on the install
    import unicodedata2 as _ud
except ImportError:  # pragma: no cover
    import unicodedata as _ud

import re

_category = _ud.category

# Other_ID_Start / Other_ID_Continue (PropList.txt): code points that are ID_Start /
# ID_Continue although their general category alone would not make them so.
_OTHER_ID_START = frozenset((0x1885, 0x1886, 0x2118, 0x212E, 0x309B, 0x309C))
_OTHER_ID_CONTINUE = frozenset((0x00B7, 0x0387, 0x1369, 0x136A, 0x136B, 0x136C, 0x136D,
                                0x136E, 0x136F, 0x1370, 0x1371, 0x19DA, 0x200C, 0x200D,
                                0x30FB, 0xFF65))
# Pattern_Syntax / Pattern_White_Space members whose category would otherwise qualify.
_PATTERN = frozenset((0x2E2F,))
_START_CATS = frozenset(('Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Nl'))
_CONTINUE_CATS = _START_CATS | frozenset(('Mn', 'Mc', 'Nd', 'Pc'))

_start_cache = {}
_continue_cache = {}


def is_id_start(cp):
    """12.7 IdentifierStartChar :: UnicodeIDStart | $ | _  (cp is a code point)."""
    if cp < 128:
        return (97 <= cp <= 122) or (65 <= cp <= 90) or cp == 36 or cp == 95
    r = _start_cache.get(cp)
    if r is None:
        r = cp not in _PATTERN and (cp in _OTHER_ID_START or _category(chr(cp)) in _START_CATS)
        _start_cache[cp] = r
    return r


def is_id_continue(cp):
    """12.7 IdentifierPartChar :: UnicodeIDContinue | $ | <ZWNJ> | <ZWJ>."""
    if cp < 128:
        return ((97 <= cp <= 122) or (65 <= cp <= 90) or (48 <= cp <= 57)
                or cp == 36 or cp == 95)
    r = _continue_cache.get(cp)
    if r is None:
        r = cp not in _PATTERN and (cp in _OTHER_ID_CONTINUE or cp in _OTHER_ID_START
                                    or _category(chr(cp)) in _CONTINUE_CATS)
        _continue_cache[cp] = r
    return r


# 12.2 White Space: TAB VT FF ZWNBSP and every Zs code point.
WHITESPACE = '\t\x0b\x0c \xa0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006' \
             '\u2007\u2008\u2009\u200a\u202f\u205f\u3000'
# 12.3 Line Terminators
LINE_TERMINATORS = '\n\r\u2028\u2029'


def to_code_units(text):
    """Return ``text`` with every astral character split into its UTF-16 surrogates.

    reflow's strings are sequences of UTF-16 code units (shared/DESIGN.md), so source
    offsets, string lengths and columns count code units, as JS engines do.
    """
    # without an astral character, UTF-16 takes two bytes a character: a C loop, where
    # a search for one matches a character class at each position (~8 times slower)
    if text.isascii() or len(text.encode('utf-16-le', 'surrogatepass')) == 2 * len(text):
        return text
    return _ASTRAL.sub(_split_astral, text)


def from_code_units(text):
    """The inverse of to_code_units for output: surrogate pairs become their character,
    a lone surrogate becomes U+FFFD (it has no UTF-8 form)."""
    try:
        text.encode('utf-8')
        return text
    except UnicodeEncodeError:
        return text.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'replace')


def _split_astral(m):
    cp = ord(m.group()) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


_ASTRAL = re.compile('[\U00010000-\U0010FFFF]')

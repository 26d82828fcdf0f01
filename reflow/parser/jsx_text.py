"""JSX text: HTML character references, and the pragma comments of a JSX file.

JSX text and attribute strings keep their source text in ``raw``; their ``value``
has the character references decoded as Babel and tsc decode them: `&#123;` and
`&#x7B;` (a lowercase x only), and the named references of HTML 4 / XHTML 1.0 (the
253 that both tools know: HTML 4's 252, the list Python's html.entities holds as
name2codepoint, and XML's `&apos;`). Anything else, `&nope;` or an `&` with no `;`
within ten characters, stays as written.
"""
import re
from html.entities import name2codepoint

NAMED_ENTITIES = dict(name2codepoint, apos=0x27)

# `&name;` (at most ten characters before the `;`, as Babel reads them) or `&#...;`
_REFERENCE = re.compile('&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([^;&]{1,10}));')


def _code_unit_string(cp):
    if cp > 0xFFFF:
        cp -= 0x10000
        return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))
    return chr(cp)


def _replace(m):
    hex_digits, dec_digits, name = m.groups()
    if name is not None:
        cp = NAMED_ENTITIES.get(name)
        if cp is None:
            return m.group()
    else:
        cp = int(hex_digits, 16) if hex_digits is not None else int(dec_digits)
        if cp > 0x10FFFF:
            return m.group()
    return _code_unit_string(cp)


def decode_entities(text):
    """``text`` (UTF-16 code units) with its character references decoded."""
    if '&' not in text:
        return text
    return _REFERENCE.sub(_replace, text)


# -- pragmas ------------------------------------------------------------------------

# `@jsx h`, `@jsxFrag Fragment`, `@jsxRuntime classic`, `@jsxImportSource preact` where
# a comment line starts (after `/*`, `//` or a leading `*`), as Babel reads them
_PRAGMA = re.compile('(/\\*+|//|^)[ \\t]*\\*?[ \\t]*@(jsx|jsxFrag|jsxRuntime|jsxImportSource)'
                     '[ \\t]+([^\\s]+)', re.M)
PRAGMA_KEYS = {'jsx': 'jsx', 'jsxFrag': 'jsxFrag', 'jsxRuntime': 'jsxRuntime',
               'jsxImportSource': 'jsxImportSource'}


def scan_pragmas(src):
    """The JSX pragmas the comments of ``src`` set ({'jsx': 'h', ...}); a later one of
    the same name wins. A cheap scan: a `@jsx` counts when it opens a line comment, or
    sits in a block comment (a `/*` before it with no `*/` between)."""
    found = {}
    if '@jsx' not in src:
        return found
    for m in _PRAGMA.finditer(src):
        opener, key, value = m.groups()
        if opener != '//':
            if not opener:
                open_at = src.rfind('/*', 0, m.start())
                if open_at < 0 or src.find('*/', open_at, m.start()) >= 0:
                    continue
            close = value.find('*/')
            if close >= 0:
                value = value[:close]
        if value:
            found[key] = value
    return found

"""19.2.6 URI Handling Functions, and B.2.1 escape / unescape.

Strings are UTF-16 code unit sequences held in Python str (one character per code
unit, lone surrogates included), so the algorithms below walk code units as the spec
does."""
from reflow.interp.vm.errors import JSErrorSignal
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()

_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
_MARK = "-_.!~*'()"
_RESERVED = ';/?:@&=+$,'
URI_UNESCAPED = frozenset(_ALNUM + _MARK)
URI_KEEP = frozenset(_ALNUM + _MARK + _RESERVED + '#')
_HEX = '0123456789ABCDEF'


def uri_error(message):
    return JSErrorSignal('URIError', message)


# 19.2.6.5 Encode ( string, extraUnescaped )
def encode(s, unescaped):
    out = []
    k, n = 0, len(s)
    while k < n:
        c = s[k]
        if c in unescaped:
            out.append(c)
            k += 1
            continue
        cp = ord(c)
        # 11.1.4 CodePointAt: a lone surrogate is a URIError
        if 0xDC00 <= cp <= 0xDFFF:
            raise uri_error('URI malformed')
        if 0xD800 <= cp <= 0xDBFF:
            if k + 1 >= n or not 0xDC00 <= ord(s[k + 1]) <= 0xDFFF:
                raise uri_error('URI malformed')
            cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(s[k + 1]) - 0xDC00)
            k += 1
        for b in chr(cp).encode('utf-8'):
            out.append('%' + _HEX[b >> 4] + _HEX[b & 15])
        k += 1
    return ''.join(out)


def _hex_byte(s, k):
    """The byte written as %XX at s[k], or a URIError."""
    if k + 2 >= len(s) or s[k] != '%' or s[k + 1] not in _HEXSET or \
            s[k + 2] not in _HEXSET:
        raise uri_error('URI malformed')
    return int(s[k + 1:k + 3], 16)


_HEXSET = frozenset('0123456789abcdefABCDEF')


# 19.2.6.6 Decode ( string, preserveEscapeSet )
def decode(s, preserve):
    out = []
    k, n = 0, len(s)
    while k < n:
        c = s[k]
        if c != '%':
            out.append(c)
            k += 1
            continue
        start = k
        b = _hex_byte(s, k)
        k += 2
        if b < 0x80:
            ch = chr(b)
            out.append(s[start:k + 1] if ch in preserve else ch)
            k += 1
            continue
        # the number of leading 1 bits gives the sequence's length
        if b & 0xE0 == 0xC0:
            count = 2
        elif b & 0xF0 == 0xE0:
            count = 3
        elif b & 0xF8 == 0xF0:
            count = 4
        else:
            raise uri_error('URI malformed')
        octets = [b]
        if k + 3 * (count - 1) >= n:
            raise uri_error('URI malformed')
        for _ in range(count - 1):
            k += 1
            nb = _hex_byte(s, k)
            if nb & 0xC0 != 0x80:
                raise uri_error('URI malformed')
            k += 2
            octets.append(nb)
        try:
            # Python's strict UTF-8 decoder rejects overlong forms and surrogates, as
            # the spec's "not a valid UTF-8 encoding" does
            cp = ord(bytes(octets).decode('utf-8'))
        except (UnicodeDecodeError, TypeError):
            raise uri_error('URI malformed') from None
        if cp < 0x10000:
            out.append(chr(cp))
        else:
            cp -= 0x10000
            out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
        k += 1
    return ''.join(out)


# 19.2.6.1 decodeURI ( encodedURI )
@reg.method('global', 'decodeURI', 1)
def decode_uri(realm, this, args):
    return decode(to_string(arg(args, 0)), frozenset(_RESERVED + '#'))


# 19.2.6.2 decodeURIComponent ( encodedURIComponent )
@reg.method('global', 'decodeURIComponent', 1)
def decode_uri_component(realm, this, args):
    return decode(to_string(arg(args, 0)), frozenset())


# 19.2.6.3 encodeURI ( uri )
@reg.method('global', 'encodeURI', 1)
def encode_uri(realm, this, args):
    return encode(to_string(arg(args, 0)), URI_KEEP)


# 19.2.6.4 encodeURIComponent ( uriComponent )
@reg.method('global', 'encodeURIComponent', 1)
def encode_uri_component(realm, this, args):
    return encode(to_string(arg(args, 0)), URI_UNESCAPED)


_ESCAPE_KEEP = frozenset(_ALNUM + '@*_+-./')


# B.2.1.1 escape ( string )
@reg.method('global', 'escape', 1)
def escape(realm, this, args):
    s = to_string(arg(args, 0))
    out = []
    for c in s:
        if c in _ESCAPE_KEEP:
            out.append(c)
        else:
            n = ord(c)
            out.append('%%%02X' % n if n < 256 else '%%u%04X' % n)
    return ''.join(out)


# B.2.1.2 unescape ( string )
@reg.method('global', 'unescape', 1)
def unescape(realm, this, args):
    s = to_string(arg(args, 0))
    out = []
    k, n = 0, len(s)
    while k < n:
        c = s[k]
        if c == '%':
            h = s[k + 2:k + 6]
            if s[k + 1:k + 2] == 'u' and len(h) == 4 and all(x in _HEXSET for x in h):
                out.append(chr(int(h, 16)))
                k += 6
                continue
            h = s[k + 1:k + 3]
            if len(h) == 2 and all(x in _HEXSET for x in h):
                out.append(chr(int(h, 16)))
                k += 3
                continue
        out.append(c)
        k += 1
    return ''.join(out)

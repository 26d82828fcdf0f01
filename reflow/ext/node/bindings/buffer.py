"""Host ops of node:buffer: the encodings, done over a Uint8Array's bytes (the Python
bytearray of its ArrayBuffer), since a string's code units one at a time in JS would be
far too slow. The JS side (lib/buffer.js) has checked the arguments: a view is a
typed array, offsets are integers within it, an encoding is one of ENCODINGS."""
import base64
import re

from reflow.builtins.array_buffer import ArrayBufferObject
from reflow.builtins.dom_exception import throw_dom_exception
from reflow.builtins.typed_array import TypedArrayObject
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import NativeFunction, arg
from reflow.interp.vm.operations import to_number, to_string
from reflow.parser.chars import from_code_units, to_code_units

ENCODINGS = ('utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex')

_HEX_PAIRS = re.compile(r'(?:[0-9a-fA-F]{2})*')
_NOT_BASE64 = re.compile(r'[^A-Za-z0-9+/]')
_FORGIVING_SPACE = re.compile('[\t\n\f\r ]')
_TO_STANDARD = str.maketrans('-_', '+/')
_ASCII = bytes(b & 0x7F for b in range(256))


def view_bytes(view):
    """The bytes a typed array views, as a memoryview over its buffer's bytearray."""
    if not isinstance(view, TypedArrayObject) or view.viewed_buffer.data is None:
        raise type_error('argument must be a buffer')
    start = view.byte_offset
    return memoryview(view.viewed_buffer.data)[start:start + view.array_length *
                                               view.etype.size]


def encode(text, encoding):
    """A JS string (UTF-16 code units) as bytes in ``encoding``, as Node writes it:
    a lone surrogate is U+FFFD in UTF-8, latin1 and ascii keep each unit's low byte,
    hex stops at the first pair that is not hex, base64 (either alphabet) skips what is
    not of it and stops at '='."""
    if encoding == 'utf8':
        return from_code_units(text).encode('utf-8')
    if encoding == 'ucs2':
        return text.encode('utf-16-le', 'surrogatepass')
    if not text.isascii():
        # the other encodings read each code unit's low byte
        low = text.encode('utf-16-le', 'surrogatepass')[::2]
        if encoding in ('latin1', 'ascii'):
            return low
        text = low.decode('latin-1')
    if encoding in ('latin1', 'ascii'):
        return text.encode('ascii')
    if encoding == 'hex':
        return bytes.fromhex(_HEX_PAIRS.match(text).group())
    # base64 and base64url decode alike
    text = text.translate(_TO_STANDARD)
    end = text.find('=')
    if end >= 0:
        text = text[:end]
    text = _NOT_BASE64.sub('', text)
    if len(text) % 4 == 1:
        text = text[:-1]
    return base64.b64decode(text + '=' * (-len(text) % 4))


def decode(data, encoding):
    """Bytes in ``encoding`` as a JS string, as Node reads them (invalid UTF-8 becomes
    U+FFFD, maximal subparts as WHATWG says; ascii drops each byte's high bit; an odd
    last byte of UTF-16 is left out)."""
    if encoding == 'utf8':
        return to_code_units(bytes(data).decode('utf-8', 'replace'))
    if encoding == 'ucs2':
        n = len(data) & ~1
        return to_code_units(bytes(data[:n]).decode('utf-16-le', 'surrogatepass'))
    if encoding == 'latin1':
        return bytes(data).decode('latin-1')
    if encoding == 'ascii':
        return bytes(data).translate(_ASCII).decode('ascii')
    if encoding == 'hex':
        return data.hex()
    if encoding == 'base64':
        return base64.b64encode(data).decode('ascii')
    return base64.urlsafe_b64encode(data).decode('ascii').rstrip('=')


def _utf8_prefix(data, length):
    """The longest prefix of UTF-8 ``data`` of at most ``length`` bytes that ends on a
    character boundary (Node writes whole characters only)."""
    if len(data) <= length:
        return data
    cut = length
    while cut > 0 and data[cut] & 0xC0 == 0x80:
        cut -= 1
    return data[:cut]


def _index(value, size):
    """An offset the JS side gives, clamped to [0, size] (NaN is 0): the ops never
    index outside the view whatever they are called with."""
    n = to_number(value)
    if n != n or n <= 0:
        return 0
    return size if n >= size else int(n)


def _encoding(value):
    name = to_string(value)
    if name not in ENCODINGS:
        raise type_error('Unknown encoding: %s' % name)
    return name


def create(realm):
    def new_array_buffer(data):
        ab = ArrayBufferObject(realm.intrinsics['ArrayBufferPrototype'], 0)
        ab.data = bytearray(data)
        return ab

    # byteLengthUtf8(string)
    def byte_length_utf8(this, args):
        text = to_string(arg(args, 0))
        if text.isascii():
            return float(len(text))
        return float(len(from_code_units(text).encode('utf-8')))

    # encode(string, encoding) -> a new ArrayBuffer of its bytes
    def encode_op(this, args):
        return new_array_buffer(encode(to_string(arg(args, 0)), _encoding(arg(args, 1))))

    # decode(view, encoding, start, end) -> string
    def decode_op(this, args):
        data = view_bytes(arg(args, 0))
        size = len(data)
        return decode(data[_index(arg(args, 2), size):_index(arg(args, 3), size)],
                      _encoding(arg(args, 1)))

    # write(view, string, offset, length, encoding) -> the number of bytes written
    def write_op(this, args):
        data = view_bytes(arg(args, 0))
        encoding = _encoding(arg(args, 4))
        offset = _index(arg(args, 2), len(data))
        length = _index(arg(args, 3), len(data) - offset)
        encoded = encode(to_string(arg(args, 1)), encoding)
        if encoding == 'utf8':
            encoded = _utf8_prefix(encoded, length)
        elif encoding == 'ucs2':
            encoded = encoded[:length & ~1]
        else:
            encoded = encoded[:length]
        data[offset:offset + len(encoded)] = encoded
        return float(len(encoded))

    # compare(a, b) -> -1, 0 or 1 (bytewise)
    def compare_op(this, args):
        a, b = view_bytes(arg(args, 0)), view_bytes(arg(args, 1))
        a, b = a.tobytes(), b.tobytes()
        return 0.0 if a == b else (-1.0 if a < b else 1.0)

    # indexOf(view, needle view, byteOffset, forward) -> index or -1
    def index_of_op(this, args):
        data = view_bytes(arg(args, 0)).tobytes()
        needle = view_bytes(arg(args, 1)).tobytes()
        offset = _index(arg(args, 2), len(data))
        if arg(args, 3) is True:
            return float(data.find(needle, offset))
        return float(data.rfind(needle, 0, offset + len(needle)))

    # fill(view, pattern view, start, end): the pattern repeated over [start, end)
    def fill_op(this, args):
        data = view_bytes(arg(args, 0))
        pattern = view_bytes(arg(args, 1)).tobytes()
        start, end = _index(arg(args, 2), len(data)), _index(arg(args, 3), len(data))
        n = end - start
        if n > 0 and pattern:
            data[start:end] = (pattern * (n // len(pattern) + 1))[:n]
        return arg(args, 0)

    # copy(source, target, targetStart, sourceStart, sourceEnd) -> bytes copied
    def copy_op(this, args):
        source, target = view_bytes(arg(args, 0)), view_bytes(arg(args, 1))
        t = _index(arg(args, 2), len(target))
        s, e = _index(arg(args, 3), len(source)), _index(arg(args, 4), len(source))
        n = max(0, min(e - s, len(target) - t))
        target[t:t + n] = source[s:s + n].tobytes()   # a copy: the two may overlap
        return float(n)

    def is_utf8(this, args):
        try:
            view_bytes(arg(args, 0)).tobytes().decode('utf-8')
            return True
        except UnicodeDecodeError:
            return False

    def is_ascii(this, args):
        return view_bytes(arg(args, 0)).tobytes().isascii()

    # atob / btoa (HTML's forgiving base64), DOMException InvalidCharacterError
    def atob(this, args):
        text = to_string(arg(args, 0))
        data = _FORGIVING_SPACE.sub('', text)
        stripped = data.rstrip('=')
        padding = len(data) - len(stripped)
        if _NOT_BASE64.search(stripped) or padding > 2 or \
                (padding and len(data) % 4):
            raise throw_dom_exception(realm, 'Invalid character', 'InvalidCharacterError')
        if len(stripped) % 4 == 1:
            raise throw_dom_exception(realm, 'The string to be decoded is not correctly '
                                      'encoded.', 'InvalidCharacterError')
        return base64.b64decode(stripped + '=' * (-len(stripped) % 4)).decode('latin-1')

    def btoa(this, args):
        text = to_string(arg(args, 0))
        if any(ord(c) > 0xFF for c in text):
            raise throw_dom_exception(realm, 'Invalid character', 'InvalidCharacterError')
        return base64.b64encode(text.encode('latin-1')).decode('ascii')

    obj = realm.new_object()
    for name, fn, length in (('byteLengthUtf8', byte_length_utf8, 1),
                             ('encode', encode_op, 2), ('decode', decode_op, 4),
                             ('write', write_op, 5), ('compare', compare_op, 2),
                             ('indexOf', index_of_op, 4), ('fill', fill_op, 4),
                             ('copy', copy_op, 5), ('isUtf8', is_utf8, 1),
                             ('isAscii', is_ascii, 1), ('atob', atob, 1),
                             ('btoa', btoa, 1)):
        obj.define(name, NativeFunction(realm, fn, name, length))
    return obj

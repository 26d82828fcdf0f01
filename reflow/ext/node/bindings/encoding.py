"""Host ops of TextEncoder / TextDecoder (WHATWG Encoding) and string_decoder: UTF-8
into a caller's Uint8Array, and decoding that can stop before an incomplete last
character (streaming), telling the JS side how many bytes it left pending."""
import codecs

from reflow.interp.vm.function import NativeFunction, arg
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.values import UNDEFINED
from reflow.parser.chars import to_code_units
from .buffer import decode as decode_bytes, encode as encode_bytes, view_bytes

# the Python codec of each encoding the JS side names
CODECS = {'utf8': 'utf-8', 'ucs2': 'utf-16-le', 'utf16be': 'utf-16-be'}


def decode_stream(data, encoding, fatal, stream):
    """(text, pending): ``data`` decoded, and the number of bytes at its end that begin
    a character not complete yet (0 unless ``stream``); text is None where ``fatal``
    and the bytes are not valid."""
    codec = CODECS.get(encoding)
    if codec is None:
        return decode_bytes(data, encoding), 0
    decoder = codecs.getincrementaldecoder(codec)('strict' if fatal else 'replace')
    try:
        text = decoder.decode(bytes(data), final=not stream)
    except UnicodeDecodeError:
        return None, 0
    pending = len(decoder.getstate()[0]) if stream else 0
    return to_code_units(text), pending


def encode_into(text, target):
    """TextEncoder.encodeInto: (code units read, bytes written) of the longest prefix
    of ``text`` whose UTF-8 fits in ``target`` (a memoryview), written there."""
    data = encode_bytes(text, 'utf8')
    room = len(target)
    if len(data) > room:
        cut = room
        while cut > 0 and data[cut] & 0xC0 == 0x80:
            cut -= 1
        data = data[:cut]
    target[:len(data)] = data
    written = data.decode('utf-8')
    return len(written) + sum(1 for c in written if c > '\uffff'), len(data)


def create(realm):
    # decode(view, encoding, fatal, stream) -> [text, pending bytes] or undefined
    def decode_op(this, args):
        text, pending = decode_stream(view_bytes(arg(args, 0)), to_string(arg(args, 1)),
                                      arg(args, 2) is True, arg(args, 3) is True)
        if text is None:
            return UNDEFINED
        return realm.new_array([text, float(pending)])

    # encodeInto(string, uint8array) -> [read, written]
    def encode_into_op(this, args):
        read, written = encode_into(to_string(arg(args, 0)), view_bytes(arg(args, 1)))
        return realm.new_array([float(read), float(written)])

    obj = realm.new_object()
    obj.define('decode', NativeFunction(realm, decode_op, 'decode', 4))
    obj.define('encodeInto', NativeFunction(realm, encode_into_op, 'encodeInto', 2))
    return obj

"""22.1 String Objects: the constructor, String.fromCharCode / fromCodePoint / raw, and
the String Iterator (22.1.5). Strings are sequences of UTF-16 code units (one Python
character each, surrogates unpaired)."""
from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.operations import to_number, to_string, to_uint32
from reflow.interp.vm.realm import StringObject
from reflow.interp.vm.values import JSSymbol, SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.iteration import create_iter_result
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


def code_point_chars(cp):
    """The code units of a code point (22.1.3.? UTF16EncodeCodePoint)."""
    if cp < 0x10000:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def code_point_at(s, i):
    """11.1.4 CodePointAt ( string, position ): (code point, code unit count)."""
    c = ord(s[i])
    if 0xD800 <= c <= 0xDBFF and i + 1 < len(s):
        d = ord(s[i + 1])
        if 0xDC00 <= d <= 0xDFFF:
            return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00), 2
    return c, 1


# 22.1.1.1 String ( value )
@reg.constructor('String', 1, 'StringPrototype')
def string_ctor(realm, this, args, new_target):
    if not args:
        s = ''
    else:
        value = args[0]
        if new_target is None and type(value) is JSSymbol:
            from .symbol import descriptive_string
            return descriptive_string(value)
        s = to_string(value)
    if new_target is None:
        return s
    from reflow.interp.vm.proxy import get_prototype_from_constructor
    proto = get_prototype_from_constructor(realm, new_target, 'StringPrototype')
    return StringObject(proto, s)


# 22.1.2.1 String.fromCharCode ( ...codeUnits )
@reg.method('String', 'fromCharCode', 1)
def from_char_code(realm, this, args):
    return ''.join(chr(to_uint32(a) & 0xFFFF) for a in args)


# 22.1.2.2 String.fromCodePoint ( ...codePoints )
@reg.method('String', 'fromCodePoint', 1)
def from_code_point(realm, this, args):
    out = []
    for a in args:
        n = to_number(a)
        if n != n or not float(n).is_integer() or n < 0 or n > 0x10FFFF:
            raise JSErrorSignal('RangeError', 'Invalid code point %s' % to_string(a))
        out.append(code_point_chars(int(n)))
    return ''.join(out)


# 22.1.2.4 String.raw ( template, ...substitutions )
@reg.method('String', 'raw', 1)
def raw(realm, this, args):
    from reflow.interp.vm.operations import length_of_array_like
    cooked = realm.to_object(arg(args, 0))
    literals = realm.to_object(cooked.get('raw'))
    n = length_of_array_like(literals)
    out = []
    subs = args[1:]
    for i in range(n):
        out.append(to_string(literals.get(str(i))))
        if i + 1 == n:
            break
        if i < len(subs):
            out.append(to_string(subs[i]))
    return ''.join(out)


# 22.1.5 String Iterator Objects
class StringIterator(JSObject):
    __slots__ = ('string', 'position')

    def __init__(self, proto, s):
        JSObject.__init__(self, proto, 'String Iterator')
        self.string = s
        self.position = 0


# 22.1.3.36 String.prototype [ @@iterator ] ( )
@reg.method('StringPrototype', '@@iterator', 0)
def string_iterator(realm, this, args):
    from .string_methods import this_string
    s = this_string(realm, this, '[Symbol.iterator]')
    return StringIterator(realm.intrinsics['StringIteratorPrototype'], s)


# 22.1.5.1.1 %StringIteratorPrototype%.next ( )
@reg.method('StringIteratorPrototype', 'next', 0)
def string_iterator_next(realm, this, args):
    if not isinstance(this, StringIterator):
        raise type_error('next method called on incompatible receiver %s' %
                         realm.describe(this))
    s = this.string
    if s is None or this.position >= len(s):
        this.string = None
        return create_iter_result(realm, UNDEFINED, True)
    _, n = code_point_at(s, this.position)
    chunk = s[this.position:this.position + n]
    this.position += n
    return create_iter_result(realm, chunk, False)


@reg.setup
def setup(realm):
    I = realm.intrinsics
    sip = I['StringIteratorPrototype']
    sip.define(SYM_TO_STRING_TAG, 'String Iterator', CONFIGURABLE)

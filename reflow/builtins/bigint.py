"""21.2 BigInt Objects."""
import math

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.limits import MAX_BIGINT_BITS, bigint_size_error
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.operations import (string_to_bigint, to_integer_or_infinity,
                                         to_primitive)
from reflow.interp.vm.realm import PrimitiveWrapper
from reflow.interp.vm.values import JSBigInt, SYM_TO_STRING_TAG, UNDEFINED
from reflow.parser.numeric import int_to_digits
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 21.2.1.1 BigInt ( value )
@reg.constructor('BigInt', 1, 'BigIntPrototype')
def bigint_ctor(realm, this, args, new_target):
    if new_target is not None:
        raise type_error('BigInt is not a constructor')
    prim = to_primitive(arg(args, 0), 'number')
    if type(prim) is float:
        return number_to_bigint(prim)
    return to_bigint(prim)


# 21.2.1.1.1 NumberToBigInt ( number )
def number_to_bigint(n):
    if n != n or n in (math.inf, -math.inf) or not n.is_integer():
        raise JSErrorSignal('RangeError', 'The number %s cannot be converted to a BigInt '
                            'because it is not an integer' % _num_text(n))
    return JSBigInt(int(n))


def _num_text(n):
    from reflow.interp.vm.operations import number_to_string
    return number_to_string(n)


# the most characters of a string an error message quotes (V8's 1000, then '…')
_QUOTED_TEXT = 1000


# 7.1.13 ToBigInt ( argument )
def to_bigint(value):
    prim = to_primitive(value, 'number')
    t = type(prim)
    if t is JSBigInt:
        return prim
    if t is bool:
        return JSBigInt(1 if prim else 0)
    if t is str:
        n = string_to_bigint(prim)
        if n is None:
            raise JSErrorSignal('SyntaxError', 'Cannot convert %s to a BigInt' % (
                prim if len(prim) <= _QUOTED_TEXT else prim[:_QUOTED_TEXT] + '\u2026'))
        return JSBigInt(n)
    if t is float:
        raise type_error('Cannot convert %s to a BigInt' % _num_text(prim))
    raise type_error('Cannot convert %s to a BigInt' % (
        'a Symbol' if t is not type(UNDEFINED) and prim is not UNDEFINED and
        prim is not None and t.__name__ == 'JSSymbol' else str(prim)))


# 7.1.? ToIndex ( value )
def to_index(value, message='Invalid index'):
    """message: V8's wording for the caller's argument."""
    n = to_integer_or_infinity(value)
    if n < 0 or n > 2 ** 53 - 1:
        raise JSErrorSignal('RangeError', message)
    return int(n)


_BITS_MESSAGE = 'Invalid value: not (convertible to) a safe integer'


# 21.2.2.1 BigInt.asIntN ( bits, bigint )
@reg.method('BigInt', 'asIntN', 2)
def as_int_n(realm, this, args):
    bits = to_index(arg(args, 0), _BITS_MESSAGE)
    v = to_bigint(arg(args, 1)).value
    if bits == 0:
        return JSBigInt(0)
    if v.bit_length() < bits:   # -2**(bits-1) <= v < 2**(bits-1): v itself
        return JSBigInt(v)
    mod = v % (1 << bits)
    return JSBigInt(mod - (1 << bits) if mod >= 1 << (bits - 1) else mod)


# 21.2.2.2 BigInt.asUintN ( bits, bigint )
@reg.method('BigInt', 'asUintN', 2)
def as_uint_n(realm, this, args):
    bits = to_index(arg(args, 0), _BITS_MESSAGE)
    v = to_bigint(arg(args, 1)).value
    if 0 <= v and v.bit_length() <= bits:
        return JSBigInt(v)
    if bits > MAX_BIGINT_BITS:   # a negative v modulo 2**bits has about `bits` bits
        raise bigint_size_error()
    return JSBigInt(v % (1 << bits))


# 21.2.3.4.1 ThisBigIntValue ( value )
def this_bigint_value(value, name):
    if type(value) is JSBigInt:
        return value
    if isinstance(value, PrimitiveWrapper) and type(value.primitive) is JSBigInt:
        return value.primitive
    raise type_error("BigInt.prototype.%s requires that 'this' be a BigInt" % name)


# 21.2.3.2 BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
@reg.method('BigIntPrototype', 'toLocaleString', 0)
def to_locale_string(realm, this, args):
    return int_to_digits(this_bigint_value(this, 'toLocaleString').value)


# 21.2.3.3 BigInt.prototype.toString ( [ radix ] )
@reg.method('BigIntPrototype', 'toString', 0)
def to_string(realm, this, args):
    x = this_bigint_value(this, 'toString').value
    radix = arg(args, 0)
    r = 10 if radix is UNDEFINED else to_integer_or_infinity(radix)
    if r < 2 or r > 36:
        raise JSErrorSignal('RangeError', 'toString() radix argument must be between 2 and 36')
    return int_to_digits(x, int(r))


# 21.2.3.4 BigInt.prototype.valueOf ( )
@reg.method('BigIntPrototype', 'valueOf', 0)
def value_of(realm, this, args):
    return this_bigint_value(this, 'valueOf')


@reg.setup
def setup(realm):
    realm.intrinsics['BigIntPrototype'].define(SYM_TO_STRING_TAG, 'BigInt', CONFIGURABLE)

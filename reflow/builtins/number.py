"""21.1 Number Objects, with 19.2.4 parseFloat and 19.2.5 parseInt (the same function
objects as Number.parseFloat and Number.parseInt)."""
import math
import re

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import (_WS, number_to_string, to_integer_or_infinity,
                                         to_int32, to_string)
from reflow.interp.vm.operators import to_numeric
from reflow.interp.vm.realm import PrimitiveWrapper
from reflow.interp.vm.values import JSBigInt, UNDEFINED
from reflow.parser.numeric import digits_to_int, int_to_float
from .number_format import to_exponential, to_fixed, to_precision, to_radix_string
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()

MAX_SAFE_INTEGER = 9007199254740991.0


# 21.1.1.1 Number ( value )
@reg.constructor('Number', 1, 'NumberPrototype')
def number_ctor(realm, this, args, new_target):
    if args:
        prim = to_numeric(args[0])
        n = int_to_float(prim.value) if type(prim) is JSBigInt else prim
    else:
        n = 0.0
    if new_target is None:
        return n
    from reflow.interp.vm.proxy import get_prototype_from_constructor
    proto = get_prototype_from_constructor(realm, new_target, 'NumberPrototype')
    return PrimitiveWrapper(proto, n, 'Number')


def _number_arg(args):
    v = arg(args, 0)
    return v if type(v) is float else None


# 21.1.2.2 Number.isFinite ( number )
@reg.method('Number', 'isFinite', 1)
def is_finite(realm, this, args):
    n = _number_arg(args)
    return n is not None and n == n and n not in (math.inf, -math.inf)


# 21.1.2.3 Number.isInteger ( number ) / 6.1.6.1.? IsIntegralNumber
def _is_integral(n):
    return n is not None and n == n and n not in (math.inf, -math.inf) and n.is_integer()


@reg.method('Number', 'isInteger', 1)
def is_integer(realm, this, args):
    return _is_integral(_number_arg(args))


# 21.1.2.4 Number.isNaN ( number )
@reg.method('Number', 'isNaN', 1)
def is_nan(realm, this, args):
    n = _number_arg(args)
    return n is not None and n != n


# 21.1.2.5 Number.isSafeInteger ( number )
@reg.method('Number', 'isSafeInteger', 1)
def is_safe_integer(realm, this, args):
    n = _number_arg(args)
    return _is_integral(n) and abs(n) <= MAX_SAFE_INTEGER


# 21.1.3.7.1 ThisNumberValue ( value )
def this_number_value(value, method):
    if type(value) is float:
        return value
    if isinstance(value, PrimitiveWrapper) and type(value.primitive) is float:
        return value.primitive
    raise type_error("Number.prototype.%s requires that 'this' be a Number" % method)


# 21.1.3.2 Number.prototype.toExponential ( fractionDigits )
@reg.method('NumberPrototype', 'toExponential', 1)
def to_exponential_(realm, this, args):
    x = this_number_value(this, 'toExponential')
    fd = arg(args, 0)
    f = to_integer_or_infinity(fd)
    if x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    if f < 0 or f > 100:
        raise JSErrorSignal('RangeError', 'toExponential() argument must be between 0 and 100')
    return to_exponential(x, None if fd is UNDEFINED else int(f))


# 21.1.3.3 Number.prototype.toFixed ( fractionDigits )
@reg.method('NumberPrototype', 'toFixed', 1)
def to_fixed_(realm, this, args):
    x = this_number_value(this, 'toFixed')
    f = to_integer_or_infinity(arg(args, 0))
    if f in (math.inf, -math.inf) or f < 0 or f > 100:
        raise JSErrorSignal('RangeError', 'toFixed() digits argument must be between 0 and 100')
    if x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    if abs(x) >= 1e21:
        return number_to_string(x)
    return to_fixed(x, int(f))


# 21.1.3.4 Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
@reg.method('NumberPrototype', 'toLocaleString', 0)
def to_locale_string(realm, this, args):
    return number_to_string(this_number_value(this, 'toLocaleString'))


# 21.1.3.5 Number.prototype.toPrecision ( precision )
@reg.method('NumberPrototype', 'toPrecision', 1)
def to_precision_(realm, this, args):
    x = this_number_value(this, 'toPrecision')
    precision = arg(args, 0)
    if precision is UNDEFINED:
        return number_to_string(x)
    p = to_integer_or_infinity(precision)
    if x != x or x in (math.inf, -math.inf):
        return number_to_string(x)
    if p < 1 or p > 100:
        raise JSErrorSignal('RangeError', 'toPrecision() argument must be between 1 and 100')
    return to_precision(x, int(p))


# 21.1.3.6 Number.prototype.toString ( [ radix ] )
@reg.method('NumberPrototype', 'toString', 1)
def to_string_(realm, this, args):
    x = this_number_value(this, 'toString')
    radix = arg(args, 0)
    r = 10 if radix is UNDEFINED else to_integer_or_infinity(radix)
    if r < 2 or r > 36:
        raise JSErrorSignal('RangeError', 'toString() radix must be between 2 and 36')
    if r == 10:
        return number_to_string(x)
    return to_radix_string(x, int(r))


# 21.1.3.7 Number.prototype.valueOf ( )
@reg.method('NumberPrototype', 'valueOf', 0)
def value_of(realm, this, args):
    return this_number_value(this, 'valueOf')


_FLOAT = re.compile(r'[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)')


# 19.2.4 parseFloat ( string )
@reg.method('global', 'parseFloat', 1)
def parse_float(realm, this, args):
    s = to_string(arg(args, 0)).lstrip(_WS)
    m = _FLOAT.match(s)
    if m is None:
        return math.nan
    text = m.group()
    if text.endswith('Infinity'):
        return -math.inf if text[0] == '-' else math.inf
    return float(text)


_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'


# 19.2.5 parseInt ( string, radix )
@reg.method('global', 'parseInt', 2)
def parse_int(realm, this, args):
    s = to_string(arg(args, 0)).lstrip(_WS)
    sign = 1
    if s[:1] == '-':
        sign = -1
    if s[:1] in ('-', '+'):
        s = s[1:]
    r = to_int32(arg(args, 1))
    strip_prefix = True
    if r != 0:
        if r < 2 or r > 36:
            return math.nan
        if r != 16:
            strip_prefix = False
    else:
        r = 10
    if strip_prefix and s[:2] in ('0x', '0X'):
        s = s[2:]
        r = 16
    valid = _DIGITS[:r]
    end = 0
    while end < len(s) and s[end].isascii() and s[end].lower() in valid:
        end += 1
    if end == 0:
        return math.nan
    digits = s[:end].lower()
    if r == 10 and end > 20:
        # only the first 20 digits are significant (implementations may round them)
        return sign * float(digits)
    # step 16: a zero keeps its sign (parseInt('-0') is -0)
    return sign * int_to_float(digits_to_int(digits, r))


@reg.setup
def setup(realm):
    I = realm.intrinsics
    ctor = I['Number']
    # 21.1.2 value properties of the Number constructor
    for name, value in (('EPSILON', 2.0 ** -52), ('MAX_SAFE_INTEGER', MAX_SAFE_INTEGER),
                        ('MAX_VALUE', 1.7976931348623157e308),
                        ('MIN_SAFE_INTEGER', -MAX_SAFE_INTEGER), ('MIN_VALUE', 5e-324),
                        ('NaN', math.nan), ('NEGATIVE_INFINITY', -math.inf),
                        ('POSITIVE_INFINITY', math.inf)):
        ctor.define(name, value, 0)
    from reflow.interp.vm.objects import CONFIGURABLE, WRITABLE
    glob = realm.global_object
    ctor.define('parseFloat', glob.get('parseFloat'), WRITABLE | CONFIGURABLE)
    ctor.define('parseInt', glob.get('parseInt'), WRITABLE | CONFIGURABLE)

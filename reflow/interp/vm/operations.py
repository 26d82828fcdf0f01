"""7.1 Type Conversion and 7.2 Testing and Comparison Operations.

ToObject needs the realm's wrapper prototypes, so it lives with the realm; everything
here depends only on the value model.
"""
import math

from reflow.parser.numeric import digits_to_int, int_to_digits, int_to_float
from .errors import type_error
from .limits import MAX_BIGINT_BITS
from .function import is_constructor
from .objects import JSObject, call_function, same_value
from .values import JSBigInt, JSSymbol, NULL, SYM_SPECIES, SYM_TO_PRIMITIVE, UNDEFINED

_DIGITS = {16: frozenset('0123456789abcdefABCDEF'), 8: frozenset('01234567'),
           2: frozenset('01')}
_DECIMAL = frozenset('0123456789')
_WS = '\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007' \
      '\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'


# 7.1.1 ToPrimitive ( input [ , preferredType ] )
def to_primitive(value, hint='default'):
    if not isinstance(value, JSObject):
        return value
    exotic = value.get(SYM_TO_PRIMITIVE)
    if exotic is not UNDEFINED and exotic is not NULL:
        if not getattr(exotic, 'is_callable', False):
            raise type_error('Symbol.toPrimitive is not a function')
        result = call_function(exotic, value, [hint])
        if isinstance(result, JSObject):
            raise type_error('Cannot convert object to primitive value')
        return result
    return ordinary_to_primitive(value, 'string' if hint == 'string' else 'number')


# 7.1.1.1 OrdinaryToPrimitive ( O, hint )
def ordinary_to_primitive(obj, hint):
    names = ('toString', 'valueOf') if hint == 'string' else ('valueOf', 'toString')
    for name in names:
        method = obj.get(name)
        if getattr(method, 'is_callable', False):
            result = call_function(method, obj, [])
            if not isinstance(result, JSObject):
                return result
    raise type_error('Cannot convert object to primitive value')


# 7.1.2 ToBoolean ( argument )
def to_boolean(value):
    t = type(value)
    if t is bool:
        return value
    if t is float:
        return not (value == 0.0 or value != value)
    if t is str:
        return len(value) > 0
    if value is UNDEFINED or value is NULL:
        return False
    if t is JSBigInt:
        return value.value != 0
    return True


# 7.1.4 ToNumber ( argument )
def to_number(value):
    t = type(value)
    if t is float:
        return value
    if t is str:
        return string_to_number(value)
    if t is bool:
        return 1.0 if value else 0.0
    if value is UNDEFINED:
        return math.nan
    if value is NULL:
        return 0.0
    if t is JSSymbol:
        raise type_error('Cannot convert a Symbol value to a number')
    if t is JSBigInt:
        raise type_error('Cannot convert a BigInt value to a number')
    if t is int:   # a host integer that was not converted on the way in
        return int_to_float(value)
    return to_number(to_primitive(value, 'number'))


# 7.1.4.1.1 StringToNumber ( str )
def string_to_number(s):
    s = s.strip(_WS)
    if not s:
        return 0.0
    if len(s) > 2 and s[0] == '0' and s[1] in 'xXoObB':
        base = {'x': 16, 'o': 8, 'b': 2}[s[1].lower()]
        if not all(c in _DIGITS[base] for c in s[2:]):
            return math.nan
        return int_to_float(digits_to_int(s[2:], base))
    body = s[1:] if s[0] in '+-' else s
    if body == 'Infinity':
        return -math.inf if s[0] == '-' else math.inf
    # StrDecimalLiteral: digits, '.', exponent; no separators, no 'inf'/'nan' words
    if not body or not all(c in '0123456789.eE+-' for c in body) or '_' in body:
        return math.nan
    try:
        return float(s)
    except ValueError:
        return math.nan


# 7.1.6 ToInt32 / 7.1.7 ToUint32 / 7.1.9 ToUint16
def to_int32(value):
    n = value if type(value) is float else to_number(value)
    if n != n or n in (math.inf, -math.inf):
        return 0
    i = int(n) & 0xFFFFFFFF
    return i - 0x100000000 if i >= 0x80000000 else i


def to_uint32(value):
    n = value if type(value) is float else to_number(value)
    if n != n or n in (math.inf, -math.inf):
        return 0
    return int(n) & 0xFFFFFFFF


# 7.1.5 ToIntegerOrInfinity ( argument )
def to_integer_or_infinity(value):
    n = to_number(value)
    if n != n or n == 0.0:
        return 0
    if n in (math.inf, -math.inf):
        return n
    return int(n)


# 7.1.17 ToString ( argument )
def to_string(value):
    t = type(value)
    if t is str:
        return value
    if t is float:
        return number_to_string(value)
    if t is bool:
        return 'true' if value else 'false'
    if value is UNDEFINED:
        return 'undefined'
    if value is NULL:
        return 'null'
    if t is JSSymbol:
        raise type_error('Cannot convert a Symbol value to a string')
    if t is JSBigInt:
        return int_to_digits(value.value)
    return to_string(to_primitive(value, 'string'))


# 6.1.6.1.20 Number::toString ( x, radix ) for radix 10
def number_to_string(x):
    if x != x:
        return 'NaN'
    if x == 0.0:
        return '0'
    if x == math.inf:
        return 'Infinity'
    if x == -math.inf:
        return '-Infinity'
    if x < 0:
        return '-' + number_to_string(-x)
    if x.is_integer() and x < 9007199254740992.0:
        return '%d' % x
    # shortest round-trip digits (repr gives them), then the spec's layout
    r = repr(x)
    if 'e' in r:
        mantissa, exp = r.split('e')
        e = int(exp)
    else:
        mantissa, e = r, 0
    if '.' in mantissa:
        int_part, frac = mantissa.split('.')
        if frac == '0':
            frac = ''
    else:
        int_part, frac = mantissa, ''
    digits = (int_part + frac).lstrip('0')
    # n: position of the decimal point relative to the digit string (spec's n)
    n = len(int_part) + e if int_part != '0' else e - (len(frac) - len(frac.lstrip('0')))
    digits = digits.rstrip('0') or '0'
    k = len(digits)
    if k <= n <= 21:
        return digits + '0' * (n - k)
    if 0 < n <= 21:
        return digits[:n] + '.' + digits[n:]
    if -6 < n <= 0:
        return '0.' + '0' * (-n) + digits
    exp = n - 1
    sign = '+' if exp >= 0 else '-'
    if k == 1:
        return '%se%s%d' % (digits, sign, abs(exp))
    return '%s.%se%s%d' % (digits[0], digits[1:], sign, abs(exp))


# 7.1.19 ToPropertyKey ( argument )
def to_property_key(value):
    t = type(value)
    if t is str:
        return value
    if t is float:
        return number_to_string(value)
    if t is JSSymbol:
        return value
    key = to_primitive(value, 'string')
    if type(key) is JSSymbol:
        return key
    return to_string(key)


# 7.2.14 IsStrictlyEqual ( x, y )
def strictly_equal(x, y):
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is float or tx is str or tx is bool:
        return x == y
    if tx is JSBigInt:
        return x.value == y.value
    return x is y


# 7.2.13 IsLooselyEqual ( x, y )
def loosely_equal(x, y):
    tx, ty = type(x), type(y)
    if tx is ty:
        return strictly_equal(x, y)
    xnull = x is UNDEFINED or x is NULL
    ynull = y is UNDEFINED or y is NULL
    if xnull or ynull:
        return xnull and ynull   # B.3.6.2 IsHTMLDDA objects are not modelled
    if tx is float and ty is str:
        return x == string_to_number(y)
    if tx is str and ty is float:
        return string_to_number(x) == y
    if tx is JSBigInt and ty is str:
        n = string_to_bigint(y)
        return n is not None and n == x.value
    if tx is str and ty is JSBigInt:
        return loosely_equal(y, x)
    if tx is bool:
        return loosely_equal(1.0 if x else 0.0, y)
    if ty is bool:
        return loosely_equal(x, 1.0 if y else 0.0)
    xobj = isinstance(x, JSObject)
    yobj = isinstance(y, JSObject)
    if yobj and not xobj:
        return loosely_equal(x, to_primitive(y))
    if xobj and not yobj:
        return loosely_equal(to_primitive(x), y)
    if (tx is JSBigInt and ty is float) or (tx is float and ty is JSBigInt):
        a, b = (x.value, y) if tx is JSBigInt else (y.value, x)
        if b != b or b in (math.inf, -math.inf):
            return False
        return b.is_integer() and int(b) == a
    return False


# 7.1.14 StringToBigInt ( str ): the int, or None where the spec says undefined (and
# where the digits would make a BigInt past MAX_BIGINT_BITS: V8 cannot parse them either)
def string_to_bigint(s):
    s = s.strip(_WS)
    if not s:
        return 0
    if len(s) > 2 and s[0] == '0' and s[1] in 'xXoObB':
        base = {'x': 16, 'o': 8, 'b': 2}[s[1].lower()]
        digits = s[2:]
        if not all(c in _DIGITS[base] for c in digits):
            return None
        negative = False
    else:
        base = 10
        negative = s[0] == '-'
        digits = s[1:] if s[0] in '+-' else s
        if not digits or not all(c in _DECIMAL for c in digits):
            return None
    digits = digits.lstrip('0') or '0'
    if len(digits) * math.log2(base) > MAX_BIGINT_BITS + 1:
        return None
    n = digits_to_int(digits, base)
    return -n if negative else n


__all__ = ['to_primitive', 'ordinary_to_primitive', 'to_boolean', 'to_number',
           'string_to_number', 'to_int32', 'to_uint32', 'to_integer_or_infinity',
           'to_string', 'number_to_string', 'to_property_key', 'strictly_equal',
           'loosely_equal', 'string_to_bigint', 'same_value']


# 7.3.18 LengthOfArrayLike ( obj )
def length_of_array_like(obj):
    n = to_integer_or_infinity(obj.get('length'))
    if n <= 0:
        return 0
    return int(min(n, 2 ** 53 - 1))


# 7.3.22 SpeciesConstructor ( O, defaultConstructor )
def species_constructor(realm, obj, default):
    c = obj.get('constructor')
    if c is UNDEFINED:
        return default
    if not isinstance(c, JSObject):
        raise type_error('object.constructor is not an object')
    s = c.get(SYM_SPECIES)
    if s is UNDEFINED or s is NULL:
        return default
    if is_constructor(s):
        return s
    raise type_error('object.constructor[Symbol.species] is not a constructor')

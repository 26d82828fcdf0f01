"""The operators with their full conversions, as the VM runs them out of line:
13.15.3 ApplyStringOrNumericBinaryOperator, 6.1.6 the Number and BigInt operations,
7.2.13 IsLessThan and 13.10 the relational operators (instanceof, in). The dispatch loop
inlines the fast cases and calls these for the rest."""
import math

from .errors import JSErrorSignal, type_error
from .function import is_callable
from .heap import BIG_ALLOCATION
from .limits import MAX_BIGINT_BITS, bigint_size_error, check_string_length
from .objects import JSObject, THREAD
from .operations import to_boolean, to_int32, to_number, to_primitive, to_string, to_uint32
from .references import describe, to_key
from .values import JSBigInt, JSSymbol, NULL, SYM_HAS_INSTANCE, UNDEFINED


# 13.15.3 ApplyStringOrNumericBinaryOperator for +
def add(a, b):
    ta, tb = type(a), type(b)
    if ta is float and tb is float:
        return a + b
    if ta is str and tb is str:
        if len(a) + len(b) > BIG_ALLOCATION:   # too long, or charged to a memory limit
            check_string_length(len(a) + len(b))
        return a + b
    a = to_primitive(a)
    b = to_primitive(b)
    if type(a) is str or type(b) is str:
        a = to_string(a)
        b = to_string(b)
        if len(a) + len(b) > BIG_ALLOCATION:
            check_string_length(len(a) + len(b))
        return a + b
    return numeric_op('+', a, b)


def numeric_op(op, a, b):
    """The arithmetic operators after ToNumeric on both operands."""
    a = to_numeric(a)
    b = to_numeric(b)
    if type(a) is JSBigInt or type(b) is JSBigInt:
        if type(a) is not type(b):
            raise type_error('Cannot mix BigInt and other types, use explicit conversions')
        return bigint_op(op, a.value, b.value)
    return number_op(op, a, b)


def to_numeric(value):
    """7.1.3 ToNumeric."""
    t = type(value)
    if t is float or t is JSBigInt:
        return value
    prim = to_primitive(value, 'number')
    if type(prim) is JSBigInt:
        return prim
    return to_number(prim)


def number_op(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if op == '/':
        return divide(a, b)
    if op == '%':
        return remainder(a, b)
    if op == '**':
        return power(a, b)
    if op == '&':
        return float(to_int32(a) & to_int32(b))
    if op == '|':
        return float(to_int32(a) | to_int32(b))
    if op == '^':
        return float(to_int32(a) ^ to_int32(b))
    if op == '<<':
        v = (to_int32(a) << (to_uint32(b) & 31)) & 0xFFFFFFFF
        return float(v - 0x100000000 if v >= 0x80000000 else v)
    if op == '>>':
        return float(to_int32(a) >> (to_uint32(b) & 31))
    if op == '>>>':
        return float(to_uint32(a) >> (to_uint32(b) & 31))
    raise AssertionError(op)


def divide(a, b):
    """6.1.6.1.5 Number::divide: IEEE division (Python raises on / 0)."""
    if b == 0.0:
        if a != a or a == 0.0:
            return math.nan
        neg = (a < 0) != (math.copysign(1.0, b) < 0)
        return -math.inf if neg else math.inf
    return a / b


def remainder(n, d):
    """6.1.6.1.6 Number::remainder: truncating, sign of the dividend."""
    if n != n or d != d or n in (math.inf, -math.inf) or d == 0.0:
        return math.nan
    if d in (math.inf, -math.inf) or n == 0.0:
        return n
    r = math.fmod(n, d)
    if r == 0.0:
        return math.copysign(0.0, n)
    return r


def power(base, exp):
    """6.1.6.1.3 Number::exponentiate."""
    if exp != exp:
        return math.nan
    if exp == 0.0:
        return 1.0
    if (base == 1.0 or base == -1.0) and exp in (math.inf, -math.inf):
        return math.nan
    if base < 0 and base != -math.inf and exp not in (math.inf, -math.inf) and \
            not exp.is_integer():
        return math.nan   # a negative finite base to a non-integral power
    try:
        r = base ** exp
    except ZeroDivisionError:
        # 0 ** negative
        if exp.is_integer() and int(exp) % 2 == 1:
            return math.copysign(math.inf, base)
        return math.inf
    except OverflowError:
        if base < 0 and exp.is_integer() and int(exp) % 2 == 1:
            return -math.inf
        return math.inf
    if type(r) is complex:
        return math.nan
    return r


def bigint_op(op, a, b):
    """6.1.6.2 BigInt operations. A result past MAX_BIGINT_BITS is V8's RangeError,
    found before the work where the operands tell (*, **, <<), after it where the
    result is at most a bit longer than an operand (+, -)."""
    if op == '+':
        return _bigint_result(a + b)
    if op == '-':
        return _bigint_result(a - b)
    if op == '*':
        if a.bit_length() + b.bit_length() > MAX_BIGINT_BITS + 1:
            raise bigint_size_error()
        return _bigint_result(a * b)
    if op == '/':
        if b == 0:
            raise JSErrorSignal('RangeError', 'Division by zero')
        q = abs(a) // abs(b)
        return JSBigInt(q if (a < 0) == (b < 0) else -q)
    if op == '%':
        if b == 0:
            raise JSErrorSignal('RangeError', 'Division by zero')
        r = abs(a) % abs(b)
        return JSBigInt(r if a >= 0 else -r)
    if op == '**':
        if b < 0:
            raise JSErrorSignal('RangeError', 'Exponent must be non-negative')
        # |a| >= 2: the power has floor(b * log2|a|) + 1 bits
        if abs(a) > 1 and (b > MAX_BIGINT_BITS or
                           b * math.log2(abs(a)) >= MAX_BIGINT_BITS):
            raise bigint_size_error()
        return _bigint_result(a ** b)
    if op == '&':
        return JSBigInt(a & b)
    if op == '|':
        return JSBigInt(a | b)
    if op == '^':
        return JSBigInt(a ^ b)
    if op == '<<':
        return _bigint_shift_left(a, b)
    if op == '>>':
        return _bigint_shift_left(a, -b)
    if op == '>>>':
        raise type_error('BigInts have no unsigned right shift, use >> instead')
    raise AssertionError(op)


def _bigint_result(n):
    if n.bit_length() > MAX_BIGINT_BITS:
        raise bigint_size_error()
    return JSBigInt(n)


def _bigint_shift_left(a, count):
    """6.1.6.2.9 BigInt::leftShift: a * 2**count, rounded down for a negative count."""
    if count <= 0:
        return JSBigInt(a >> -count)
    if a and a.bit_length() + count > MAX_BIGINT_BITS:
        raise bigint_size_error()
    return JSBigInt(a << count)


# 7.2.13 IsLessThan ( x, y, LeftFirst ): True, False or None (undefined)
def less_than(x, y, left_first=True):
    if left_first:
        px = to_primitive(x, 'number')
        py = to_primitive(y, 'number')
    else:
        py = to_primitive(y, 'number')
        px = to_primitive(x, 'number')
    if type(px) is str and type(py) is str:
        return px < py   # code unit order: our strings are UTF-16 code units
    if type(px) is JSBigInt and type(py) is str:
        from .operations import string_to_bigint
        ny = string_to_bigint(py)
        return None if ny is None else px.value < ny
    if type(px) is str and type(py) is JSBigInt:
        from .operations import string_to_bigint
        nx = string_to_bigint(px)
        return None if nx is None else nx < py.value
    nx = to_numeric(px)
    ny = to_numeric(py)
    if type(nx) is float and type(ny) is float:
        if nx != nx or ny != ny:
            return None
        return nx < ny
    if type(nx) is JSBigInt and type(ny) is JSBigInt:
        return nx.value < ny.value
    # one BigInt, one Number
    if type(nx) is JSBigInt:
        if ny != ny:
            return None
        if ny in (math.inf, -math.inf):
            return ny > 0
        return nx.value < ny if nx.value != math.floor(ny) else nx.value < ny
    if nx != nx:
        return None
    if nx in (math.inf, -math.inf):
        return nx < 0
    return nx < ny.value


def compare(op, a, b):
    if type(a) is float and type(b) is float:
        if op == '<':
            return a < b
        if op == '>':
            return a > b
        if op == '<=':
            return a <= b
        return a >= b
    if op == '<':
        return less_than(a, b) is True
    if op == '>':
        return less_than(b, a, False) is True
    if op == '<=':
        r = less_than(b, a, False)
        return r is False
    r = less_than(a, b)
    return r is False


# 13.10.2 InstanceofOperator ( V, target )
def instance_of(realm, value, target):
    if not isinstance(target, JSObject):
        raise type_error("Right-hand side of 'instanceof' is not an object")
    handler = target.get(SYM_HAS_INSTANCE)
    if handler is not UNDEFINED and handler is not NULL:
        if not is_callable(handler):
            raise type_error('Symbol.hasInstance is not a function')
        return to_boolean(handler.call(target, [value]))
    if not is_callable(target):
        raise type_error("Right-hand side of 'instanceof' is not callable")
    return ordinary_has_instance(target, value)


# 7.3.21 OrdinaryHasInstance ( C, O )
def ordinary_has_instance(c, o):
    if not is_callable(c):
        return False
    from .function import BoundFunction
    if isinstance(c, BoundFunction):
        native = THREAD.stack
        native.enter()   # bound functions of bound functions nest deeply
        try:
            return instance_of(c.target.realm if hasattr(c.target, 'realm') else None, o,
                               c.target)
        finally:
            native.depth -= 1
    if not isinstance(o, JSObject):
        return False
    proto = c.get('prototype')
    if not isinstance(proto, JSObject):
        raise type_error("Function has non-object prototype in instanceof check")
    o = o.get_prototype_of()
    while o is not NULL:
        if o is proto:
            return True
        o = o.get_prototype_of()
    return False


def has_property_op(realm, key, obj):
    """13.10.1 the `in` operator."""
    if not isinstance(obj, JSObject):
        raise type_error("Cannot use 'in' operator to search for '%s' in %s" % (
            to_string(key) if type(key) is not JSSymbol else repr(key), describe(obj)))
    return obj.has_property(to_key(key))

"""21.3 The Math Object: every function, with the spec's -0, NaN and Infinity cases."""
import math
import random
import struct

from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.operations import to_number, to_uint32
from reflow.interp.vm.values import SYM_TO_STRING_TAG
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()
reg.namespace('Math')
INF = math.inf
NAN = math.nan


def _num(args, i=0):
    return to_number(arg(args, i))


def _is_neg_zero(x):
    return x == 0 and math.copysign(1.0, x) < 0


def unary(name, fn):
    """A Math function of one Number whose NaN maps to NaN."""
    def method(realm, this, args):
        x = _num(args)
        if x != x:
            return NAN
        return fn(x)
    method.__name__ = name
    reg.method('Math', name, 1)(method)


def _guard(fn, domain_error=NAN):
    def safe(x):
        try:
            return float(fn(x))
        except ValueError:
            return domain_error
        except OverflowError:
            return INF
    return safe


# 21.3.2.1 Math.abs ( x )
unary('abs', abs)
# 21.3.2.2 Math.acos ( x ) / 21.3.2.3 Math.acosh ( x ) / 21.3.2.4 Math.asin ( x )
unary('acos', _guard(math.acos))
unary('acosh', _guard(math.acosh))
unary('asin', lambda x: x if x == 0 else _guard(math.asin)(x))
# 21.3.2.5 Math.asinh ( x ): keeps -0 and infinities
unary('asinh', lambda x: x if x == 0 or x in (INF, -INF) else math.asinh(x))
# 21.3.2.6 Math.atan ( x ) / 21.3.2.7 Math.atanh ( x )
unary('atan', lambda x: x if x == 0 else math.atan(x))
unary('atanh', lambda x: x if x == 0 else (INF if x == 1 else -INF if x == -1
                                          else _guard(math.atanh)(x)))
# 21.3.2.9 Math.cbrt ( x )
def _cbrt(x):
    if x == 0 or x in (INF, -INF):
        return x
    # the C library's root is within an ulp: step to the correctly rounded one,
    # the double whose neighbouring midpoints' cubes enclose |x| (exact arithmetic)
    from fractions import Fraction   # (~5 ms to import: not for every use of Math)
    a = abs(x)
    r = math.cbrt(a)
    exact = Fraction(a)
    for _ in range(4):
        up = math.nextafter(r, INF)
        down = math.nextafter(r, 0.0)
        if ((Fraction(r) + Fraction(up)) / 2) ** 3 < exact:
            r = up
        elif ((Fraction(r) + Fraction(down)) / 2) ** 3 > exact:
            r = down
        else:
            break
    return math.copysign(r, x)


unary('cbrt', _cbrt)
# 21.3.2.10 Math.ceil ( x )
unary('ceil', lambda x: x if x in (INF, -INF) or x == 0 else (
    -0.0 if -1 < x < 0 else float(math.ceil(x))))
# 21.3.2.12 Math.cos ( x ) / 21.3.2.13 Math.cosh ( x )
unary('cos', _guard(math.cos))
unary('cosh', lambda x: INF if x in (INF, -INF) else _guard(math.cosh)(x))
# 21.3.2.14 Math.exp ( x ) / 21.3.2.15 Math.expm1 ( x )
unary('exp', lambda x: 0.0 if x == -INF else _guard(math.exp)(x))
unary('expm1', lambda x: x if x == 0 else (-1.0 if x == -INF else _guard(math.expm1)(x)))
# 21.3.2.16 Math.floor ( x )
unary('floor', lambda x: x if x in (INF, -INF) or x == 0 else float(math.floor(x)))
# 21.3.2.20 Math.log ( x ) ... 21.3.2.23 Math.log2 ( x )
unary('log', lambda x: -INF if x == 0 else (NAN if x < 0 else (INF if x == INF
                                                                else math.log(x))))
unary('log1p', lambda x: x if x == 0 else (-INF if x == -1 else (
    NAN if x < -1 else (INF if x == INF else math.log1p(x)))))
unary('log10', lambda x: -INF if x == 0 else (NAN if x < 0 else (INF if x == INF
                                                                  else math.log10(x))))
unary('log2', lambda x: -INF if x == 0 else (NAN if x < 0 else (INF if x == INF
                                                                 else math.log2(x))))
# 21.3.2.28 Math.round ( x )
def _round(x):
    if x in (INF, -INF) or x == 0 or x.is_integer():
        return x
    if -0.5 <= x < 0:
        return -0.0
    r = math.floor(x)
    return float(r + 1 if x - r >= 0.5 else r)


unary('round', _round)
# 21.3.2.29 Math.sign ( x )
unary('sign', lambda x: x if x == 0 else (1.0 if x > 0 else -1.0))
# 21.3.2.30 Math.sin ( x ) / 21.3.2.31 Math.sinh ( x )
unary('sin', lambda x: x if x == 0 else _guard(math.sin)(x))
unary('sinh', lambda x: x if x == 0 or x in (INF, -INF) else _guard(math.sinh)(x))
# 21.3.2.32 Math.sqrt ( x )
unary('sqrt', lambda x: x if x == 0 or x == INF else (NAN if x < 0 else math.sqrt(x)))
# 21.3.2.33 Math.tan ( x ) / 21.3.2.34 Math.tanh ( x )
unary('tan', lambda x: x if x == 0 else _guard(math.tan)(x))
unary('tanh', lambda x: x if x == 0 else (1.0 if x == INF else (-1.0 if x == -INF
                                                                   else math.tanh(x))))
# 21.3.2.35 Math.trunc ( x )
unary('trunc', lambda x: x if x in (INF, -INF) or x == 0 else (
    math.copysign(0.0, x) if abs(x) < 1 else float(math.trunc(x))))
# 21.3.2.17 Math.fround ( x )
unary('fround', lambda x: x if x in (INF, -INF) or x == 0 else _fround(x))


def _fround(x):
    try:
        return struct.unpack('f', struct.pack('f', x))[0]
    except OverflowError:
        return math.copysign(INF, x)


# 21.3.2.8 Math.atan2 ( y, x )
@reg.method('Math', 'atan2', 2)
def atan2(realm, this, args):
    y = _num(args, 0)
    x = _num(args, 1)
    if y != y or x != x:
        return NAN
    return math.atan2(y, x)


# 21.3.2.11 Math.clz32 ( x )
@reg.method('Math', 'clz32', 1)
def clz32(realm, this, args):
    n = to_uint32(arg(args, 0))
    return float(32 - n.bit_length())


# 21.3.2.18 Math.hypot ( ...args ): every argument is converted before any is looked at
@reg.method('Math', 'hypot', 2)
def hypot(realm, this, args):
    coerced = [to_number(a) for a in args]
    if any(n in (INF, -INF) for n in coerced):
        return INF
    if any(n != n for n in coerced):
        return NAN
    if all(n == 0 for n in coerced):
        return 0.0
    return math.hypot(*coerced)


# 21.3.2.19 Math.imul ( x, y )
@reg.method('Math', 'imul', 2)
def imul(realm, this, args):
    a = to_uint32(arg(args, 0))
    b = to_uint32(arg(args, 1))
    p = (a * b) & 0xFFFFFFFF
    return float(p - 0x100000000 if p >= 0x80000000 else p)


# 21.3.2.24 Math.max ( ...args ) / 21.3.2.25 Math.min ( ...args )
def _extreme(args, pick_max):
    coerced = [to_number(a) for a in args]
    result = -INF if pick_max else INF
    for n in coerced:
        if n != n:
            return NAN
        if n == result == 0:
            # +0 is larger than -0
            if pick_max and not _is_neg_zero(n) or not pick_max and _is_neg_zero(n):
                result = n
        elif (n > result) if pick_max else (n < result):
            result = n
    return result


@reg.method('Math', 'max', 2)
def max_(realm, this, args):
    return _extreme(args, True)


@reg.method('Math', 'min', 2)
def min_(realm, this, args):
    return _extreme(args, False)


# 21.3.2.26 Math.pow ( base, exponent ) -> 6.1.6.1.3 Number::exponentiate
@reg.method('Math', 'pow', 2)
def pow_(realm, this, args):
    from reflow.interp.vm.operators import numeric_op
    return numeric_op('**', _num(args, 0), _num(args, 1))


# 21.3.2.27 Math.random ( )
@reg.method('Math', 'random', 0)
def random_(realm, this, args):
    return random.random()


@reg.setup
def setup(realm):
    # 21.3.1 value properties of the Math object
    m = realm.intrinsics['Math']
    for name, value in (('E', math.e), ('LN10', math.log(10)), ('LN2', math.log(2)),
                        ('LOG10E', math.log10(math.e)), ('LOG2E', math.log2(math.e)),
                        ('PI', math.pi), ('SQRT1_2', math.sqrt(0.5)),
                        ('SQRT2', math.sqrt(2))):
        m.define(name, value, 0)
    m.define(SYM_TO_STRING_TAG, 'Math', CONFIGURABLE)

"""Number::toString(radix) (6.1.6.1.20) and the exact decimal layouts of 21.1.3.3
toFixed, 21.1.3.2 toExponential and 21.1.3.5 toPrecision, on the exact value of the
double (fractions.Fraction), with the spec's "pick the larger n" tie rule."""
import math

from reflow.parser.numeric import DIGIT_CHARS

# (fractions is imported by the layouts that need it: ~5 ms, for every use of Number)


def _round_half_up(q):
    """The integer n closest to the Fraction q; the larger one on a tie."""
    from fractions import Fraction
    return math.floor(q + Fraction(1, 2))


def _pow10(k):
    from fractions import Fraction
    return Fraction(10) ** k


def to_fixed(x, f):
    """21.1.3.3 steps 10-12 for a finite x (|x| < 1e21 checked by the caller)."""
    from fractions import Fraction
    sign = '-' if x < 0 else ''
    n = _round_half_up(abs(Fraction(x)) * _pow10(f))
    m = str(n)
    if f:
        k = len(m)
        if k <= f:
            m = '0' * (f + 1 - k) + m
            k = f + 1
        m = m[:k - f] + '.' + m[k - f:]
    return sign + m


def _digits(x, count):
    """(n, e): count-digit n and exponent e with n * 10^(e-count+1) closest to x > 0."""
    from fractions import Fraction
    fx = Fraction(x)
    e = math.floor(math.log10(x))
    # correct the floating estimate of the exponent
    while fx >= _pow10(e + 1):
        e += 1
    while fx < _pow10(e):
        e -= 1
    n = _round_half_up(fx / _pow10(e - count + 1))
    if n >= 10 ** count:
        e += 1
        n = _round_half_up(fx / _pow10(e - count + 1))
    return n, e


def _exponent(e):
    return 'e%s%d' % ('+' if e >= 0 else '-', abs(e))


def to_exponential(x, f):
    """21.1.3.2 steps 10-15 for a finite x; f None when fractionDigits is undefined."""
    sign = '-' if x < 0 else ''
    x = abs(x)
    if x == 0:
        m, e = '0' * ((f or 0) + 1), 0
        f = f or 0
    elif f is None:
        # as many digits as needed to tell x apart: the shortest round-trip digits
        r = '%r' % x
        mant, _, exp = r.partition('e')
        digits = mant.replace('.', '').lstrip('0')
        point = mant.find('.') if '.' in mant else len(mant)
        lead = len(mant) - len(mant.lstrip('0.'))
        e = (int(exp) if exp else 0) + (point - 1 if mant[0] != '0' else
                                        -(lead - 1))
        digits = digits.rstrip('0') or '0'
        m, f = digits, len(digits) - 1
    else:
        n, e = _digits(x, f + 1)
        m = str(n)
    if f:
        m = m[0] + '.' + m[1:]
    return sign + m + _exponent(e)


def to_precision(x, p):
    """21.1.3.5 steps 8-13 for a finite x."""
    sign = '-' if x < 0 else ''
    x = abs(x)
    if x == 0:
        m, e = '0' * p, 0
    else:
        n, e = _digits(x, p)
        m = str(n)
        if e < -6 or e >= p:
            if p != 1:
                m = m[0] + '.' + m[1:]
            return sign + m + _exponent(e)
    if e == p - 1:
        return sign + m
    if e >= 0:
        return sign + m[:e + 1] + '.' + m[e + 1:]
    return sign + '0.' + '0' * (-(e + 1)) + m


def to_radix_string(value, radix):
    """Number::toString(x, radix) for radix != 10: the digits engines print (V8's
    DoubleToRadixCString: the fraction is written until it is within half an ulp)."""
    if value != value:
        return 'NaN'
    if value in (math.inf, -math.inf):
        return 'Infinity' if value > 0 else '-Infinity'
    if value == 0:
        return '0'
    negative = value < 0
    value = -value if negative else value
    integer = math.floor(value)
    fraction = value - integer
    delta = max(0.5 * (math.nextafter(value, math.inf) - value), math.nextafter(0.0, 1.0))
    frac = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac.append(digit)
            fraction -= digit
            if fraction > 0.5 or (fraction == 0.5 and digit & 1):
                if fraction + delta > 1:
                    # round up, carrying into earlier digits (or the integer part)
                    while True:
                        if not frac:
                            integer += 1
                            break
                        d = frac.pop() + 1
                        if d < radix:
                            frac.append(d)
                            break
                    break
            if not fraction >= delta:
                break
    s = _integer_radix_digits(float(integer), radix)
    if frac:
        s += '.' + ''.join(DIGIT_CHARS[d] for d in frac)
    return '-' + s if negative else s


def _integer_radix_digits(integer, radix):
    """The integer part as V8 writes it: digits past the double's 53 bits of precision
    (while integer / radix >= 2**53) are zeros, the rest exact double arithmetic."""
    zeros = 0
    while integer / radix >= 9007199254740992.0:
        integer /= radix
        zeros += 1
    digits = []
    while True:
        remainder = math.fmod(integer, radix)
        digits.append(DIGIT_CHARS[int(remainder)])
        integer = (integer - remainder) / radix
        if integer <= 0:
            break
    return ''.join(reversed(digits)) + '0' * zeros

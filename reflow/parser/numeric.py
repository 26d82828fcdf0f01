"""Exact conversions of unbounded integers where CPython's built-ins refuse or fail:
to and from digit strings in radix 2..36 past the interpreter's int/str digit limit
(sys.get_int_max_str_digits(), 4300 digits by default: a process-wide setting that an
engine embedded in someone else's process must leave alone), and to the nearest double
without OverflowError.

The parser (numeric literals) and the engine (ToString, StringToBigInt,
BigInt.prototype.toString, ...) share these, so they live at the bottom layer."""
import math

DIGIT_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz'

# CPython's digit limit is 0 (off) or at least 640 (sys.int_info's
# str_digits_check_threshold): shorter conversions can always use int() and str().
_DIRECT_DIGITS = 600
_DIRECT_BITS = 1900   # fewer than 600 decimal digits
# radices whose int()/format() CPython never limits (linear-time conversions)
_POWER_OF_TWO = {2: 'b', 8: 'o', 16: 'x'}


def int_to_digits(n, radix=10):
    """The digits of the integer n in radix 2..36, lower case, '-' before a negative n."""
    if n < 0:
        return '-' + int_to_digits(-n, radix)
    spec = _POWER_OF_TWO.get(radix)
    if spec is not None:
        return format(n, spec)
    return _digits(n, radix, {})


def _digits(n, radix, powers):
    """Divide and conquer: split n at radix**k, k about half its digits."""
    if n.bit_length() <= _DIRECT_BITS:
        return str(n) if radix == 10 else _small_digits(n, radix)
    k = int(n.bit_length() / math.log2(radix)) // 2
    p = powers.get(k)
    if p is None:
        p = powers[k] = radix ** k
    high, low = divmod(n, p)
    low_text = _digits(low, radix, powers)
    if not high:
        return low_text
    return _digits(high, radix, powers) + low_text.rjust(k, '0')


def _small_digits(n, radix):
    out = []
    while True:
        n, d = divmod(n, radix)
        out.append(DIGIT_CHARS[d])
        if not n:
            break
    return ''.join(reversed(out))


def digits_to_int(text, radix=10):
    """The integer the digit string text (radix 2..36 digits only, either case, no sign
    or separators: callers check the grammar) denotes."""
    if radix in _POWER_OF_TWO or radix in (4, 32) or len(text) <= _DIRECT_DIGITS:
        return int(text, radix)
    return _value(text, radix, {})


def _value(text, radix, powers):
    if len(text) <= _DIRECT_DIGITS:
        return int(text, radix)
    k = len(text) // 2
    p = powers.get(k)
    if p is None:
        p = powers[k] = radix ** k
    return _value(text[:-k], radix, powers) * p + _value(text[-k:], radix, powers)


def int_to_float(n):
    """The double nearest the integer n (ties to even), +-Infinity past the largest one:
    what 6.1.6.1 says of a mathematical value converted to a Number."""
    try:
        return float(n)
    except OverflowError:
        return math.inf if n > 0 else -math.inf

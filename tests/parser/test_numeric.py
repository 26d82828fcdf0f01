"""reflow/parser/numeric.py: integer <-> digit conversions past CPython's int/str digit
limit, checked against a digit-by-digit reference (never by lifting the limit: the
process-wide setting must stay as the host left it)."""
import math
import sys

from hypothesis import given, settings, strategies as st

from reflow.parser import parse
from reflow.parser.numeric import DIGIT_CHARS, digits_to_int, int_to_digits, int_to_float


def reference_digits(n, radix):
    """Schoolbook conversion: one divmod per digit."""
    if n == 0:
        return '0'
    sign, n = ('-', -n) if n < 0 else ('', n)
    out = []
    while n:
        n, d = divmod(n, radix)
        out.append(DIGIT_CHARS[d])
    return sign + ''.join(reversed(out))


def reference_value(text, radix):
    n = 0
    for c in text:
        n = n * radix + DIGIT_CHARS.index(c.lower())
    return n


huge_ints = st.builds(lambda b, neg: -int.from_bytes(b, 'big') if neg else
                      int.from_bytes(b, 'big'),
                      st.binary(min_size=0, max_size=2500), st.booleans())


@settings(max_examples=40, deadline=None)
@given(huge_ints, st.integers(2, 36))
def test_int_to_digits_matches_schoolbook_conversion(n, radix):
    assert int_to_digits(n, radix) == reference_digits(n, radix)


@settings(max_examples=40, deadline=None)
@given(huge_ints, st.integers(2, 36))
def test_digits_round_trip(n, radix):
    text = reference_digits(abs(n), radix)
    assert digits_to_int(text, radix) == abs(n)
    assert digits_to_int(text.upper(), radix) == abs(n)


def test_past_the_interpreter_digit_limit_without_changing_it():
    before = sys.get_int_max_str_digits()
    text = '7' + '0' * 9999 + '1'
    n = digits_to_int(text)
    assert n == reference_value(text, 10)
    assert int_to_digits(n) == text
    assert int_to_digits(-n) == '-' + text
    assert sys.get_int_max_str_digits() == before


def test_leading_zeros_and_zero():
    assert digits_to_int('0' * 5000 + '42') == 42
    assert int_to_digits(0, 7) == '0'
    # a power of the radix: the low half is all zeros and must keep its width
    assert int_to_digits(10 ** 5000) == '1' + '0' * 5000


def test_int_to_float_rounds_to_nearest_and_overflows_to_infinity():
    assert int_to_float(2 ** 1024) == math.inf
    assert int_to_float(-(2 ** 1024)) == -math.inf
    # the midpoint between the largest double and 2**1024 rounds (to even) up
    assert int_to_float(2 ** 1024 - 2 ** 970) == math.inf
    assert int_to_float(2 ** 1024 - 2 ** 970 - 1) == sys.float_info.max
    assert int_to_float(2 ** 53 + 1) == 2.0 ** 53   # ties to even


def literal(source):
    return parse(source)['body'][0]['expression']


def test_hex_octal_and_legacy_octal_literals_past_the_largest_double():
    assert literal('0x' + 'f' * 300)['value'] == math.inf
    assert literal('0o' + '7' * 400)['value'] == math.inf
    assert literal('0' + '7' * 400)['value'] == math.inf
    assert literal('0x' + 'f' * 256)['value'] == int_to_float(16 ** 256 - 1)


def test_bigint_literal_of_many_digits():
    node = literal('1' * 5000 + 'n')
    assert node['value'] == reference_value('1' * 5000, 10)
    assert node['bigint'] == '1' * 5000
    assert literal('1_000' * 1200 + 'n')['value'] == reference_value('1000' * 1200, 10)

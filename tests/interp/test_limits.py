"""reflow/interp/limits.py and the engine operations that honour it: V8's RangeErrors
for a string, a BigInt or a number conversion past what the host can hold, instead of
a Python OverflowError, ValueError or MemoryError."""
import math

import pytest

from reflow.interp.vm.errors import JSErrorSignal
from reflow.interp.vm.limits import MAX_BIGINT_BITS, MAX_STRING_LENGTH
from reflow.interp.vm.operations import (loosely_equal, string_to_bigint, string_to_number,
                                         to_number, to_property_key, to_string)
from reflow.interp.vm.values import JSBigInt
from reflow.interp.vm.operators import bigint_op, less_than
from reflow.interp.vm.references import describe
from tests.jshelpers import error_name


def range_error_message(fn, *args):
    with pytest.raises(JSErrorSignal) as info:
        fn(*args)
    assert info.value.name == 'RangeError'
    return info.value.message


def test_the_limits_are_v8s():
    assert MAX_STRING_LENGTH == 536870888
    assert MAX_BIGINT_BITS == 2 ** 30


@pytest.mark.parametrize('op, a, b', [
    ('<<', 1, 2 ** 40), ('<<', -1, MAX_BIGINT_BITS), ('>>', 1, -(2 ** 40)),
    ('**', 2, 2 ** 40), ('**', -3, 2 ** 30), ('**', 2, MAX_BIGINT_BITS),
])
def test_bigint_results_past_the_size_limit_are_refused_before_the_work(op, a, b):
    assert range_error_message(bigint_op, op, a, b) == 'Maximum BigInt size exceeded'


@pytest.mark.parametrize('op, a, b, result', [
    ('<<', 0, 2 ** 40, 0), ('>>', 5, 2 ** 40, 0), ('>>', -5, 2 ** 40, -1),
    ('<<', -5, -(2 ** 40), -1), ('**', 1, 2 ** 40, 1), ('**', -1, 2 ** 40 + 1, -1),
    ('**', 0, 2 ** 40, 0), ('<<', 3, 100, 3 << 100),
])
def test_bigint_operations_whose_results_are_small_need_no_work(op, a, b, result):
    assert bigint_op(op, a, b).value == result


def test_bigint_exponent_must_be_non_negative():
    assert range_error_message(bigint_op, '**', 2, -1) == 'Exponent must be non-negative'


def test_bigint_to_string_past_the_interpreter_digit_limit():
    n = 10 ** 4300
    assert to_string(JSBigInt(n)) == '1' + '0' * 4300
    assert to_property_key(JSBigInt(-n)) == '-1' + '0' * 4300
    assert repr(JSBigInt(n)) == '1' + '0' * 4300 + 'n'
    assert describe(JSBigInt(7 * n)).startswith('7000')


def test_string_to_bigint_of_many_digits():
    assert string_to_bigint(' -' + '9' * 5000 + ' ') == -(10 ** 5000 - 1)
    assert string_to_bigint('0x' + 'f' * 5000) == 16 ** 5000 - 1
    assert string_to_bigint('0' * 6000 + '12') == 12
    assert string_to_bigint('1' * 5000 + 'x') is None


def test_strings_denoting_numbers_past_the_largest_double():
    assert string_to_number('0x' + 'f' * 300) == math.inf
    assert string_to_number('0b' + '1' * 1100) == math.inf
    assert string_to_number('9' * 5000) == math.inf
    assert to_number(2 ** 1100) == math.inf   # a host int reaching the engine


def test_comparisons_of_huge_bigints_with_numbers_and_strings():
    big = JSBigInt(2 ** 2000)
    assert less_than(1e308, big) is True
    assert less_than(big, math.inf) is True
    assert less_than(JSBigInt(-(2 ** 2000)), -math.inf) is False
    assert loosely_equal(big, math.inf) is False
    assert loosely_equal(JSBigInt(10 ** 5000), '1' + '0' * 5000) is True
    assert less_than(JSBigInt(10 ** 5000), '1' + '0' * 5001) is True


def test_string_concatenation_past_the_limit(js):
    # one string of 2**28 units: the sum is refused before it is made
    assert js("var s = 'x'.repeat(2 ** 28); try { s + s; 'made' } "
              "catch (e) { e.name + ': ' + e.message }") == 'RangeError: Invalid string length'
    assert js("try { `${s}${s}`; 'made' } catch (e) { e.message }") == 'Invalid string length'
    assert js("try { s += s; 'made' } catch (e) { s.length }") == 2.0 ** 28
    js('s = null')


def test_concatenation_below_the_limit_is_untouched(js):
    assert js("'ab' + 1n + 'c' + 2 ** 1024") == 'ab1cInfinity'


def test_uncaught_bigint_size_error_is_a_range_error(js):
    assert error_name(js, '1n << 2n ** 40n') == 'RangeError'
    assert error_name(js, '2n ** 2n ** 40n') == 'RangeError'

"""7.1 type conversions and 7.2 comparisons."""
import math

import pytest

from reflow.interp.vm.errors import JSErrorSignal
from reflow.interp.vm.operations import (loosely_equal, number_to_string, strictly_equal,
                                         string_to_number, to_boolean, to_int32,
                                         to_property_key, to_string, to_uint32)
from reflow.interp.vm.values import NULL, UNDEFINED, JSBigInt, JSSymbol


@pytest.mark.parametrize('value, text', [
    (0.1, '0.1'), (1e21, '1e+21'), (1e-7, '1e-7'), (1.5e-7, '1.5e-7'), (123.456, '123.456'),
    (5e-324, '5e-324'), (100.0, '100'), (1e-6, '0.000001'), (1.2345e20, '123450000000000000000'),
    (-0.0, '0'), (-1.5, '-1.5'), (math.nan, 'NaN'), (-math.inf, '-Infinity'),
    (1.7976931348623157e308, '1.7976931348623157e+308'), (1 / 3, '0.3333333333333333'),
])
def test_number_to_string_matches_spec_layout(value, text):
    # 6.1.6.1.20 Number::toString: shortest round-trip digits, exponent past 1e21 / 1e-7
    assert number_to_string(value) == text


@pytest.mark.parametrize('text, value', [
    ('', 0.0), ('  12  ', 12.0), ('0x1F', 31.0), ('0b101', 5.0), ('0o17', 15.0),
    ('-Infinity', -math.inf), ('1e3', 1000.0), ('.5', 0.5), ('5.', 5.0),
    ('\u2028 7 \ufeff', 7.0),
])
def test_string_to_number_accepts_str_numeric_literal(text, value):
    assert string_to_number(text) == value


@pytest.mark.parametrize('text', ['1_000', 'inf', 'nan', '0x', '1e', '12px', '--1', '0x-1',
                                  'infinity'])
def test_string_to_number_rejects_non_literals(text):
    assert math.isnan(string_to_number(text))


def test_to_int32_and_uint32_wrap_modulo_2_32():
    assert to_int32(2147483648.0) == -2147483648
    assert to_int32(-1.5) == -1
    assert to_uint32(-1.0) == 4294967295
    assert to_int32(math.nan) == 0 and to_uint32(math.inf) == 0


def test_to_boolean_falsy_values():
    for v in (UNDEFINED, NULL, False, 0.0, -0.0, math.nan, '', JSBigInt(0)):
        assert to_boolean(v) is False
    for v in ('0', ' ', 1.0, JSSymbol(), JSBigInt(2)):
        assert to_boolean(v) is True


def test_to_string_of_symbol_is_type_error():
    with pytest.raises(JSErrorSignal) as info:
        to_string(JSSymbol('x'))
    assert info.value.name == 'TypeError'


def test_to_property_key_canonicalises_numbers():
    assert to_property_key(1.0) == '1'
    assert to_property_key(-0.0) == '0'
    s = JSSymbol()
    assert to_property_key(s) is s


def test_equality_rules():
    assert loosely_equal(UNDEFINED, NULL) and not strictly_equal(UNDEFINED, NULL)
    assert loosely_equal('1', 1.0) and loosely_equal(True, '1')
    assert not loosely_equal(math.nan, math.nan)
    assert loosely_equal(JSBigInt(2), 2.0) and not loosely_equal(JSBigInt(2), 2.5)
    assert loosely_equal(JSBigInt(10), '10') and not loosely_equal(JSBigInt(1), 'x')
    assert strictly_equal(-0.0, 0.0)
    assert not loosely_equal(NULL, 0.0)

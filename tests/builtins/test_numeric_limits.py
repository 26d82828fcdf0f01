"""Built-ins at the edges of numbers, BigInts and allocations: the JS result (Infinity,
the exact digits) or V8's RangeError, never a Python OverflowError, ValueError or
MemoryError."""
import math

import pytest
from hypothesis import given, settings, strategies as st

from reflow.ext.host import Host
from tests.jshelpers import error_name
from tests.parser.test_numeric import huge_ints, reference_digits


def caught(js, source):
    """'Name: message' of what source throws, or its value."""
    return js('try { %s } catch (e) { e.name + ": " + e.message }' % source)


# -- BigInt <-> string ---------------------------------------------------------------

@settings(max_examples=25, deadline=None)
@given(huge_ints, st.sampled_from([2, 3, 7, 10, 16, 36]))
def test_bigint_to_string_and_back(n, radix):
    from tests.jshelpers import make_js
    js = make_js()
    digits = reference_digits(n, radix)
    js.realm.global_object.set('digits', digits)
    prefix = {2: '0b', 16: '0x'}.get(radix)
    if radix == 10:
        assert js('String(BigInt(digits)) === digits && BigInt(digits).toString(10) === digits')
    else:
        assert js('%s.toString(%d)' % (_literal(n), radix)) == digits
        if prefix and n >= 0:
            assert js('BigInt("%s" + digits) === %s' % (prefix, _literal(n)))


def _literal(n):
    return '(%s0x%sn)' % ('-' if n < 0 else '', format(abs(n), 'x'))


def test_bigint_text_past_4300_digits(js):
    assert js("String(10n ** 4300n).length") == 4301
    assert js("eval('1'.repeat(5000) + 'n').toString().length") == 5000
    assert js("BigInt('1'.repeat(5000)) % 1000n") == js('111n')
    assert js("(10n ** 5000n).toString(7).length") == 5917
    assert js("(-(10n ** 5000n)).toLocaleString().length") == 5002
    assert js("Object.keys({[10n ** 5000n]: 1})[0].length") == 5001
    assert js("({1" + "0" * 5000 + "n: 2})['1' + '0'.repeat(5000)]") == 2.0


def test_bigint_syntax_error_quotes_at_most_1000_characters(js):
    message = caught(js, "BigInt('1'.repeat(5000) + 'x')")
    assert message == 'SyntaxError: Cannot convert ' + '1' * 1000 + '\u2026 to a BigInt'


def test_console_log_of_a_huge_bigint(js):
    lines = []
    js.realm.host = Host(output=lambda text, stream: lines.append(text))
    js("console.log(10n ** 5000n, [2n ** 20000n])")
    assert lines[0].startswith('1' + '0' * 5000 + 'n [')
    assert lines[0].endswith('406309376n\n]')   # Node breaks the long array's line


# -- BigInt size -------------------------------------------------------------------

@pytest.mark.parametrize('source', [
    '1n << (2n ** 40n)', '2n ** (2n ** 40n)', '(-2n) ** (2n ** 31n)',
    'BigInt.asUintN(2 ** 53 - 1, -1n)', 'BigInt.asUintN(2 ** 31, -5n)',
    '1n >> -(2n ** 40n)', '10n ** 400000000n',
])
def test_maximum_bigint_size_exceeded(js, source):
    assert caught(js, source) == 'RangeError: Maximum BigInt size exceeded'


def test_as_int_n_with_huge_bits_is_the_value_itself(js):
    assert js('BigInt.asIntN(2 ** 53 - 1, -5n) === -5n && BigInt.asIntN(2 ** 40, 5n) === 5n')
    assert js('BigInt.asUintN(2 ** 53 - 1, 5n) === 5n && BigInt.asIntN(1, 10n ** 5000n)'
              ' === 0n')
    assert js('BigInt.asIntN(64, 2n ** 63n)') == js('-(2n ** 63n)')


def test_bigint_from_huge_numbers(js):
    assert js('BigInt(1e308) === 10n ** 308n') is False
    assert js('BigInt(1e308).toString().length') == 309
    assert caught(js, 'BigInt(Infinity)') == (
        'RangeError: The number Infinity cannot be converted to a BigInt because it is '
        'not an integer')


# -- Number from huge integers -----------------------------------------------------

@pytest.mark.parametrize('source, value', [
    ('Number(2n ** 1024n)', math.inf), ('Number(-(2n ** 1024n))', -math.inf),
    ('Number(2n ** 1024n - 2n ** 970n)', math.inf),
    ('Number(2n ** 1024n - 2n ** 970n - 1n)', 1.7976931348623157e308),
    ("eval('0x' + 'f'.repeat(300))", math.inf), ("+('0x' + 'f'.repeat(300))", math.inf),
    ("parseInt('f'.repeat(300), 16)", math.inf), ("parseInt('1'.repeat(5000), 7)", math.inf),
    ("parseInt('-' + '1'.repeat(5000))", -math.inf), ("Number('1'.repeat(5000))", math.inf),
    ("parseInt('z'.repeat(190), 36)", float(36 ** 190 - 1)),
])
def test_numbers_past_the_largest_double(js, source, value):
    assert js(source) == value


def test_comparisons_of_huge_bigints_and_numbers(js):
    assert js('2n ** 2000n > 1e308 && 2n ** 2000n < Infinity && -(2n ** 2000n) > -Infinity')
    assert js('2n ** 2000n == Infinity || 2n ** 2000n == 1e308') is False
    assert js('Math.max(Number(2n ** 2000n), 1)') == math.inf


# -- Number.prototype methods and Math ----------------------------------------------

def test_to_string_radix_of_huge_numbers_writes_v8s_digits(js):
    # past 2**53 the digits the double does not hold are zeros, as V8 prints them
    assert js('(1e21).toString(36)') == '5v1j4f4ds7c000'
    assert js('(2 ** 60).toString(3)') == '21200101122222021102111220121112210000'
    assert js('(1e308).toString(2).length') == 1024
    assert js('(-1e308).toString(7).length') == 366


def test_to_fixed_and_friends_of_huge_numbers(js):
    assert js('(1e308).toFixed(2)') == '1e+308'
    assert js('(1e20).toFixed(100)').startswith('100000000000000000000.000')
    assert js('(1e308).toPrecision(3)') == '1.00e+308'
    assert caught(js, '(1).toFixed(Infinity)').startswith('RangeError: toFixed()')


@pytest.mark.parametrize('x, root', [
    (1e308, 4.641588833612779e+102), (27.0, 3.0), (-8.0, -2.0),
    (1e-320, 2.1544266950262728e-107), (3.0, 1.4422495703074083),
])
def test_cbrt_is_correctly_rounded(js, x, root):
    assert js('Math.cbrt(%r)' % x) == root


# -- strings -------------------------------------------------------------------------

@pytest.mark.parametrize('source', [
    "'x'.repeat(2 ** 30)", "'x'.repeat(536870889)", "'ab'.padEnd(2 ** 31)",
    "''.padStart(Infinity, 'x')", "Array(2 ** 32 - 1).join('x')",
    "new Array(2 ** 20).join('x'.repeat(1024))", "new Uint8Array(2 ** 20).join('ab'.repeat(512))",
    "'ab'.concat('x'.repeat(2 ** 28), 'x'.repeat(2 ** 28))",
    "'x'.repeat(2 ** 20).replaceAll('x', 'y'.repeat(1024))",
    "'x'.repeat(2 ** 20).replace('x', \"$'\".repeat(1024))",
])
def test_invalid_string_length(js, source):
    assert caught(js, source) == 'RangeError: Invalid string length'


# -- buffers ---------------------------------------------------------------------------

@pytest.mark.parametrize('source, message', [
    ('new ArrayBuffer(2 ** 40)', 'Array buffer allocation failed'),
    ('new SharedArrayBuffer(2 ** 40)', 'Array buffer allocation failed'),
    ('new Uint8Array(2 ** 40)', 'Invalid typed array length: 1099511627776'),
    ('new Float64Array(2 ** 32 + 1)', 'Invalid typed array length: 4294967297'),
    ('new Float64Array(2 ** 32)', 'Array buffer allocation failed'),
    ('new Uint8Array(new ArrayBuffer(8), 0, 2 ** 40)',
     'Invalid typed array length: 1099511627776'),
    ('new Array(2 ** 32)', 'Invalid array length'),
])
def test_buffer_and_array_lengths(js, source, message):
    assert caught(js, source) == 'RangeError: ' + message


def test_allocation_failure_of_a_permitted_size_is_a_range_error(js, monkeypatch):
    import reflow.builtins.array_buffer as array_buffer

    def no_memory(size):
        raise MemoryError
    monkeypatch.setattr(array_buffer, 'bytearray', no_memory, raising=False)
    assert caught(js, 'new ArrayBuffer(16)') == 'RangeError: Array buffer allocation failed'


# -- timers, Atomics, Date, RegExp ------------------------------------------------------

def test_timers_with_infinite_and_huge_values(js):
    assert js('clearTimeout(Infinity); clearTimeout(-Infinity); clearInterval(1e300); 1') \
        == 1.0
    assert js('typeof setTimeout(() => {}, 1e300)') == 'number'


def test_atomics_wait_with_a_huge_timeout(js):
    assert js('Atomics.wait(new Int32Array(new SharedArrayBuffer(16)), 0, 1, 1e300)') \
        == 'not-equal'


def test_date_parse_of_huge_numbers(js):
    big = '9' * 5000
    assert math.isnan(js("Date.parse('Jan 1 %s')" % big))
    assert math.isnan(js("Date.parse('%s')" % big))
    assert math.isnan(js("new Date(2 ** 1000, 0).getTime()"))
    assert math.isnan(js("Date.UTC(1e308)"))


@pytest.mark.parametrize('source, result', [
    ("new RegExp('((a{1000}){1000}){1000}').test('a')", False),
    ("/a{1000000000}/.test('a')", False), ("/x|a{1000000000}/.test('x')", True),
    ("/(b)(a{1000000000})?(c)/.exec('bc')[3]", 'c'),
    ("/a{0,4294967295}/.exec('aaa')[0]", 'aaa'), ("/a{2,99999999999}/.exec('aaaa')[0]", 'aaaa'),
])
def test_regexp_huge_quantifiers(js, source, result):
    assert js(source) == result


def test_no_python_error_reaches_the_script(js):
    assert error_name(js, 'BigInt(2 ** 1024)') == 'RangeError'


@pytest.mark.parametrize('source, message', [
    ('new ArrayBuffer(-1)', 'Invalid array buffer length'),
    ('new SharedArrayBuffer(2 ** 53)', 'Invalid array buffer length'),
    ('BigInt.asIntN(2 ** 53, 1n)', 'Invalid value: not (convertible to) a safe integer'),
    ('BigInt.asUintN(-1, 1n)', 'Invalid value: not (convertible to) a safe integer'),
    ('(1n).toString(37)', 'toString() radix argument must be between 2 and 36'),
    ('(1).toString(37)', 'toString() radix must be between 2 and 36'),
])
def test_v8s_wording_of_out_of_range_arguments(js, source, message):
    assert caught(js, source) == 'RangeError: ' + message

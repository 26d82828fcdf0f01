"""Round trips: Python -> JS -> Python gives an equal value, and JS -> Python -> JS a
structurally equal one (checked by a JS function), for the lossless part of the
table: JSON-like data, big ints, astral and lone-surrogate strings, dates, bytes, sets
and cycles."""
import datetime
import math
import re

from hypothesis import HealthCheck, given, settings, strategies as st

from reflow.ext.convert import from_python, to_python
from reflow.interp.vm.values import UNDEFINED
from reflow.parser.chars import to_code_units
from tests.ext.conftest import Env

UTC = datetime.timezone.utc
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
ENV = Env()   # one realm for all the examples (each example makes its own values)


# -- Python -> JS -> Python ---------------------------------------------------------------

PAIR_OF_LONE_SURROGATES = re.compile('[\ud800-\udbff][\udc00-\udfff]')


def lossless_text():
    # any code points, lone surrogates included, except a high and a low surrogate
    # side by side: JS cannot tell those from the pair of an astral character
    return st.text(st.characters(blacklist_categories=())).filter(
        lambda s: PAIR_OF_LONE_SURROGATES.search(s) is None)


scalars = st.one_of(
    st.none(), st.just(UNDEFINED), st.booleans(),
    st.integers(-(2 ** 53 - 1), 2 ** 53 - 1),
    st.integers(min_value=2 ** 53 + 1), st.integers(max_value=-(2 ** 53 + 1)),
    st.floats().filter(lambda x: not x.is_integer() or abs(x) > 2 ** 53 or
                       (x == 0 and math.copysign(1, x) < 0)),
    lossless_text(),
    st.datetimes(timezones=st.just(UTC)).map(
        lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000)),
    st.binary(max_size=20),
)
set_items = st.one_of(st.integers(-10 ** 20, 10 ** 20), lossless_text())
python_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(lossless_text(), inner, max_size=5),
        st.sets(set_items, max_size=5)),
    max_leaves=25)


def same(a, b):
    """Equal, with the same types all the way down (nan equal to nan, -0.0 not 0.0)."""
    if type(a) is not type(b):
        return False
    if type(a) is float:
        if math.isnan(a):
            return math.isnan(b)
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if type(a) is list:
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if type(a) is dict:
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


@SETTINGS
@given(python_values)
def test_python_to_js_to_python(value):
    js = from_python(ENV.realm, value, ENV.bridge)
    assert same(to_python(ENV.realm, js, ENV.bridge), value)


def test_python_cycles_round_trip():
    a = [1]
    a.append(a)
    d = {'a': a, 'shared': a}
    d['d'] = d
    back = to_python(ENV.realm, from_python(ENV.realm, d, ENV.bridge), ENV.bridge)
    assert back['d'] is back and back['a'] is back['shared']
    assert back['a'][1] is back['a'] and back['a'][0] == 1


# -- JS -> Python -> JS ---------------------------------------------------------------------

ENV.js('''globalThis.deepEqual = function deepEqual(a, b, seen = new Map()) {
    if (typeof a !== typeof b) return false;
    if (typeof a !== 'object' || a === null || b === null) return Object.is(a, b);
    if (seen.has(a)) return seen.get(a) === b;
    seen.set(a, b);
    const kind = x => Object.prototype.toString.call(x);
    if (kind(a) !== kind(b)) return false;
    if (a instanceof Date) return a.getTime() === b.getTime();
    if (a instanceof Uint8Array) return a.length === b.length && a.every((x, i) => x === b[i]);
    if (a instanceof Set) return a.size === b.size && [...a].every(x => b.has(x));
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a), kb = Object.keys(b);
    if (Array.isArray(a) && a.length !== b.length) return false;
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] &&
                                                deepEqual(a[k], b[k], seen));
}''')


def js_string(units):
    return '"%s"' % ''.join('\\u%04x' % u for u in units)


def js_number(x):
    if math.isnan(x):
        return 'NaN'
    if math.isinf(x):
        return 'Infinity' if x > 0 else '(-Infinity)'
    if x == 0 and math.copysign(1, x) < 0:
        return '(-0)'
    return '(%r)' % x


code_units = st.lists(st.integers(0, 0xFFFF), max_size=8)
js_scalars = st.one_of(
    st.sampled_from(['null', 'undefined', 'true', 'false']),
    st.floats().map(js_number),
    st.integers(min_value=2 ** 53 + 1).map(lambda n: '%dn' % n),
    st.integers(max_value=-(2 ** 53 + 1)).map(lambda n: '(%dn)' % n),
    code_units.map(js_string),
    st.text(max_size=5).map(lambda s: js_string(ord(c) for c in to_code_units(s))),
    st.integers(-62135596800000, 253402300799999).map(lambda ms: 'new Date(%d)' % ms),
    st.lists(st.integers(0, 255), max_size=6).map(lambda b: 'new Uint8Array(%s)' % b),
)
js_set_items = st.one_of(st.floats(allow_nan=False).map(js_number), code_units.map(js_string))
js_values = st.recursive(
    js_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5).map(lambda xs: '[%s]' % ', '.join(xs)),
        st.lists(st.tuples(code_units.map(js_string), inner), max_size=5).map(
            lambda kv: '({%s})' % ', '.join('[%s]: %s' % p for p in kv)),
        st.lists(js_set_items, max_size=5).map(
            lambda xs: 'new Set([%s])' % ', '.join(xs))),
    max_leaves=25)


def js_round_trip():
    back = from_python(ENV.realm, to_python(ENV.realm, ENV.js('orig'), ENV.bridge),
                       ENV.bridge)
    ENV.realm.global_object.define('back', back)


@SETTINGS
@given(js_values)
def test_js_to_python_to_js(source):
    ENV.js('globalThis.orig = %s' % source)
    # a Set holding both 1 and 1.0 cannot happen; -0 and +0 are one Set element in JS,
    # so every generated Set converts (its elements are numbers or strings)
    js_round_trip()
    assert ENV.js('deepEqual(orig, back)') is True, source


def test_js_cycles_round_trip():
    ENV.js('globalThis.orig = (() => { const a = [1, {}]; a[1].self = a[1]; a.push(a); '
           'const m = {list: a, again: a}; return m })()')
    js_round_trip()
    assert ENV.js('deepEqual(orig, back) && back.list === back.again && '
                  'back.list[2] === back.list && back.list[1].self === back.list[1] && '
                  'back !== orig')


def test_lossy_corners_are_the_documented_ones():
    # small BigInts come back as numbers, Maps as plain objects, holes as undefined
    ENV.js('globalThis.orig = [5n, new Map([["k", 1]]), [, 1]]')
    js_round_trip()
    assert ENV.js('typeof back[0] === "number" && back[0] === 5 && '
                  'Object.getPrototypeOf(back[1]) === Object.prototype && back[1].k === 1 '
                  '&& !(0 in orig[2]) && (0 in back[2]) && back[2][0] === undefined')


def test_the_js_comparer_tells_values_apart():
    for a, b in [('[1]', '[2]'), ('[1]', '[1, 1]'), ('({a: 1})', '({b: 1})'),
                 ('0', '-0'), ('new Date(1)', 'new Date(2)'), ('"a"', '"b"'),
                 ('new Set([1])', 'new Set([2])'), ('new Uint8Array([1])', '[1]'),
                 ('({a: 1, b: 2})', '({b: 2, a: 1})'), ('1n', '1')]:
        assert ENV.js('deepEqual(%s, %s)' % (a, b)) is False, (a, b)
    assert ENV.js('deepEqual([NaN, {x: [-0]}], [NaN, {x: [-0]}])') is True

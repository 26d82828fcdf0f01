"""The conversion table through the runtime's own methods (convert_value_to_python /
convert_value_from_python and values crossing in calls): hypothesis round trips of the
lossless part of the table, typed conversion, and handles."""
import dataclasses
import datetime
import math
from typing import Optional

import pytest
from hypothesis import HealthCheck, given, settings

from reflow import JSValue, JavascriptRuntime, UNDEFINED
from tests.ext.test_convert_roundtrip import python_values, same
from tests.host.conftest import run

RT = JavascriptRuntime()   # one runtime for the examples (each makes its own values)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(python_values)
def test_python_to_js_to_python_is_lossless(value):
    assert same(RT.convert_value_to_python(RT.convert_value_from_python(value)), value)


@SETTINGS
@given(python_values)
def test_values_cross_a_js_call_unchanged(value):
    RT.declare_function('identity', '(x) => x')
    assert same(RT.call_function('identity', [value]), value)


def test_the_table_from_js(rt):
    value = rt.convert_value_to_python(run(rt.execute('t.js', '''[
        undefined, null, true, 1, 1.5, -0, NaN, 2n ** 70n, "a\\u{1F600}\\uD800",
        new Map([["k", 1]]), new Set([1]), new Date(Date.UTC(2020, 0, 2)),
        new Uint8Array([1, 2]), new Int16Array([-1]), Symbol("s")]''')))
    assert value[:5] == [UNDEFINED, None, True, 1, 1.5]
    assert math.copysign(1, value[5]) == -1 and math.isnan(value[6])
    assert value[7] == 2 ** 70 and value[8] == 'a\U0001F600\ud800'
    assert value[9] == {'k': 1} and value[10] == {1}
    assert value[11] == datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc)
    assert value[12] == b'\x01\x02' and list(value[13]) == [-1]
    assert isinstance(value[14], JSValue)


def test_cycles_are_kept(rt):
    value = rt.convert_value_to_python(run(rt.execute('t.js', 'const a = [1]; a.push(a); a')))
    assert value[1] is value
    d = {}
    d['self'] = d
    assert run(rt.execute('t.js', 'globalThis.f = (o) => o.self === o')) and \
        rt.call_function('f', [d]) is True


@dataclasses.dataclass
class Item:
    name: str
    count: int = 0
    tags: Optional[list] = None


def test_typed_conversion_into_a_dataclass(rt):
    handle = run(rt.execute('t.js', '[{name: "a", count: 2}, {name: "b", tags: ["x"]}]'))
    assert rt.convert_value_to_python(handle, into=list[Item]) == [
        Item('a', 2), Item('b', 0, ['x'])]
    bad = run(rt.execute('t.js', '[{name: "a"}, {name: 5}]'))
    with pytest.raises(TypeError, match=r'\$\[1\]\.name: expected str'):
        rt.convert_value_to_python(bad, into=list[Item])


def test_a_handle_comes_back_as_the_same_value(rt):
    sym = run(rt.execute('t.js', 'globalThis.s = Symbol("k"); s'))
    rt.declare_function('isS', '(x) => x === s')
    assert rt.call_function('isS', [sym]) is True


def test_refused_python_values_name_the_path(rt):
    from decimal import Decimal
    with pytest.raises(TypeError, match=r'\$\.a\[1\]'):
        rt.convert_value_from_python({'a': [1, Decimal('1.5')]})
    with pytest.raises(TypeError, match='no JS form'):
        rt.convert_value_from_python(object())

"""Typed conversion: to_python(..., into=T) (reflow/ext/convert_typed.py)."""
import dataclasses
import datetime
from typing import Any, Callable, Dict, List, Literal, Optional, Tuple, TypedDict, Union

import pytest

from reflow.ext.convert import ConversionError
from reflow.ext.handles import JSValue
from reflow.interp.vm.values import UNDEFINED


@dataclasses.dataclass
class Item:
    name: str
    count: int = 1
    tags: List[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Order:
    id: int
    items: List[Item]
    note: Optional[str]
    when: Optional[datetime.datetime] = None


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    title: str
    rating: float


def test_dataclasses_nested_with_defaults(env):
    order = env.py('''({id: 7, items: [{name: "a"}, {name: "b", count: 3, tags: ["x"]}],
                        note: null, extra: "ignored"})''', into=Order)
    assert order == Order(7, [Item('a'), Item('b', 3, ['x'])], None)


def test_dataclass_fields_are_read_from_any_object(env):
    got = env.py('new (class { constructor() { this.name = "n" } get count() { '
                 'return 2 } })()', into=Item)
    assert got == Item('n', 2)


def test_missing_required_field(env):
    with pytest.raises(ConversionError) as e:
        env.py('({items: [{name: "a"}, {count: 2}]})', into=Dict[str, List[Item]])
    assert str(e.value) == '$.items[1].name: required field missing'


def test_the_error_names_the_path_and_the_value(env):
    with pytest.raises(ConversionError) as e:
        env.py('{id: 1, items: [{name: "a"}, {name: "b"}, {name: "c"}, {name: 5}], '
               'note: "x"}'.join('()'), into=Order)
    assert str(e.value) == '$.items[3].name: expected str, got number 5'
    assert isinstance(e.value, TypeError) and e.value.path == '$.items[3].name'


def test_typeddict_total_and_not(env):
    assert env.py('({title: "T", year: 1999, other: 1})', into=Movie) == \
        {'title': 'T', 'year': 1999}
    with pytest.raises(ConversionError) as e:
        env.py('({title: "T"})', into=Movie)
    assert str(e.value) == '$.year: required field missing'
    assert env.py('({rating: 4})', into=Partial) == {'rating': 4.0}
    assert env.py('({})', into=Partial) == {}


@pytest.mark.parametrize('source, into, expected', [
    ('3', int, 3), ('-0', int, 0), ('10n', int, 10), ('3', float, 3.0), ('2.5', float, 2.5),
    ('"s"', str, 's'), ('true', bool, True), ('null', type(None), None),
    ('undefined', Optional[int], None), ('null', Optional[int], None),
    ('4', Optional[int], 4), ('"x"', Union[int, str], 'x'),
    ('"b"', Literal['a', 'b'], 'b'), ('1', Literal[1, True], 1),
    ('[1, 2]', List[int], [1, 2]), ('[1, 2]', list, [1, 2]),
    ('[1, "a"]', Tuple[int, str], (1, 'a')), ('[1, 2, 3]', Tuple[int, ...], (1, 2, 3)),
    ('({a: 1})', Dict[str, int], {'a': 1}), ('new Map([[1, "a"]])', Dict[int, str], {1: 'a'}),
    ('new Set([1, 2])', set[int], {1, 2}), ('new Set(["a"])', frozenset[str],
                                             frozenset({'a'})),
    ('new Uint8Array([1])', bytes, b'\x01'), ('new Uint8Array([1]).buffer', bytes, b'\x01'),
    ('[undefined, {a: [1]}]', Any, [UNDEFINED, {'a': [1]}]),
    ('new Date(0)', datetime.datetime,
     datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)),
    ('[[1.5], [2]]', List[List[float]], [[1.5], [2.0]]),
])
def test_targets(env, source, into, expected):
    got = env.py(source, into=into)
    assert got == expected and type(got) is type(expected)


def test_callable_target(env):
    f = env.py('x => x + 1', into=Callable[[int], int])
    assert f(1) == 2
    with pytest.raises(ConversionError) as e:
        env.py('({f: 1})', into=Dict[str, Callable])
    assert str(e.value) == '$.f: expected Callable, got number 1'


def test_jsvalue_target_is_a_handle(env):
    h = env.py('({a: 1})', into=JSValue)
    assert type(h) is JSValue


@pytest.mark.parametrize('source, into, message', [
    ('1.5', int, '$: expected int, got number 1.5'),
    ('NaN', int, '$: expected int, got number NaN'),
    ('true', int, '$: expected int, got boolean true'),
    ('"x"', int, '$: expected int, got string "x"'),
    ('1n', float, '$: expected float, got bigint 1n'),
    ('1', str, '$: expected str, got number 1'),
    ('0', bool, '$: expected bool, got number 0'),
    ('undefined', int, '$: expected int, got undefined'),
    ('0', type(None), '$: expected None, got number 0'),
    ('({})', List[int], '$: expected list[int], got object'),
    ('[1, "a"]', List[int], '$[1]: expected int, got string "a"'),
    ('[1]', Tuple[int, int], '$: expected tuple[int, int], got array of length 1'),
    ('[1]', Dict[str, int], '$: expected dict[str, int], got array'),
    ('({a: "x"})', Dict[str, int], '$.a: expected int, got string "x"'),
    ('[1]', set[int], '$: expected set[int], got array'),
    ('"c"', Literal['a', 'b'], "$: expected one of 'a', 'b', got string \"c\""),
    ('true', Literal[1], '$: expected one of 1, got boolean true'),
    ('true', Union[int, str], '$: expected int | str, got boolean true'),
    ('null', int, '$: expected int, got null'),
    ('[1]', bytes, '$: expected bytes, got array'),
    ('new Int16Array(1)', bytes, '$: expected bytes, got Int16Array'),
    ('new Date(NaN)', datetime.datetime,
     '$: expected datetime, got Date (an invalid Date, or outside the years 1-9999)'),
    ('"2024-01-01"', datetime.datetime, '$: expected datetime, got string "2024-01-01"'),
    ('5', Item, '$: expected Item, got number 5'),
    ('[]', Movie, '$: expected Movie, got array'),
    ('1', complex, '$: cannot convert to complex: not a supported target type'),
])
def test_error_messages(env, source, into, message):
    with pytest.raises(ConversionError) as e:
        env.py(source, into=into)
    assert str(e.value) == message


def test_union_of_records_says_where_each_member_failed(env):
    with pytest.raises(ConversionError) as e:
        env.py('({name: 1})', into=Union[Item, Movie])
    assert str(e.value) == ('$: expected Item | Movie, got object ($.name: expected str, '
                            'got number 1; $.title: required field missing)')


def test_typed_conversion_runs_getters_and_reports_their_throw(env):
    from reflow.ext.errors import JSError
    with pytest.raises(JSError) as e:
        env.py('({get name() { throw new TypeError("no name") }})', into=Item)
    assert (e.value.name, e.value.message) == ('TypeError', 'no name')

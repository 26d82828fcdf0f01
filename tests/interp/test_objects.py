"""10.1 ordinary objects and 10.4.2 arrays: the internal methods."""
import pytest

from reflow.interp.vm.errors import JSErrorSignal
from reflow.interp.vm.objects import (CONFIGURABLE, Descriptor, JSArray, JSObject, WRITABLE,
                                      create_data_property, define_property_or_throw)
from reflow.interp.vm.values import NULL, UNDEFINED, JSSymbol


def test_get_walks_the_prototype_chain():
    proto = JSObject()
    proto.set('a', 1.0)
    obj = JSObject(proto)
    assert obj.get('a') == 1.0
    assert obj.get('missing') is UNDEFINED


def test_set_creates_own_property_not_on_prototype():
    proto = JSObject()
    proto.set('a', 1.0)
    obj = JSObject(proto)
    assert obj.set('a', 2.0)
    assert obj.get_own_property('a').value == 2.0
    assert proto.get('a') == 1.0


def test_set_fails_on_inherited_readonly_property():
    proto = JSObject()
    proto.define_own_property('a', Descriptor(value=1.0, writable=False))
    obj = JSObject(proto)
    assert obj.set('a', 2.0) is False
    assert obj.get_own_property('a') is None


def test_define_own_property_defaults_missing_attributes_to_false():
    obj = JSObject()
    assert obj.define_own_property('x', Descriptor(value=1.0))
    d = obj.get_own_property('x')
    assert (d.writable, d.enumerable, d.configurable) == (False, False, False)


def test_non_configurable_property_cannot_change_value_or_become_accessor():
    obj = JSObject()
    obj.define_own_property('x', Descriptor(value=1.0, writable=False, configurable=False))
    assert obj.define_own_property('x', Descriptor(value=2.0)) is False
    assert obj.define_own_property('x', Descriptor(value=1.0)) is True   # same value
    assert obj.define_own_property('x', Descriptor(get=UNDEFINED)) is False
    assert obj.delete('x') is False


def test_negative_zero_is_not_same_value_as_zero_for_readonly_redefine():
    obj = JSObject()
    obj.define_own_property('z', Descriptor(value=0.0, writable=False, configurable=False))
    assert obj.define_own_property('z', Descriptor(value=-0.0)) is False


def test_data_to_accessor_conversion_keeps_enumerable_and_configurable():
    obj = JSObject()
    obj.set('x', 1.0)
    assert obj.define_own_property('x', Descriptor(get=UNDEFINED))
    d = obj.get_own_property('x')
    assert d.is_accessor() and d.enumerable is True and d.configurable is True
    assert d.set is UNDEFINED


def test_non_extensible_object_rejects_new_properties():
    obj = JSObject()
    obj.prevent_extensions()
    assert create_data_property(obj, 'a', 1.0) is False
    with pytest.raises(JSErrorSignal) as info:
        define_property_or_throw(obj, 'a', Descriptor(value=1.0))
    assert info.value.name == 'TypeError'


def test_own_property_keys_order_indices_strings_symbols():
    obj = JSObject()
    sym = JSSymbol('s')
    for key in ('b', sym, '2', 'a', '0', '4294967295', '1'):
        obj.set(key, 1.0)
    assert obj.own_property_keys() == ['0', '1', '2', 'b', 'a', '4294967295', sym]


def test_set_prototype_of_rejects_cycles():
    a, b = JSObject(), JSObject()
    assert b.set_prototype_of(a)
    assert a.set_prototype_of(b) is False
    assert a.get_prototype_of() is NULL


def test_array_length_tracks_index_definitions():
    arr = JSArray()
    create_data_property(arr, '5', 'x')
    assert arr.get('length') == 6.0
    assert arr.own_property_keys() == ['5', 'length']


def test_array_length_shrink_deletes_elements_and_stops_at_non_configurable():
    arr = JSArray()
    for i in range(4):
        create_data_property(arr, str(i), float(i))
    arr.define_own_property('1', Descriptor(configurable=False))
    assert arr.define_own_property('length', Descriptor(value=0.0)) is False
    assert arr.get('length') == 2.0
    assert arr.get('1') == 1.0 and arr.get_own_property('2') is None


def test_array_length_readonly_blocks_growth():
    arr = JSArray()
    arr.define_own_property('length', Descriptor(writable=False))
    assert create_data_property(arr, '0', 1.0) is False
    assert arr.get('length') == 0.0


def test_array_invalid_length_is_range_error():
    arr = JSArray()
    with pytest.raises(JSErrorSignal) as info:
        arr.define_own_property('length', Descriptor(value=1.5))
    assert info.value.name == 'RangeError'


def test_builtin_define_uses_given_attributes():
    obj = JSObject()
    obj.define('m', 1.0)
    d = obj.get_own_property('m')
    assert (d.writable, d.enumerable, d.configurable) == (True, False, True)
    obj.define('k', 2.0, flags=WRITABLE | CONFIGURABLE)
    assert obj.get_own_property('k').enumerable is False
    assert CONFIGURABLE

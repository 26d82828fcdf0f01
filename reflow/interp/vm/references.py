"""Property access on any value, as the VM does it out of line: 6.2.5 the Reference
Record's GetValue and PutValue (7.3.2 GetV, 13.3.2 member access on primitives), delete
(13.5.1.2), property keys from values, CopyDataProperties and IteratorToList, and the way
V8 names a value in an error message. The dispatch loop inlines the fast cases."""
from reflow.parser.numeric import int_to_digits
from .errors import type_error
from .function import is_callable
from .objects import JSArray, JSObject, MISSING, Prop, array_index, create_data_property
from .operations import to_property_key, number_to_string
from .values import JSBigInt, JSSymbol, NULL, UNDEFINED, type_of

def describe(value):
    """A JS value as it appears in an error message, written as V8 writes it
    (Object::NoSideEffectsToString): primitives as ToString would (`true`, `abc`, `10`,
    `Symbol(x)`, `undefined`), a function as its source text, an error as `Name: message`,
    another object as `#<Constructor>` (its toString is Object.prototype's) or
    `[object Tag]`. Reads data properties only, so no script runs."""
    t = type(value)
    if t is str:
        return value
    if t is float:
        return number_to_string(value)
    if t is bool:
        return 'true' if value else 'false'
    if value is UNDEFINED:
        return 'undefined'
    if value is NULL:
        return 'null'
    if t is JSBigInt:
        return int_to_digits(value.value)
    if t is JSSymbol:
        d = value.description
        return 'Symbol(%s)' % ('' if d is UNDEFINED else d)
    if not isinstance(value, JSObject):
        return 'undefined'   # (not a JS value: nothing of Python is shown)
    if is_callable(value):
        code = getattr(value, 'code', None)
        if code is not None:
            return code.source_text()
        name = _data_property(value, 'name')
        return 'function %s() { [native code] }' % (name if type(name) is str else '')
    if value.class_name == 'Error':
        name = _data_property(value, 'name')
        message = _data_property(value, 'message')
        name = name if type(name) is str else 'Error'
        message = message if type(message) is str else ''
        return '%s: %s' % (name, message) if name and message else name or message
    to_string_fn = _data_property(value, 'toString')
    realm = getattr(to_string_fn, 'realm', None)
    if realm is not None and to_string_fn is realm.intrinsics.get('ObjectProto_toString'):
        ctor = _data_property(value, 'constructor')
        name = _data_property(ctor, 'name') if isinstance(ctor, JSObject) else MISSING
        return '#<%s>' % (name if type(name) is str and name else 'Object')
    return '[object %s]' % value.class_name


def describe_callee(value):
    """The callee of a failed call or `new` as V8 names it when it has no source text
    to show: a primitive as describe writes it, an object as `(intermediate value)`."""
    return '(intermediate value)' if isinstance(value, JSObject) else describe(value)


def _data_property(obj, key):
    """obj's property key (own or inherited) if it is a data property, else MISSING:
    a look-up that runs no getter and no proxy trap."""
    o = obj
    while isinstance(o, JSObject) and type(o).get_own_property is JSObject.get_own_property:
        stored = o.props.get(key, MISSING)
        if stored is not MISSING:
            if type(stored) is not Prop:
                return stored
            return stored.value if stored.getter is MISSING else MISSING
        o = o.proto
    return MISSING


# 7.3.2 GetV ( V, P ) and 13.3.2 property access on any value
def get_value(realm, value, key):
    if isinstance(value, JSObject):
        return value.get(key)
    t = type(value)
    if t is str:
        if key == 'length':
            return float(len(value))
        if type(key) is str:
            n = array_index(key)
            if 0 <= n < len(value):
                return value[n]
        return realm.intrinsics['StringPrototype'].get(key, value)
    if value is UNDEFINED or value is NULL:
        raise type_error("Cannot read properties of %s (reading '%s')" % (
            value, key if type(key) is str else repr(key)))
    return realm.prototype_of_primitive(value).get(key, value)


def set_value(realm, value, key, v, strict):
    """13.15.2 / 6.2.5.6 PutValue for a property reference."""
    if isinstance(value, JSObject):
        if not value.set(key, v, None) and strict:
            raise _read_only(key)
        return
    if value is UNDEFINED or value is NULL:
        raise type_error("Cannot set properties of %s (setting '%s')" % (
            value, key if type(key) is str else repr(key)))
    # a primitive base: [[Set]] on its prototype with the primitive as receiver
    proto = realm.prototype_of_primitive(value)
    ok = proto.set(key, v, value)
    if not ok and strict:
        raise type_error("Cannot create property '%s' on %s" % (
            key if type(key) is str else repr(key), type_of(value)))


def set_array_index(arr, i, v, strict):
    """PutValue for arr[i], arr an Array and i an integer index (a float from the VM)."""
    if not arr.set_index(int(i), v) and strict:
        raise _read_only('%d' % i)


def _read_only(key):
    return type_error("Cannot assign to read only property '%s' of object" % (
        key if type(key) is str else repr(key)))


def delete_property(realm, value, key, strict):
    if not isinstance(value, JSObject):
        if value is UNDEFINED or value is NULL:
            raise type_error('Cannot convert undefined or null to object')
        value = realm.to_object(value)
    ok = value.delete(key)
    if not ok and strict:
        raise type_error("Cannot delete property '%s' of object" % (
            key if type(key) is str else repr(key)))
    return ok


def to_key(value):
    t = type(value)
    if t is str:
        return value
    if t is float:
        if value.is_integer() and 0 <= value < 4294967295.0:
            return '%d' % value
        return number_to_string(value)
    return to_property_key(value)


def copy_data_properties(realm, target, source, excluded=()):
    """7.3.25 CopyDataProperties ( target, source, excludedItems )."""
    if source is UNDEFINED or source is NULL:
        return target
    src = source if isinstance(source, JSObject) else realm.to_object(source)
    for key in src.own_property_keys():
        if key in excluded:
            continue
        desc = src.get_own_property(key)
        if desc is not None and desc.enumerable is True:
            create_data_property(target, key, src.get(key))
    return target


def iterate_to_list(realm, iterable):
    """7.4.? IteratorToList(GetIterator(iterable)), with a fast path for plain arrays
    whose iteration is unmodified."""
    if type(iterable) is JSArray and realm.array_iteration_pristine(iterable):
        dense = iterable.dense
        if dense is not None and len(dense) == iterable.length:
            return list(dense)   # (reading a default data element runs nothing)
        out = []
        i = 0
        while i < iterable.length:   # (a getter may change the length)
            out.append(iterable.get_index(i))
            i += 1
        return out
    it = realm.get_iterator(iterable)
    out = []
    while True:
        value, done = it.step()
        if done:
            return out
        out.append(value)

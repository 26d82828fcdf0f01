"""20.1 Object Objects."""
from reflow.interp.vm.descriptors import from_property_descriptor, to_property_descriptor
from reflow.interp.vm.function import arg
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import (CONFIGURABLE, Descriptor, JSObject, MISSING, WRITABLE,
                                      create_data_property_or_throw,
                                      define_property_or_throw, same_value)
from reflow.interp.vm.operations import to_boolean, to_property_key
from reflow.interp.vm.references import describe
from reflow.interp.vm.values import JSSymbol, NULL, UNDEFINED, SYM_TO_STRING_TAG
from .registry import Registry

reg = Registry()


# 20.1.1.1 Object ( [ value ] )
@reg.constructor('Object', 1, 'ObjectPrototype')
def object_ctor(realm, this, args, new_target):
    if new_target is not None and new_target is not realm.intrinsics['Object']:
        from reflow.interp.vm.proxy import get_prototype_from_constructor
        return JSObject(get_prototype_from_constructor(realm, new_target, 'ObjectPrototype'))
    value = arg(args, 0)
    if value is UNDEFINED or value is NULL:
        return realm.new_object()
    return realm.to_object(value)


# 20.1.2.1 Object.assign ( target, ...sources )
@reg.method('Object', 'assign', 2)
def assign(realm, this, args):
    to = realm.to_object(arg(args, 0))
    for source in args[1:]:
        if source is UNDEFINED or source is NULL:
            continue
        src = realm.to_object(source)
        for key in src.own_property_keys():
            d = src.get_own_property(key)
            if d is not None and d.enumerable is True:
                if not to.set(key, src.get(key)):
                    raise type_error("Cannot assign to read only property '%s'" % key)
    return to


# 20.1.2.2 Object.create ( O, Properties )
@reg.method('Object', 'create', 2)
def create(realm, this, args):
    proto = arg(args, 0)
    if not isinstance(proto, JSObject) and proto is not NULL:
        raise type_error('Object prototype may only be an Object or null: %s'
                         % describe(proto))
    obj = JSObject(proto)
    props = arg(args, 1)
    if props is not UNDEFINED:
        define_properties(realm, obj, props)
    return obj


# 20.1.2.3.1 ObjectDefineProperties ( O, Properties )
def define_properties(realm, obj, properties):
    props = realm.to_object(properties)
    descs = []
    for key in props.own_property_keys():
        d = props.get_own_property(key)
        if d is not None and d.enumerable is True:
            descs.append((key, to_property_descriptor(props.get(key))))
    for key, d in descs:
        define_property_or_throw(obj, key, d)
    return obj


@reg.method('Object', 'defineProperties', 2)
def define_properties_fn(realm, this, args):
    obj = arg(args, 0)
    if not isinstance(obj, JSObject):
        raise type_error('Object.defineProperties called on non-object')
    return define_properties(realm, obj, arg(args, 1))


# 20.1.2.4 Object.defineProperty ( O, P, Attributes )
@reg.method('Object', 'defineProperty', 3)
def define_property(realm, this, args):
    obj = arg(args, 0)
    if not isinstance(obj, JSObject):
        raise type_error('Object.defineProperty called on non-object')
    key = to_property_key(arg(args, 1))
    define_property_or_throw(obj, key, to_property_descriptor(arg(args, 2)))
    return obj


# 20.1.2.8 Object.getOwnPropertyDescriptor ( O, P )
@reg.method('Object', 'getOwnPropertyDescriptor', 2)
def get_own_property_descriptor(realm, this, args):
    obj = realm.to_object(arg(args, 0))
    key = to_property_key(arg(args, 1))
    return from_property_descriptor(realm, obj.get_own_property(key))


# 20.1.2.9 Object.getOwnPropertyDescriptors ( O )
@reg.method('Object', 'getOwnPropertyDescriptors', 1)
def get_own_property_descriptors(realm, this, args):
    obj = realm.to_object(arg(args, 0))
    out = realm.new_object()
    for key in obj.own_property_keys():
        d = obj.get_own_property(key)
        if d is not None:
            create_data_property_or_throw(out, key, from_property_descriptor(realm, d))
    return out


# 20.1.2.10 Object.getOwnPropertyNames ( O )
@reg.method('Object', 'getOwnPropertyNames', 1)
def get_own_property_names(realm, this, args):
    obj = realm.to_object(arg(args, 0))
    return realm.new_array([k for k in obj.own_property_keys() if type(k) is str])


# 20.1.2.11 Object.getOwnPropertySymbols ( O )
@reg.method('Object', 'getOwnPropertySymbols', 1)
def get_own_property_symbols(realm, this, args):
    obj = realm.to_object(arg(args, 0))
    return realm.new_array([k for k in obj.own_property_keys() if type(k) is JSSymbol])


# 20.1.2.12 Object.getPrototypeOf ( O )
@reg.method('Object', 'getPrototypeOf', 1)
def get_prototype_of(realm, this, args):
    return realm.to_object(arg(args, 0)).get_prototype_of()


# 20.1.2.14 Object.is ( value1, value2 )
@reg.method('Object', 'is', 2)
def object_is(realm, this, args):
    return same_value(arg(args, 0), arg(args, 1))


@reg.method('Object', 'isExtensible', 1)
def is_extensible(realm, this, args):
    o = arg(args, 0)
    return isinstance(o, JSObject) and o.is_extensible()


# 7.3.15 SetIntegrityLevel / 7.3.16 TestIntegrityLevel
def set_integrity_level(obj, level):
    if not obj.prevent_extensions():
        return False
    for key in obj.own_property_keys():
        if level == 'sealed':
            define_property_or_throw(obj, key, Descriptor(configurable=False))
        else:
            d = obj.get_own_property(key)
            if d is not None:
                nd = Descriptor(configurable=False) if d.is_accessor() else \
                    Descriptor(configurable=False, writable=False)
                define_property_or_throw(obj, key, nd)
    return True


def test_integrity_level(obj, level):
    if obj.is_extensible():
        return False
    for key in obj.own_property_keys():
        d = obj.get_own_property(key)
        if d is not None:
            if d.configurable is True:
                return False
            if level == 'frozen' and d.is_data() and d.writable is True:
                return False
    return True


@reg.method('Object', 'freeze', 1)
def freeze(realm, this, args):
    o = arg(args, 0)
    if isinstance(o, JSObject) and not set_integrity_level(o, 'frozen'):
        raise type_error('Cannot freeze')
    return o


@reg.method('Object', 'isFrozen', 1)
def is_frozen(realm, this, args):
    o = arg(args, 0)
    return not isinstance(o, JSObject) or test_integrity_level(o, 'frozen')


@reg.method('Object', 'seal', 1)
def seal(realm, this, args):
    o = arg(args, 0)
    if isinstance(o, JSObject) and not set_integrity_level(o, 'sealed'):
        raise type_error('Cannot seal')
    return o


@reg.method('Object', 'isSealed', 1)
def is_sealed(realm, this, args):
    o = arg(args, 0)
    return not isinstance(o, JSObject) or test_integrity_level(o, 'sealed')


@reg.method('Object', 'preventExtensions', 1)
def prevent_extensions(realm, this, args):
    o = arg(args, 0)
    if isinstance(o, JSObject) and not o.prevent_extensions():
        raise type_error('Cannot prevent extensions')
    return o


# 7.3.23 EnumerableOwnProperties ( O, kind ): kind 'key', 'value' or 'entry' (each a
# JS [key, value] array); 'pair' gives (key, value) tuples, for the host's conversions
def enumerable_own_properties(realm, obj, kind):
    out = []
    for key in obj.own_property_keys():
        if type(key) is not str:
            continue
        d = obj.get_own_property(key)
        if d is not None and d.enumerable is True:
            if kind == 'key':
                out.append(key)
            else:
                v = obj.get(key)
                out.append(v if kind == 'value' else (key, v) if kind == 'pair'
                           else realm.new_array([key, v]))
    return out


@reg.method('Object', 'keys', 1)
def keys(realm, this, args):
    return realm.new_array(enumerable_own_properties(realm, realm.to_object(arg(args, 0)), 'key'))


@reg.method('Object', 'values', 1)
def values(realm, this, args):
    return realm.new_array(enumerable_own_properties(realm, realm.to_object(arg(args, 0)), 'value'))


@reg.method('Object', 'entries', 1)
def entries(realm, this, args):
    return realm.new_array(enumerable_own_properties(realm, realm.to_object(arg(args, 0)), 'entry'))


# 20.1.2.7 Object.fromEntries ( iterable )
@reg.method('Object', 'fromEntries', 1)
def from_entries(realm, this, args):
    iterable = arg(args, 0)
    if iterable is UNDEFINED or iterable is NULL:
        raise type_error('Object.fromEntries requires an iterable, not %s'
                         % realm.describe(iterable))
    obj = JSObject(realm.intrinsics['ObjectPrototype'])
    # 24.1.1.2 AddEntriesFromIterable with the CreateDataPropertyOnObject adder
    record = realm.get_iterator(iterable)
    while True:
        item, done = record.step()
        if done:
            return obj
        try:
            if not isinstance(item, JSObject):
                raise type_error('Iterator value %s is not an entry object'
                                 % realm.describe(item))
            k = item.get('0')
            v = item.get('1')
            create_data_property_or_throw(obj, to_property_key(k), v)
        except (JSThrow, JSErrorSignal):
            record.close_on_throw()
            raise


# 20.1.2.13 Object.hasOwn ( O, P )
@reg.method('Object', 'hasOwn', 2)
def has_own(realm, this, args):
    obj = realm.to_object(arg(args, 0))
    return obj.get_own_property(to_property_key(arg(args, 1))) is not None


# 20.1.2.22 Object.setPrototypeOf ( O, proto )
@reg.method('Object', 'setPrototypeOf', 2)
def set_prototype_of(realm, this, args):
    o, proto = arg(args, 0), arg(args, 1)
    if o is UNDEFINED or o is NULL:
        raise type_error('Object.setPrototypeOf called on null or undefined')
    if not isinstance(proto, JSObject) and proto is not NULL:
        raise type_error('Object prototype may only be an Object or null: %s'
                         % describe(proto))
    if isinstance(o, JSObject) and not o.set_prototype_of(proto):
        raise type_error('Cannot set prototype')
    return o


# 20.1.3.2 Object.prototype.hasOwnProperty ( V )
@reg.method('ObjectPrototype', 'hasOwnProperty', 1)
def has_own_property(realm, this, args):
    key = to_property_key(arg(args, 0))
    return realm.to_object(this).get_own_property(key) is not None


# 20.1.3.3 Object.prototype.isPrototypeOf ( V )
@reg.method('ObjectPrototype', 'isPrototypeOf', 1)
def is_prototype_of(realm, this, args):
    v = arg(args, 0)
    if not isinstance(v, JSObject):
        return False
    o = realm.to_object(this)
    v = v.get_prototype_of()
    while v is not NULL:
        if v is o:
            return True
        v = v.get_prototype_of()
    return False


# 20.1.3.4 Object.prototype.propertyIsEnumerable ( V )
@reg.method('ObjectPrototype', 'propertyIsEnumerable', 1)
def property_is_enumerable(realm, this, args):
    key = to_property_key(arg(args, 0))
    d = realm.to_object(this).get_own_property(key)
    return d is not None and d.enumerable is True


@reg.method('ObjectPrototype', 'toLocaleString', 0)
def to_locale_string(realm, this, args):
    from reflow.interp.vm.references import get_value
    f = get_value(realm, this, 'toString')
    if not is_callable(f):
        raise type_error('toString is not a function')
    return f.call(this, [])


# 20.1.3.6 Object.prototype.toString ( )
@reg.method('ObjectPrototype', 'toString', 0)
def object_to_string(realm, this, args):
    if this is UNDEFINED:
        return '[object Undefined]'
    if this is NULL:
        return '[object Null]'
    o = realm.to_object(this)
    builtin = builtin_tag(o)
    tag = o.get(SYM_TO_STRING_TAG)
    if type(tag) is str:
        builtin = tag
    return '[object %s]' % builtin


def builtin_tag(o):
    from reflow.interp.vm.function import ArgumentsObject
    from reflow.interp.vm.proxy import is_array
    if is_array(o):   # 7.2.2 IsArray: through proxies; a revoked one throws
        return 'Array'
    if isinstance(o, ArgumentsObject):
        return 'Arguments'
    if is_callable(o):
        return 'Function'
    cls = o.class_name
    if cls in ('Error', 'Boolean', 'Number', 'String', 'Date', 'RegExp'):
        return cls
    return 'Object'


# 20.1.3.7 Object.prototype.valueOf ( )
@reg.method('ObjectPrototype', 'valueOf', 0)
def value_of(realm, this, args):
    return realm.to_object(this)


# 20.1.3.8.1 get Object.prototype.__proto__
@reg.getter('ObjectPrototype', '__proto__')
def proto_getter(realm, this, args):
    return realm.to_object(this).get_prototype_of()


# 20.1.3.8.2 set Object.prototype.__proto__
@reg.setter('ObjectPrototype', '__proto__')
def proto_setter(realm, this, args):
    if this is UNDEFINED or this is NULL:
        raise type_error('Object.prototype.__proto__ called on null or undefined')
    proto = arg(args, 0)
    if not isinstance(proto, JSObject) and proto is not NULL:
        return UNDEFINED
    if not isinstance(this, JSObject):
        return UNDEFINED
    if not this.set_prototype_of(proto):
        raise type_error('Object.prototype.__proto__ setter failed')
    return UNDEFINED

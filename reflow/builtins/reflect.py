"""28.1 The Reflect Object: the internal methods, as functions."""
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import is_callable, is_constructor
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import to_property_key
from reflow.interp.vm.values import NULL, UNDEFINED
from .function import create_list_from_array_like
from reflow.interp.vm.function import arg
from reflow.interp.vm.descriptors import from_property_descriptor, to_property_descriptor
from .registry import Registry

reg = Registry()
reg.namespace('Reflect')


def _target(realm, args, name):
    t = arg(args, 0)
    if not isinstance(t, JSObject):
        raise type_error('Reflect.%s called on non-object' % name)
    return t


# 28.1.1 Reflect.apply ( target, thisArgument, argumentsList )
@reg.method('Reflect', 'apply', 3)
def apply(realm, this, args):
    target = arg(args, 0)
    if not is_callable(target):
        raise type_error('Reflect.apply target is not a function')
    return target.call(arg(args, 1), create_list_from_array_like(arg(args, 2)))


# 28.1.2 Reflect.construct ( target, argumentsList [ , newTarget ] )
@reg.method('Reflect', 'construct', 2)
def construct(realm, this, args):
    target = arg(args, 0)
    if not is_constructor(target):
        raise type_error('Reflect.construct target is not a constructor')
    new_target = args[2] if len(args) > 2 else target
    if not is_constructor(new_target):
        raise type_error('Reflect.construct newTarget is not a constructor')
    return target.construct(create_list_from_array_like(arg(args, 1)), new_target)


# 28.1.3 Reflect.defineProperty ( target, propertyKey, attributes )
@reg.method('Reflect', 'defineProperty', 3)
def define_property(realm, this, args):
    t = _target(realm, args, 'defineProperty')
    key = to_property_key(arg(args, 1))
    return t.define_own_property(key, to_property_descriptor(arg(args, 2)))


# 28.1.4 Reflect.deleteProperty ( target, propertyKey )
@reg.method('Reflect', 'deleteProperty', 2)
def delete_property(realm, this, args):
    t = _target(realm, args, 'deleteProperty')
    return t.delete(to_property_key(arg(args, 1)))


# 28.1.5 Reflect.get ( target, propertyKey [ , receiver ] )
@reg.method('Reflect', 'get', 2)
def get(realm, this, args):
    t = _target(realm, args, 'get')
    key = to_property_key(arg(args, 1))
    return t.get(key, args[2] if len(args) > 2 else t)


# 28.1.6 Reflect.getOwnPropertyDescriptor ( target, propertyKey )
@reg.method('Reflect', 'getOwnPropertyDescriptor', 2)
def get_own_property_descriptor(realm, this, args):
    t = _target(realm, args, 'getOwnPropertyDescriptor')
    return from_property_descriptor(realm, t.get_own_property(to_property_key(arg(args, 1))))


# 28.1.7 Reflect.getPrototypeOf ( target )
@reg.method('Reflect', 'getPrototypeOf', 1)
def get_prototype_of(realm, this, args):
    return _target(realm, args, 'getPrototypeOf').get_prototype_of()


# 28.1.8 Reflect.has ( target, propertyKey )
@reg.method('Reflect', 'has', 2)
def has(realm, this, args):
    t = _target(realm, args, 'has')
    return t.has_property(to_property_key(arg(args, 1)))


# 28.1.9 Reflect.isExtensible ( target )
@reg.method('Reflect', 'isExtensible', 1)
def is_extensible(realm, this, args):
    return _target(realm, args, 'isExtensible').is_extensible()


# 28.1.10 Reflect.ownKeys ( target )
@reg.method('Reflect', 'ownKeys', 1)
def own_keys(realm, this, args):
    return realm.new_array(list(_target(realm, args, 'ownKeys').own_property_keys()))


# 28.1.11 Reflect.preventExtensions ( target )
@reg.method('Reflect', 'preventExtensions', 1)
def prevent_extensions(realm, this, args):
    return _target(realm, args, 'preventExtensions').prevent_extensions()


# 28.1.12 Reflect.set ( target, propertyKey, V [ , receiver ] )
@reg.method('Reflect', 'set', 3)
def set_(realm, this, args):
    t = _target(realm, args, 'set')
    key = to_property_key(arg(args, 1))
    return t.set(key, arg(args, 2), args[3] if len(args) > 3 else t)


# 28.1.13 Reflect.setPrototypeOf ( target, proto )
@reg.method('Reflect', 'setPrototypeOf', 2)
def set_prototype_of(realm, this, args):
    t = _target(realm, args, 'setPrototypeOf')
    proto = arg(args, 1)
    if proto is not NULL and not isinstance(proto, JSObject):
        raise type_error('Object prototype may only be an Object or null: %s'
                         % realm.describe(proto))
    return t.set_prototype_of(proto)


@reg.setup
def setup(realm):
    from reflow.interp.vm.objects import CONFIGURABLE
    from reflow.interp.vm.values import SYM_TO_STRING_TAG
    realm.intrinsics['Reflect'].define(SYM_TO_STRING_TAG, 'Reflect', CONFIGURABLE)

"""B.2.2 Additional Properties of the Object.prototype Object: the legacy accessor
methods __defineGetter__, __defineSetter__, __lookupGetter__ and __lookupSetter__."""
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import MISSING, Descriptor, define_property_or_throw
from reflow.interp.vm.operations import to_property_key
from reflow.interp.vm.values import NULL, UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


def _define_accessor(realm, this, args, which):
    o = realm.to_object(this)
    f = arg(args, 1)
    if not is_callable(f):
        raise type_error('Object.prototype.__define%s__: Expecting function'
                         % which.capitalize())
    desc = Descriptor(enumerable=True, configurable=True, **{which: f})
    define_property_or_throw(o, to_property_key(arg(args, 0)), desc)
    return UNDEFINED


# B.2.2.2 Object.prototype.__defineGetter__ ( P, getter )
@reg.method('ObjectPrototype', '__defineGetter__', 2)
def define_getter(realm, this, args):
    return _define_accessor(realm, this, args, 'get')


# B.2.2.3 Object.prototype.__defineSetter__ ( P, setter )
@reg.method('ObjectPrototype', '__defineSetter__', 2)
def define_setter(realm, this, args):
    return _define_accessor(realm, this, args, 'set')


def _lookup_accessor(realm, this, args, which):
    o = realm.to_object(this)
    key = to_property_key(arg(args, 0))
    while True:
        desc = o.get_own_property(key)
        if desc is not None:
            if desc.is_accessor():
                v = getattr(desc, which)
                return UNDEFINED if v is None or v is MISSING else v
            return UNDEFINED
        o = o.get_prototype_of()
        if o is NULL:
            return UNDEFINED


# B.2.2.4 Object.prototype.__lookupGetter__ ( P )
@reg.method('ObjectPrototype', '__lookupGetter__', 1)
def lookup_getter(realm, this, args):
    return _lookup_accessor(realm, this, args, 'get')


# B.2.2.5 Object.prototype.__lookupSetter__ ( P )
@reg.method('ObjectPrototype', '__lookupSetter__', 1)
def lookup_setter(realm, this, args):
    return _lookup_accessor(realm, this, args, 'set')

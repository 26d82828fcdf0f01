"""24.4 WeakSet Objects: the WeakMap's ephemeron storage (weakmap.py) with true as
every value."""
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import NULL, SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry
from .weakmap import WeakStore, can_be_held_weakly

reg = Registry()


class WeakSetObject(JSObject):
    """An object with a [[WeakSetData]] internal slot."""
    __slots__ = ('weak_data',)

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'WeakSet')
        self.weak_data = WeakStore(self)


def this_weakset(realm, this, method):
    if not isinstance(this, WeakSetObject):
        raise type_error('Method WeakSet.prototype.%s called on incompatible receiver %s' %
                         (method, realm.describe(this)))
    return this.weak_data


# 24.4.1.1 WeakSet ( [ iterable ] )
@reg.constructor('WeakSet', 0, 'WeakSetPrototype')
def weakset_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor WeakSet requires 'new'")
    s = WeakSetObject(get_prototype_from_constructor(realm, new_target, 'WeakSetPrototype'))
    iterable = arg(args, 0)
    if iterable is UNDEFINED or iterable is NULL:
        return s
    adder = s.get('add')
    if not is_callable(adder):
        raise type_error("'%s' returned for property 'add' of object '#<WeakSet>' is not "
                         'a function' % realm.describe(adder))
    record = realm.get_iterator(iterable)
    while True:
        value, done = record.step()
        if done:
            return s
        try:
            adder.call(s, [value])
        except (JSThrow, JSErrorSignal):
            record.close_on_throw()   # IfAbruptCloseIterator
            raise


# 24.4.3.1 WeakSet.prototype.add ( value )
@reg.method('WeakSetPrototype', 'add', 1)
def add(realm, this, args):
    store = this_weakset(realm, this, 'add')
    value = arg(args, 0)
    if not can_be_held_weakly(value):
        raise type_error('Invalid value used in weak set')
    store.set(value, True)
    return this


# 24.4.3.3 WeakSet.prototype.delete ( value )
@reg.method('WeakSetPrototype', 'delete', 1)
def delete(realm, this, args):
    store = this_weakset(realm, this, 'delete')
    value = arg(args, 0)
    if not can_be_held_weakly(value):
        return False
    return store.delete(value)


# 24.4.3.4 WeakSet.prototype.has ( value )
@reg.method('WeakSetPrototype', 'has', 1)
def has(realm, this, args):
    store = this_weakset(realm, this, 'has')
    value = arg(args, 0)
    if not can_be_held_weakly(value):
        return False
    return store.has(value)


@reg.setup
def setup(realm):
    # 24.4.3.5 WeakSet.prototype [ @@toStringTag ]
    realm.intrinsics['WeakSetPrototype'].define(SYM_TO_STRING_TAG, 'WeakSet', CONFIGURABLE)


__all__ = ['WeakSetObject']

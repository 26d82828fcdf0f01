"""26.1 WeakRef Objects. [[WeakRefTarget]] is a Python weak reference; the target is
also added to the realm's [[KeptAlive]] list (9.11 AddToKeptObjects) when the WeakRef is
made and on each deref, so it lives at least until the current job ends."""
import weakref as _weakref

from reflow.interp.vm.errors import type_error
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry
from .weakmap import can_be_held_weakly

reg = Registry()


class WeakRefObject(JSObject):
    """An object with a [[WeakRefTarget]] internal slot."""
    __slots__ = ('target_ref',)

    def __init__(self, proto, target):
        JSObject.__init__(self, proto, 'WeakRef')
        self.target_ref = _weakref.ref(target)


# 9.11 AddToKeptObjects ( value )
def add_to_kept_objects(realm, value):
    realm.kept_objects.append(value)


# 26.1.1.1 WeakRef ( target )
@reg.constructor('WeakRef', 1, 'WeakRefPrototype')
def weakref_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor WeakRef requires 'new'")
    target = arg(args, 0)
    if not can_be_held_weakly(target):
        raise type_error('WeakRef: invalid target')
    proto = get_prototype_from_constructor(realm, new_target, 'WeakRefPrototype')
    add_to_kept_objects(realm, target)
    return WeakRefObject(proto, target)


# 26.1.3.2 WeakRef.prototype.deref ( )
@reg.method('WeakRefPrototype', 'deref', 0)
def deref(realm, this, args):
    if not isinstance(this, WeakRefObject):
        raise type_error('Method WeakRef.prototype.deref called on incompatible receiver %s'
                         % realm.describe(this))
    # 26.1.4.1 WeakRefDeref ( weakRef )
    target = this.target_ref()
    if target is None:
        return UNDEFINED
    add_to_kept_objects(realm, target)
    return target


@reg.setup
def setup(realm):
    # 26.1.3.3 WeakRef.prototype [ @@toStringTag ]
    realm.intrinsics['WeakRefPrototype'].define(SYM_TO_STRING_TAG, 'WeakRef', CONFIGURABLE)


__all__ = ['WeakRefObject', 'add_to_kept_objects']

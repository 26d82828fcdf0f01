"""24.3 WeakMap Objects, and the weak storage WeakSet shares.

An entry lives on its key, as an ephemeron should: an object key keeps the value in its
[[PrivateElements]] dict under a token that belongs to the WeakMap (tokens are never
PrivateNames, so no class code can see them). The value is then reachable only through
the key, and a key that dies takes its entries with it, even when the value refers back
to the key. The WeakMap keeps its keys in a weakref.WeakSet so that, when the WeakMap
itself is collected, a finalizer removes its entries from the keys still alive.

Symbols (ES2023 symbols as weak keys) have no slots of their own: their entries are in a
weakref.WeakKeyDictionary on the WeakMap, which holds the value strongly; a value that
refers back to its symbol key keeps that entry alive while the WeakMap lives.
"""
import weakref

from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import JSSymbol, NULL, SYM_TO_STRING_TAG, UNDEFINED
from .map import add_entries_from_iterable
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 9.13 CanBeHeldWeakly ( v )
def can_be_held_weakly(v):
    if isinstance(v, JSObject):
        return True
    return type(v) is JSSymbol and not v.registered   # KeyForSymbol(v) is undefined


class _Token:
    """The key under which one weak collection stores its entries on an object."""
    __slots__ = ('__weakref__',)


def _drop_entries(token, keys):
    # the collection is gone: its entries on the keys that are still alive go too
    for key in list(keys):
        privates = key.privates
        if privates is not None:
            privates.pop(token, None)


class WeakStore:
    """Key -> value storage with ephemeron semantics (see the module docstring)."""
    __slots__ = ('token', 'keys', 'symbols', 'finalizer')

    def __init__(self, owner):
        self.token = _Token()
        self.keys = weakref.WeakSet()
        self.symbols = None
        self.finalizer = weakref.finalize(owner, _drop_entries, self.token, self.keys)
        self.finalizer.atexit = False

    def get(self, key, default):
        if type(key) is JSSymbol:
            return default if self.symbols is None else self.symbols.get(key, default)
        privates = key.privates
        if privates is None:
            return default
        return privates.get(self.token, default)

    def has(self, key):
        if type(key) is JSSymbol:
            return self.symbols is not None and key in self.symbols
        privates = key.privates
        return privates is not None and self.token in privates

    def set(self, key, value):
        if type(key) is JSSymbol:
            if self.symbols is None:
                self.symbols = weakref.WeakKeyDictionary()
            self.symbols[key] = value
            return
        if key.privates is None:
            key.privates = {}
        key.privates[self.token] = value
        self.keys.add(key)

    def delete(self, key):
        if type(key) is JSSymbol:
            if self.symbols is None or key not in self.symbols:
                return False
            del self.symbols[key]
            return True
        privates = key.privates
        if privates is None or self.token not in privates:
            return False
        del privates[self.token]
        self.keys.discard(key)
        return True


class WeakMapObject(JSObject):
    """An object with a [[WeakMapData]] internal slot."""
    __slots__ = ('weak_data',)

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'WeakMap')
        self.weak_data = WeakStore(self)


def this_weakmap(realm, this, method):
    if not isinstance(this, WeakMapObject):
        raise type_error('Method WeakMap.prototype.%s called on incompatible receiver %s' %
                         (method, realm.describe(this)))
    return this.weak_data


# 24.3.1.1 WeakMap ( [ iterable ] )
@reg.constructor('WeakMap', 0, 'WeakMapPrototype')
def weakmap_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor WeakMap requires 'new'")
    m = WeakMapObject(get_prototype_from_constructor(realm, new_target, 'WeakMapPrototype'))
    iterable = arg(args, 0)
    if iterable is UNDEFINED or iterable is NULL:
        return m
    adder = m.get('set')
    if not is_callable(adder):
        raise type_error("'%s' returned for property 'set' of object '#<WeakMap>' is not "
                         'a function' % realm.describe(adder))
    return add_entries_from_iterable(realm, m, iterable, adder)


# 24.3.3.2 WeakMap.prototype.delete ( key )
@reg.method('WeakMapPrototype', 'delete', 1)
def delete(realm, this, args):
    store = this_weakmap(realm, this, 'delete')
    key = arg(args, 0)
    if not can_be_held_weakly(key):
        return False
    return store.delete(key)


# 24.3.3.3 WeakMap.prototype.get ( key )
@reg.method('WeakMapPrototype', 'get', 1)
def get(realm, this, args):
    store = this_weakmap(realm, this, 'get')
    key = arg(args, 0)
    if not can_be_held_weakly(key):
        return UNDEFINED
    return store.get(key, UNDEFINED)


# 24.3.3.4 WeakMap.prototype.has ( key )
@reg.method('WeakMapPrototype', 'has', 1)
def has(realm, this, args):
    store = this_weakmap(realm, this, 'has')
    key = arg(args, 0)
    if not can_be_held_weakly(key):
        return False
    return store.has(key)


# 24.3.3.5 WeakMap.prototype.set ( key, value )
@reg.method('WeakMapPrototype', 'set', 2)
def set_(realm, this, args):
    store = this_weakmap(realm, this, 'set')
    key = arg(args, 0)
    if not can_be_held_weakly(key):
        raise type_error('Invalid value used as weak map key')
    store.set(key, arg(args, 1))
    return this


@reg.setup
def setup(realm):
    # 24.3.3.6 WeakMap.prototype [ @@toStringTag ]
    realm.intrinsics['WeakMapPrototype'].define(SYM_TO_STRING_TAG, 'WeakMap', CONFIGURABLE)


__all__ = ['WeakMapObject', 'WeakStore', 'can_be_held_weakly']

"""Registration of built-in functions by decorator.

Each built-in module makes a ``Registry`` and decorates its functions; the realm's
setup (reflow/interp/vm/realm.py) installs every registry's entries on the intrinsics:

    reg = Registry()

    @reg.method('ObjectPrototype', 'hasOwnProperty', 1)
    def has_own_property(realm, this, args): ...

A built-in receives (realm, this, args) and returns a JS value.
"""
from reflow.interp.vm.objects import CONFIGURABLE, WRITABLE


class Entry:
    __slots__ = ('target', 'key', 'fn', 'length', 'kind', 'flags', 'ctor')

    def __init__(self, target, key, fn, length, kind, flags, ctor=None):
        self.target = target   # intrinsic name ('ObjectPrototype') or 'global'
        self.key = key         # property key: str, or 'Symbol.iterator' style names
        self.fn = fn
        self.length = length
        self.kind = kind       # method, getter, setter, constructor, value
        self.flags = flags
        self.ctor = ctor


class Registry:
    def __init__(self):
        self.entries = []
        self.setups = []

    def method(self, target, key, length, flags=WRITABLE | CONFIGURABLE):
        def register(fn):
            self.entries.append(Entry(target, key, fn, length, 'method', flags))
            return fn
        return register

    def getter(self, target, key, flags=CONFIGURABLE):
        def register(fn):
            self.entries.append(Entry(target, key, fn, 0, 'getter', flags))
            return fn
        return register

    def setter(self, target, key, flags=CONFIGURABLE):
        def register(fn):
            self.entries.append(Entry(target, key, fn, 1, 'setter', flags))
            return fn
        return register

    def constructor(self, name, length, prototype, proto_of_proto='ObjectPrototype',
                    global_name=None):
        """``fn(realm, this, args)`` is [[Call]]; the decorated function's ``construct``
        attribute (set with @reg.construct) is [[Construct]]."""
        def register(fn):
            self.entries.append(Entry(name, global_name or name, fn, length, 'constructor',
                                      WRITABLE | CONFIGURABLE,
                                      ctor=(prototype, proto_of_proto)))
            return fn
        return register

    def namespace(self, name):
        """A plain object on the global object (Math, Reflect, JSON) that methods can be
        registered on by its name."""
        self.entries.append(Entry(name, name, None, 0, 'namespace', 0))

    def setup(self, fn):
        """A function run with the realm after the entries are installed."""
        self.setups.append(fn)
        return fn

"""The ECMAScript library: one module per built-in, each registering its functions with
a ``Registry`` (registry.py). ``install(realm)`` creates the constructors and puts every
registered function in place, each part of the library when the realm first needs it
(units.py)."""
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import CONFIGURABLE, JSObject, WRITABLE
from reflow.interp.vm.values import WELL_KNOWN_SYMBOLS

from .units import UNITS, Library, Unit

# the library's modules in installation order
MODULES = tuple(m for unit in UNITS for m in unit.modules)


def _key(key):
    if type(key) is str and key.startswith('@@'):
        return WELL_KNOWN_SYMBOLS[key[2:]]
    return key


def native(realm, fn, name, length, ctor=None):
    """A built-in function object for ``fn(realm, this, args)``."""
    def call(this, args):
        return fn(realm, this, args)
    construct = None
    if ctor is not None:
        def construct(args, new_target):
            return ctor(realm, None, args, new_target)
    display = name if type(name) is str else name
    return NativeFunction(realm, call, display, length, ctor=construct)


def install(realm, units=(), lazy=True):
    """Install the library on ``realm``, then ``units`` (a host layer's own, units.Unit):
    the core now and each other unit when first needed (units.py), or all of it now
    when not ``lazy``. Returns the realm's units.Library."""
    library = Library(realm, UNITS + tuple(units))
    library.reserve_globals()
    if lazy:
        library.install(0)
    else:
        library.install_all()
    return library


def install_registries(realm, registries):
    """Put the entries of ``registries`` in place, then run their setups (a host layer,
    reflow/ext, installs its own registries the same way)."""
    I = realm.intrinsics
    # namespace objects and constructors first, so that methods can be put on them
    for reg in registries:
        for e in reg.entries:
            if e.kind == 'namespace':
                obj = JSObject(I['ObjectPrototype'])
                I[e.target] = obj
                realm.global_object.define(e.key, obj, WRITABLE | CONFIGURABLE)
    for reg in registries:
        for e in reg.entries:
            if e.kind != 'constructor':
                continue
            proto_name, proto_of_proto = e.ctor
            try:
                proto = I[proto_name]   # one the realm made (Realm._make_fundamentals)
            except KeyError:
                proto = JSObject(I[proto_of_proto])
                I[proto_name] = proto
            fn = e.fn
            ctor = native(realm, lambda realm, this, args, fn=fn: fn(realm, this, args, None),
                          e.key, e.length, ctor=fn)
            ctor.define('prototype', proto, 0)
            proto.define('constructor', ctor)
            I[e.target] = ctor
            realm.global_object.define(e.key, ctor)
    for reg in registries:
        for e in reg.entries:
            if e.kind in ('constructor', 'namespace'):
                continue
            target = realm.global_object if e.target == 'global' else I[e.target]
            key = _key(e.key)
            if e.kind == 'method':
                name = key if type(key) is str else '[%s]' % key.description
                f = native(realm, e.fn, name, e.length)
                target.define(key, f, e.flags)
                I['%s_%s' % (e.target.replace('Prototype', 'Proto'),
                             key if type(key) is str else key.description)] = f
            elif e.kind == 'getter':
                name = key if type(key) is str else '[%s]' % key.description
                f = native(realm, e.fn, 'get ' + name, 0)
                existing = target.props.get(key)
                setter = getattr(existing, 'setter', None)
                target.define_accessor(key, f, setter if setter not in (None,) else
                                       realm_undefined(), e.flags)
            elif e.kind == 'setter':
                name = key if type(key) is str else '[%s]' % key.description
                f = native(realm, e.fn, 'set ' + name, 1)
                existing = target.props.get(key)
                getter = getattr(existing, 'getter', None)
                target.define_accessor(key, getter if getter is not None else
                                       realm_undefined(), f, e.flags)
    for reg in registries:
        for setup in reg.setups:
            setup(realm)


def realm_undefined():
    from reflow.interp.vm.values import UNDEFINED
    return UNDEFINED


__all__ = ['install', 'install_registries', 'native', 'Unit', 'MODULES', 'CONFIGURABLE',
           'WRITABLE']

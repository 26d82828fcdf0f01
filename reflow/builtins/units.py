"""The library installed on first use: a program pays for the built-ins it touches.

The library is cut into units (a unit is a module with the modules that add to the
objects it makes). A new realm gets the core unit (Object, Function, the iterator
prototypes: what every object and function reaches) and, for every global property of
the other units, a place held in the global object (GlobalObject.reserve), so its keys,
their order and their attributes are from the start those of the whole library. A unit
is installed when first needed, which is when
- an internal method of the global object reaches one of its global properties
  (`Map`, `typeof Map`, `delete globalThis.Map`, `var Map`, getOwnPropertyDescriptor...);
- an intrinsic it provides is asked of realm.intrinsics (the VM's array literal asks for
  %ArrayPrototype%, an async function for %Promise%, an error for %TypeError%);
- a regular expression literal is evaluated (realm.regexp_create).
Installing a unit runs exactly what installing the whole library runs for it, so a realm
is the same whichever units were touched first (tests/ext/test_lazy_library.py
compares every global with a realm built at once).

Which unit provides an intrinsic follows from the names: a unit provides its globals,
``<global>Prototype``, the names in its ``intrinsics``, and the per-method names
install_registries records (``ArrayProto_values`` is %ArrayPrototype%'s unit's,
``JSON_parse`` JSON's, ``global_parseInt`` parseInt's), and ``Deno.permissions`` is
Deno's."""
import importlib

from reflow.interp.vm.objects import MISSING


class Unit:
    """A part of the library: the modules whose registries it installs (or, for a host
    layer's unit, its own ``install(realm)``), the global properties it creates in the
    order it creates them, and the intrinsics it provides that are not named after
    them."""
    __slots__ = ('modules', 'globals', 'intrinsics', 'install')

    def __init__(self, modules, globals=(), intrinsics=(), install=None):
        self.modules = modules
        self.globals = globals
        self.intrinsics = intrinsics
        self.install = install

    def run(self, realm):
        if self.install is not None:
            self.install(realm)
        else:
            from . import install_registries
            install_registries(realm, [importlib.import_module('reflow.builtins.' + m).reg
                                       for m in self.modules])


ERRORS = ('Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
          'URIError')
TYPED_ARRAYS = ('Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
                'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
                'BigInt64Array', 'BigUint64Array')

# the library in installation order; the first is the core
UNITS = (
    Unit(('object', 'object_annexb', 'function', 'iterator'), ('Object', 'Function'),
         ('ThrowTypeError', 'IteratorPrototype', 'ArrayIteratorPrototype')),
    Unit(('error',), ERRORS),
    Unit(('aggregate_error',), ('AggregateError',)),
    Unit(('date',), ('Date',)),
    Unit(('array', 'array_methods'), ('Array',)),
    Unit(('array_buffer',), ('ArrayBuffer',)),
    Unit(('shared_array_buffer',), ('SharedArrayBuffer',)),
    Unit(('typed_array', 'typed_array_methods'), TYPED_ARRAYS,
         ('TypedArray', 'TypedArrayPrototype')),
    Unit(('data_view',), ('DataView',)),
    Unit(('atomics',), ('Atomics',)),
    Unit(('promise',), ('Promise',)),
    Unit(('generator', 'async_generator', 'async_from_sync_iterator'), (),
         ('GeneratorPrototype', 'GeneratorFunction', 'GeneratorFunctionPrototype',
          'AsyncFunction', 'AsyncFunctionPrototype', 'AsyncGeneratorPrototype',
          'AsyncGeneratorFunction', 'AsyncGeneratorFunctionPrototype',
          'AsyncIteratorPrototype', 'AsyncFromSyncIteratorPrototype')),
    Unit(('globals',), ('isNaN', 'isFinite', 'eval', 'print', 'globalThis', 'NaN', 'Infinity',
                        'undefined')),
    Unit(('uri',), ('decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
                    'escape', 'unescape')),
    Unit(('symbol',), ('Symbol',)),
    Unit(('boolean',), ('Boolean',)),
    Unit(('number',), ('Number', 'parseFloat', 'parseInt')),
    Unit(('bigint',), ('BigInt',)),
    Unit(('math',), ('Math',)),
    Unit(('string', 'string_methods'), ('String',), ('StringIteratorPrototype',)),
    Unit(('regexp', 'regexp_methods'), ('RegExp',), ('RegExpStringIteratorPrototype',)),
    Unit(('reflect',), ('Reflect',)),
    Unit(('proxy',), ('Proxy',), ('ProxyPrototypeUnused',)),
    Unit(('json',), ('JSON',)),
    Unit(('map',), ('Map',), ('MapIteratorPrototype',)),
    Unit(('set',), ('Set',), ('SetIteratorPrototype',)),
    Unit(('weakmap',), ('WeakMap',)),
    Unit(('weakset',), ('WeakSet',)),
    Unit(('weakref',), ('WeakRef',)),
    Unit(('finalization_registry',), ('FinalizationRegistry',)),
    Unit(('timers',), ('setTimeout', 'setInterval', 'clearTimeout', 'clearInterval',
                       'queueMicrotask')),
    Unit(('dom_exception',), ('DOMException',)),
    Unit(('structured_clone',), ('structuredClone',)),
    Unit(('console',), ('console',)),
)


def providers(units):
    """name -> the index of the unit providing it, for the names the units list."""
    found = {}
    for i, unit in enumerate(units):
        for name in unit.globals:
            found[name] = i
            found[name + 'Prototype'] = i
        for name in unit.intrinsics:
            found[name] = i
    return found


PROVIDERS = providers(UNITS)


class Library:
    """The library of one realm: the units installed (or being installed), and the
    objects the realm made at its creation for units not installed yet (the prototypes
    of Realm._make_fundamentals), held back until their unit has filled them."""

    def __init__(self, realm, units=UNITS):
        self.realm = realm
        self.units = units
        self.providers = PROVIDERS if units is UNITS else providers(units)
        self.started = set()
        self.held = {}
        intrinsics = realm.intrinsics
        for name in list(intrinsics):
            if self.provider(name):   # (the core is 0: its objects stay)
                self.held[name] = dict.pop(intrinsics, name)
        intrinsics.build = self.build_intrinsic
        realm.global_object.resolve = self.resolve_global
        # 22.2.3.1 RegExpCreate installs RegExp, whose setup replaces this
        realm.regexp_create = self.regexp_create

    def provider(self, name):
        """The index of the unit that provides intrinsic ``name``, or None."""
        index = self.providers.get(name)
        if index is None:
            if '.' in name:      # Deno.errors.NotFoundPrototype: Deno's
                return self.providers.get(name.split('.', 1)[0])
            if '_' in name:      # ArrayProto_values: %ArrayPrototype%'s
                target, key = name.split('_', 1)
                if target == 'global':   # global_parseInt: parseInt's
                    return self.providers.get(key)
                return self.providers.get(target.replace('Proto', 'Prototype'))
        return index

    def reserve_globals(self):
        """Hold the place of every global property of the library, in order."""
        glob = self.realm.global_object
        for unit in self.units:
            for name in unit.globals:
                glob.reserve(name)

    def install(self, index):
        if index in self.started:
            return
        self.started.add(index)
        try:
            self.units[index].run(self.realm)
        except BaseException:
            # (an interrupt or a full stack while installing: tried again next time)
            self.started.discard(index)
            raise

    def install_all(self):
        for index in range(len(self.units)):
            self.install(index)

    # -- the realm's hooks --------------------------------------------------------------

    def build_intrinsic(self, name):
        """Intrinsics.__missing__: install the unit that provides ``name``."""
        index = self.provider(name)
        if index is not None:
            self.install(index)
        intrinsics = self.realm.intrinsics
        value = dict.get(intrinsics, name, MISSING)
        if value is MISSING:
            # an object the realm made for a unit still being installed (or whose
            # install did not ask for it): it is that unit's now
            value = self.held.pop(name, MISSING)
            if value is MISSING:
                raise KeyError(name)
            dict.__setitem__(intrinsics, name, value)
        return value

    def resolve_global(self, key):
        """GlobalObject.resolve: install the unit that creates global ``key``."""
        self.install(self.providers[key])

    def regexp_create(self, pattern, flags):
        self.realm.intrinsics['RegExp']
        return self.realm.regexp_create(pattern, flags)


__all__ = ['Unit', 'UNITS', 'Library']

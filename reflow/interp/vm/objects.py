"""10.1 Ordinary Object Internal Methods and Internal Slots, and 10.4.2 Array Exotic
Objects (whose elements have a store of their own: see JSArray).

Storage: ``props`` maps a property key (``str`` or ``JSSymbol``) either to the value
itself, for the common data property that is writable, enumerable and configurable, or
to a ``Prop`` for any other (accessor, or data with other attributes). A read is then
one dict lookup and one type test. Insertion order is kept by the dict;
OrdinaryOwnPropertyKeys (10.1.11.1) puts array indices first when asked.

Every object operation goes through the internal-method protocol (``get_own_property``,
``define_own_property``, ``get``, ``set``, ``delete``, ``own_property_keys``, ...) so that
Proxy and other exotic objects override exactly these.
"""
import threading

from .errors import type_error, range_error
from .values import UNDEFINED, NULL

MISSING = object()   # an absent descriptor field / property

WRITABLE = 1
ENUMERABLE = 2
CONFIGURABLE = 4
DEFAULT_FLAGS = WRITABLE | ENUMERABLE | CONFIGURABLE
ARRAY_INDEX_LIMIT = 4294967295   # 2**32 - 1: an array index is below it


class Prop:
    """A property that is not a plain default data property."""
    __slots__ = ('value', 'getter', 'setter', 'flags')

    def __init__(self, value=UNDEFINED, getter=MISSING, setter=MISSING, flags=0):
        self.value = value
        self.getter = getter   # MISSING for data properties, else a function or UNDEFINED
        self.setter = setter
        self.flags = flags

    @property
    def is_accessor(self):
        return self.getter is not MISSING


class Descriptor:
    """6.2.6 The Property Descriptor Specification Type; absent fields are MISSING."""
    __slots__ = ('value', 'get', 'set', 'writable', 'enumerable', 'configurable')

    def __init__(self, value=MISSING, get=MISSING, set=MISSING, writable=MISSING,
                 enumerable=MISSING, configurable=MISSING):
        self.value = value
        self.get = get
        self.set = set
        self.writable = writable
        self.enumerable = enumerable
        self.configurable = configurable

    # 6.2.6.1 IsAccessorDescriptor / 6.2.6.2 IsDataDescriptor
    def is_accessor(self):
        return self.get is not MISSING or self.set is not MISSING

    def is_data(self):
        return self.value is not MISSING or self.writable is not MISSING

    def is_generic(self):
        return not self.is_accessor() and not self.is_data()

    def __repr__(self):
        fields = ('%s=%r' % (k, getattr(self, k)) for k in self.__slots__
                  if getattr(self, k) is not MISSING)
        return 'Descriptor(%s)' % ', '.join(fields)


def data_descriptor(value, flags=DEFAULT_FLAGS):
    return Descriptor(value=value, writable=bool(flags & WRITABLE),
                      enumerable=bool(flags & ENUMERABLE),
                      configurable=bool(flags & CONFIGURABLE))


def _descriptor_of(stored):
    """The complete Descriptor of a stored property (raw value or Prop)."""
    if type(stored) is not Prop:
        return Descriptor(value=stored, writable=True, enumerable=True, configurable=True)
    f = stored.flags
    if stored.getter is not MISSING:
        return Descriptor(get=stored.getter, set=stored.setter,
                          enumerable=bool(f & ENUMERABLE),
                          configurable=bool(f & CONFIGURABLE))
    return Descriptor(value=stored.value, writable=bool(f & WRITABLE),
                      enumerable=bool(f & ENUMERABLE), configurable=bool(f & CONFIGURABLE))


def array_index(key):
    """The integer if ``key`` is an array index (a canonical numeric string below
    2**32 - 1), else -1."""
    if type(key) is not str or not key or len(key) > 10:
        return -1
    c = key[0]
    if not ('0' <= c <= '9') or (c == '0' and len(key) > 1) or not key.isdigit():
        return -1
    if not key.isascii():
        return -1
    n = int(key)
    return n if n < ARRAY_INDEX_LIMIT else -1


class NativeStack:
    """The budget for recursion that nests Python (and, compiled, C) calls: a built-in
    calling back into JS (VM.run), a built-in called from JS, an exotic object's
    internal method forwarding to another object (Proxy, bound function, a prototype
    chain through exotic objects). JS-to-JS calls do not count: the VM runs them in one
    loop. A deterministic count, so that the compiled and the pure build agree; sized
    to the thread's C stack (measured worst case, compiled: about 4 KiB a level, the
    Array.prototype.sort comparator path; the budget allows twice that).

    ``running``: the VM whose loop runs now in this thread (vm.running_vm), kept here
    rather than in the thread-local ThreadState so that a VM, which caches its thread's
    NativeStack while it runs, sets it without a thread-local lookup."""
    __slots__ = ('depth', 'limit', 'running')

    def __init__(self, limit):
        self.depth = 0
        self.limit = limit
        self.running = None

    def enter(self):
        """One level deeper, or V8's RangeError; the caller leaves with
        ``native.depth -= 1`` in a ``finally``."""
        depth = self.depth + 1
        if depth > self.limit:
            raise range_error('Maximum call stack size exceeded')
        self.depth = depth


BYTES_PER_LEVEL = 8192


def thread_stack_bytes():
    """The size of the running thread's C stack: RLIMIT_STACK for the main thread (its
    stack grows up to it), the size the thread was created with for another (glibc's
    pthread_getattr_np; else threading.stack_size() or the default, which glibc takes
    from RLIMIT_STACK). Unlimited counts as 8 MiB."""
    if threading.current_thread() is not threading.main_thread():
        size = _pthread_stack_size() or threading.stack_size()
        if size:
            return min(size, 1 << 30)
    size = 8 << 20
    try:
        import resource
        soft = resource.getrlimit(resource.RLIMIT_STACK)[0]
        if soft != resource.RLIM_INFINITY and soft > 0:
            size = soft
    except (ImportError, ValueError, OSError):
        pass
    return min(size, 1 << 30)


def _pthread_stack_size():
    """The running thread's stack size from glibc, or 0 where that cannot be read."""
    try:
        import ctypes
        libc = ctypes.CDLL(None)
        libc.pthread_self.restype = ctypes.c_ulong
        libc.pthread_getattr_np.argtypes = (ctypes.c_ulong, ctypes.c_void_p)
        libc.pthread_attr_getstacksize.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
        libc.pthread_attr_destroy.argtypes = (ctypes.c_void_p,)
        attr = ctypes.create_string_buffer(256)   # a pthread_attr_t (56 bytes on x86-64)
        size = ctypes.c_size_t(0)
        if libc.pthread_getattr_np(libc.pthread_self(), attr) != 0:
            return 0
        try:
            if libc.pthread_attr_getstacksize(attr, ctypes.byref(size)) != 0:
                return 0
        finally:
            libc.pthread_attr_destroy(attr)
        return size.value
    except (ImportError, OSError, AttributeError, ValueError):
        return 0


def stack_levels():
    """The levels of NativeStack that fit the running thread's C stack."""
    return max(thread_stack_bytes() // BYTES_PER_LEVEL - 16, 64)   # 16 levels for the host


class ThreadState(threading.local):
    """What the engine keeps per thread, so that runtimes running in two threads never
    see each other's: ``stack``, the budget of this thread's C stack (one for all the
    realms the thread runs, since they nest on the same C stack), which also says which
    VM runs now in this thread (``stack.running``)."""

    def __init__(self):
        self.stack = NativeStack(stack_levels())


THREAD = ThreadState()


def native_stack():
    """The running thread's NativeStack."""
    return THREAD.stack


def call_function(func, this, args):
    """Call a JS function value (set by the VM: functions know how to be called)."""
    return func.call(this, args)


class JSObject:
    """An ordinary object (10.1)."""
    __slots__ = ('proto', 'extensible', 'props', 'class_name', 'privates', '__weakref__')
    is_callable = False
    is_constructor = False
    # True on a subclass whose [[Get]], [[Set]] and [[HasProperty]] overrides are fast
    # paths of the ordinary ones over its own [[GetOwnProperty]] (Array, String,
    # arguments objects): a prototype chain through it is walked in a loop. Otherwise a
    # chain reaching an object that overrides them calls it (and counts in the thread's NativeStack).
    ordinary_lookup = False

    def __init__(self, proto=NULL, class_name='Object'):
        self.proto = proto
        self.extensible = True
        self.props = {}
        self.class_name = class_name
        self.privates = None   # [[PrivateElements]]: PrivateName -> value / PrivateMethod

    def __repr__(self):
        return '<JS %s>' % self.class_name

    # 10.1.1 [[GetPrototypeOf]] ( )
    def get_prototype_of(self):
        return self.proto

    # 10.1.2 [[SetPrototypeOf]] ( V ) -> OrdinarySetPrototypeOf
    def set_prototype_of(self, value):
        current = self.proto
        if value is current:
            return True
        if not self.extensible:
            return False
        p = value
        while p is not NULL:
            if p is self:
                return False
            if type(p).get_prototype_of is not JSObject.get_prototype_of:
                break   # a Proxy's [[GetPrototypeOf]] is not the ordinary one
            p = p.proto
        self.proto = value
        return True

    # 10.1.3 [[IsExtensible]] ( )
    def is_extensible(self):
        return self.extensible

    # 10.1.4 [[PreventExtensions]] ( )
    def prevent_extensions(self):
        self.extensible = False
        return True

    # 10.1.5 [[GetOwnProperty]] ( P ) -> OrdinaryGetOwnProperty; returns None if absent
    def get_own_property(self, key):
        stored = self.props.get(key, MISSING)
        if stored is MISSING:
            return None
        return _descriptor_of(stored)

    # 10.1.6 [[DefineOwnProperty]] ( P, Desc ) -> OrdinaryDefineOwnProperty
    def define_own_property(self, key, desc):
        current = self.props.get(key, MISSING)
        return self._validate_and_apply(key, desc, current)

    # 10.1.6.3 ValidateAndApplyPropertyDescriptor ( O, P, extensible, Desc, current )
    def _validate_and_apply(self, key, desc, current):
        props = self.props
        if current is MISSING:
            if not self.extensible:
                return False
            if desc.is_accessor():
                props[key] = Prop(getter=UNDEFINED if desc.get is MISSING else desc.get,
                                  setter=UNDEFINED if desc.set is MISSING else desc.set,
                                  flags=(ENUMERABLE if desc.enumerable is True else 0) |
                                  (CONFIGURABLE if desc.configurable is True else 0))
            else:
                flags = (WRITABLE if desc.writable is True else 0) | \
                    (ENUMERABLE if desc.enumerable is True else 0) | \
                    (CONFIGURABLE if desc.configurable is True else 0)
                value = UNDEFINED if desc.value is MISSING else desc.value
                props[key] = value if flags == DEFAULT_FLAGS else Prop(value=value,
                                                                       flags=flags)
            return True
        # current exists
        if type(current) is Prop:
            flags = current.flags
            cur_accessor = current.getter is not MISSING
            cur_value = current.value
        else:
            flags = DEFAULT_FLAGS
            cur_accessor = False
            cur_value = current
        if not flags & CONFIGURABLE:
            if desc.configurable is True:
                return False
            if desc.enumerable is not MISSING and desc.enumerable != bool(flags & ENUMERABLE):
                return False
            if not desc.is_generic() and desc.is_accessor() != cur_accessor:
                return False
            if cur_accessor:
                if desc.get is not MISSING and desc.get is not current.getter:
                    return False
                if desc.set is not MISSING and desc.set is not current.setter:
                    return False
            elif not flags & WRITABLE:
                if desc.writable is True:
                    return False
                if desc.value is not MISSING and not same_value(desc.value, cur_value):
                    return False
        # apply
        enumerable = bool(flags & ENUMERABLE) if desc.enumerable is MISSING else \
            bool(desc.enumerable)
        configurable = bool(flags & CONFIGURABLE) if desc.configurable is MISSING else \
            bool(desc.configurable)
        base = (ENUMERABLE if enumerable else 0) | (CONFIGURABLE if configurable else 0)
        if desc.is_accessor():
            if cur_accessor:
                getter = current.getter if desc.get is MISSING else desc.get
                setter = current.setter if desc.set is MISSING else desc.set
            else:
                getter = UNDEFINED if desc.get is MISSING else desc.get
                setter = UNDEFINED if desc.set is MISSING else desc.set
            props[key] = Prop(getter=getter, setter=setter, flags=base)
            return True
        if desc.is_data() and cur_accessor:
            writable = desc.writable is True
            value = UNDEFINED if desc.value is MISSING else desc.value
        elif cur_accessor:   # generic descriptor on an accessor: keep it an accessor
            props[key] = Prop(getter=current.getter, setter=current.setter, flags=base)
            return True
        else:
            writable = bool(flags & WRITABLE) if desc.writable is MISSING else \
                bool(desc.writable)
            value = cur_value if desc.value is MISSING else desc.value
        f = base | (WRITABLE if writable else 0)
        if type(current) is Prop and not flags & CONFIGURABLE:
            # a non-configurable data property keeps its Prop: the VM's global access
            # caches it (it can never be deleted or become an accessor)
            current.value = value
            current.flags = f
            return True
        props[key] = value if f == DEFAULT_FLAGS else Prop(value=value, flags=f)
        return True

    # 10.1.7 [[HasProperty]] ( P ) -> OrdinaryHasProperty
    def has_property(self, key):
        o = self
        while True:
            if type(o).get_own_property is JSObject.get_own_property:
                if key in o.props:
                    return True
            elif o is not self and type(o).has_property is not JSObject.has_property and \
                    not o.ordinary_lookup:
                native = THREAD.stack
                native.enter()
                try:
                    return o.has_property(key)
                finally:
                    native.depth -= 1
            elif o.get_own_property(key) is not None:
                return True
            o = o.get_prototype_of()
            if o is NULL:
                return False

    # 10.1.8 [[Get]] ( P, Receiver ) -> OrdinaryGet
    def get(self, key, receiver=None):
        o = self
        while True:
            if type(o).get_own_property is JSObject.get_own_property:
                stored = o.props.get(key, MISSING)
                if stored is not MISSING:
                    if type(stored) is not Prop:
                        return stored
                    if stored.getter is MISSING:
                        return stored.value
                    getter = stored.getter
                    if getter is UNDEFINED:
                        return UNDEFINED
                    return call_function(getter, self if receiver is None else receiver, [])
                o = o.proto
            else:
                if o is not self and type(o).get is not JSObject.get and \
                        not o.ordinary_lookup:
                    native = THREAD.stack
                    native.enter()
                    try:
                        return o.get(key, self if receiver is None else receiver)
                    finally:
                        native.depth -= 1
                desc = o.get_own_property(key)
                if desc is not None:
                    if desc.get is MISSING and desc.set is MISSING:
                        return desc.value
                    if desc.get is UNDEFINED or desc.get is MISSING:
                        return UNDEFINED
                    return call_function(desc.get, self if receiver is None else receiver, [])
                o = o.get_prototype_of()
            if o is NULL:
                return UNDEFINED

    # 10.1.9 [[Set]] ( P, V, Receiver ) -> OrdinarySet
    def set(self, key, value, receiver=None):
        if receiver is None:
            receiver = self
            # fast path: an own default data property of an ordinary object
            if type(self).define_own_property is JSObject.define_own_property:
                stored = self.props.get(key, MISSING)
                if stored is not MISSING and type(stored) is not Prop:
                    self.props[key] = value
                    return True
        own = self.get_own_property(key)
        return ordinary_set_with_own_descriptor(self, key, value, receiver, own)

    # 10.1.10 [[Delete]] ( P ) -> OrdinaryDelete
    def delete(self, key):
        stored = self.props.get(key, MISSING)
        if stored is MISSING:
            return True
        if type(stored) is Prop and not stored.flags & CONFIGURABLE:
            return False
        del self.props[key]
        return True

    # 10.1.11 [[OwnPropertyKeys]] ( ) -> OrdinaryOwnPropertyKeys
    def own_property_keys(self):
        return ordered_keys(self.props)

    # -- conveniences for the host and the built-ins (not spec operations) ---------

    def define(self, key, value, flags=WRITABLE | CONFIGURABLE):
        """Create or replace an own data property with the given attributes (built-in
        setup: the default for built-in methods is writable, configurable, not
        enumerable)."""
        self.props[key] = value if flags == DEFAULT_FLAGS else Prop(value=value, flags=flags)

    def define_accessor(self, key, getter=UNDEFINED, setter=UNDEFINED, flags=CONFIGURABLE):
        self.props[key] = Prop(getter=getter, setter=setter, flags=flags & ~WRITABLE)


def ordered_keys(props):
    """10.1.11.1: array indices ascending, then strings, then symbols, each group in
    creation order."""
    indices = []
    strings = []
    symbols = []
    for key in props:
        if type(key) is str:
            n = array_index(key)
            if n >= 0:
                indices.append(n)
            else:
                strings.append(key)
        else:
            symbols.append(key)
    if indices:
        indices.sort()
        return [str(n) for n in indices] + strings + symbols
    return strings + symbols if symbols else strings


# 10.1.9.2 OrdinarySetWithOwnDescriptor ( O, P, V, Receiver, ownDesc )
def ordinary_set_with_own_descriptor(obj, key, value, receiver, own):
    # step 2: up the prototype chain, in a loop while the parents are ordinary
    while own is None:
        parent = obj.get_prototype_of()
        if parent is NULL:
            own = Descriptor(value=UNDEFINED, writable=True, enumerable=True,
                             configurable=True)
            break
        if type(parent).set is not JSObject.set and not parent.ordinary_lookup:
            native = THREAD.stack
            native.enter()
            try:
                return parent.set(key, value, receiver)
            finally:
                native.depth -= 1
        obj = parent
        own = parent.get_own_property(key)
    if own.is_data():
        if own.writable is not True:
            return False
        if not isinstance(receiver, JSObject):
            return False
        existing = receiver.get_own_property(key)
        if existing is not None:
            if existing.is_accessor():
                return False
            if existing.writable is not True:
                return False
            return receiver.define_own_property(key, Descriptor(value=value))
        return create_data_property(receiver, key, value)
    setter = own.set
    if setter is UNDEFINED or setter is MISSING:
        return False
    call_function(setter, receiver, [value])
    return True


# 7.3.5 CreateDataProperty ( O, P, V )
def create_data_property(obj, key, value):
    if type(obj).define_own_property is JSObject.define_own_property:
        props = obj.props
        stored = props.get(key, MISSING)
        if stored is MISSING:
            if not obj.extensible:
                return False
            props[key] = value
            return True
        if type(stored) is not Prop:
            props[key] = value
            return True
    return obj.define_own_property(key, Descriptor(value=value, writable=True, enumerable=True,
                                                   configurable=True))


# 7.3.7 CreateDataPropertyOrThrow ( O, P, V )
def create_data_property_or_throw(obj, key, value):
    if not create_data_property(obj, key, value):
        raise type_error("Cannot define property %s, object is not extensible"
                         % key_repr(key))


# 7.3.8 DefinePropertyOrThrow ( O, P, desc )
def define_property_or_throw(obj, key, desc):
    if not obj.define_own_property(key, desc):
        raise type_error('Cannot redefine property: %s' % key_repr(key))


def key_repr(key):
    return key if type(key) is str else repr(key)


# 7.2.10 SameValue ( x, y )
def same_value(x, y):
    if type(x) is float and type(y) is float:
        if x != x:
            return y != y
        if x == 0.0 and y == 0.0:
            return str(x) == str(y)   # distinguishes -0
        return x == y
    return same_value_non_number(x, y)


def same_value_non_number(x, y):
    tx = type(x)
    if tx is not type(y):
        return False
    if tx is str or tx is bool:
        return x == y
    if tx.__name__ == 'JSBigInt':
        return x.value == y.value
    return x is y


class ImmutablePrototypeObject(JSObject):
    """10.4.7 Immutable Prototype Exotic Objects: %Object.prototype%."""
    __slots__ = ()

    # 10.4.7.1 [[SetPrototypeOf]] ( V ) -> 10.4.7.2 SetImmutablePrototype
    def set_prototype_of(self, value):
        return value is self.get_prototype_of()


class JSArray(JSObject):
    """10.4.2 Array Exotic Objects. The ``length`` is kept in a slot and exposed as the
    non-enumerable 'length' data property the spec describes.

    The element store: while ``dense`` is a list, it holds elements 0 .. len(dense) - 1,
    each a default data property (writable, enumerable, configurable), ``props`` holds
    no array index, and len(dense) <= length (the indices from len(dense) to length are
    holes). Anything else an element can be (a hole before the last element, a
    non-default attribute, an accessor, an index past len(dense), a non-extensible
    array) moves every element into ``props`` under its string key and sets ``dense``
    to None for good: the generic store, where elements are ordinary properties. Every
    internal method below reads both, so Proxy, Reflect and Object.* see exactly the
    spec's behaviour; ``get_index``, ``set_index`` and ``put_new`` are the element
    operations by integer the VM and the built-ins use."""
    __slots__ = ('length', 'length_writable', 'dense')
    ordinary_lookup = True

    def __init__(self, proto=NULL, length=0, items=None):
        JSObject.__init__(self, proto, 'Array')
        if items is None:
            self.dense = []
            self.length = length
        else:   # (the array takes the list)
            self.dense = items
            self.length = len(items)
        self.length_writable = True

    # -- the element store ----------------------------------------------------------

    def leave_dense(self):
        """Move the elements into ``props`` (the generic store), for good."""
        dense = self.dense
        if dense is None:
            return
        self.dense = None
        props = self.props   # (in place: a caller may hold the dict)
        for i, v in enumerate(dense):
            props['%d' % i] = v

    def get_index(self, i):
        """[[Get]](O, i) for an integer i >= 0."""
        dense = self.dense
        if dense is not None and i < len(dense):
            return dense[i]
        return self.get('%d' % i)

    def set_index(self, i, value):
        """[[Set]](O, i, value, O) for an integer i >= 0: True if it succeeded."""
        if i < ARRAY_INDEX_LIMIT and self.set_own_element(i, value):
            return True
        return JSObject.set(self, '%d' % i, value)

    def set_own_element(self, n, value, key=None):
        """[[Set]] of the array index ``n`` (``key``: its string, when the caller has it)
        where nothing but the array itself is involved: overwrite an own default data
        element, or add one by put_new. True when done; False when the full [[Set]] must
        run (an accessor or read-only element, a hole a prototype may fill)."""
        dense = self.dense
        if dense is not None:
            if n < len(dense):
                dense[n] = value
                return True
            return self.put_new(n, value)
        if key is None:
            key = '%d' % n
        stored = self.props.get(key, MISSING)
        if stored is MISSING:
            return self.put_new(n, value)
        if type(stored) is not Prop:
            self.props[key] = value
            return True
        return False

    def has_index(self, i):
        """[[HasProperty]](O, i) for an integer i >= 0."""
        dense = self.dense
        if dense is not None and i < len(dense):
            return True
        return self.has_property('%d' % i)

    def put_new(self, n, value):
        """Set(O, n, value) for an index n that is not an own element, when that can only
        add one: the array is extensible, its length can take n, no object on its
        prototype chain has a property n (no setter to run, nothing to observe), and,
        while dense, n == len(dense). False, with nothing done, when the generic path
        must be taken."""
        dense = self.dense
        if dense is not None:
            if n != len(dense):
                return False   # (it would leave a hole)
        elif not self.extensible:
            return False
        if n >= self.length and (not self.length_writable or n >= ARRAY_INDEX_LIMIT):
            return False   # (2**32 - 1 is not an array index: length would overflow)
        key = None
        p = self.proto
        while p is not NULL:
            t = type(p)
            if t is JSArray and p.dense is not None:
                if n < len(p.dense):
                    return False
            elif t is not JSObject and t is not ImmutablePrototypeObject and \
                    t is not JSArray:
                return False
            elif p.props:
                if key is None:
                    key = '%d' % n
                if key in p.props:
                    return False
            p = p.proto
        if dense is not None:
            dense.append(value)
        else:
            self.props['%d' % n if key is None else key] = value
        if n >= self.length:
            self.length = n + 1
        return True

    def push_own(self, value):
        """CreateDataPropertyOrThrow(A, length, value) on an array being built (an array
        literal, a spread, a list of arguments): extensible, its length writable and
        below 2**32 - 1; no prototype is consulted."""
        dense = self.dense
        n = self.length
        if dense is not None and n == len(dense):
            dense.append(value)
        else:
            self.leave_dense()   # (after a hole of the literal)
            self.props['%d' % n] = value
        self.length = n + 1

    def own_values(self):
        """The values of elements 0 .. length - 1 of an array the engine built (own data
        elements only; a hole is undefined): a new list."""
        dense = self.dense
        n = self.length
        if dense is not None and len(dense) == n:
            return list(dense)
        if dense is not None:
            return dense + [UNDEFINED] * (n - len(dense))
        props = self.props
        return [props.get('%d' % i, UNDEFINED) for i in range(n)]

    # -- the internal methods -------------------------------------------------------

    def get_own_property(self, key):
        if key == 'length':
            return Descriptor(value=float(self.length), writable=self.length_writable,
                              enumerable=False, configurable=False)
        dense = self.dense
        if dense is not None:
            n = array_index(key)
            if n >= 0:
                if n < len(dense):
                    return Descriptor(value=dense[n], writable=True, enumerable=True,
                                      configurable=True)
                return None
        return JSObject.get_own_property(self, key)

    def get(self, key, receiver=None):
        dense = self.dense
        if dense is not None:
            n = array_index(key)
            if 0 <= n < len(dense):
                return dense[n]
        if key == 'length':
            return float(self.length)
        return JSObject.get(self, key, receiver)

    def set(self, key, value, receiver=None):
        if receiver is None and type(key) is str:
            n = array_index(key)
            if n >= 0 and self.set_own_element(n, value, key):
                return True
        return JSObject.set(self, key, value, receiver)

    def has_property(self, key):
        if key == 'length':
            return True
        dense = self.dense
        if dense is not None and 0 <= array_index(key) < len(dense):
            return True
        return JSObject.has_property(self, key)

    def delete(self, key):
        if key == 'length':
            return False
        dense = self.dense
        if dense is not None:
            n = array_index(key)
            if n >= 0:
                if n >= len(dense):
                    return True   # a hole
                if n == len(dense) - 1:
                    dense.pop()   # the last element: the trailing holes grow by one
                    return True
                self.leave_dense()
        return JSObject.delete(self, key)

    def prevent_extensions(self):
        self.leave_dense()   # (a dense array is extensible)
        return JSObject.prevent_extensions(self)

    def own_property_keys(self):
        dense = self.dense
        if dense is not None:
            keys = ['%d' % i for i in range(len(dense))]
            keys.append('length')
            keys.extend(ordered_keys(self.props))
            return keys
        keys = ordered_keys(self.props)
        # 'length' was created first, right after the indices
        i = 0
        while i < len(keys) and array_index(keys[i]) >= 0:
            i += 1
        keys.insert(i, 'length')
        return keys

    # (the built-ins' set-up conveniences write props: an element there is generic)
    def define(self, key, value, flags=WRITABLE | CONFIGURABLE):
        if self.dense is not None and array_index(key) >= 0:
            self.leave_dense()
        JSObject.define(self, key, value, flags)

    def define_accessor(self, key, getter=UNDEFINED, setter=UNDEFINED, flags=CONFIGURABLE):
        if self.dense is not None and array_index(key) >= 0:
            self.leave_dense()
        JSObject.define_accessor(self, key, getter, setter, flags)

    # 10.4.2.1 [[DefineOwnProperty]] ( P, Desc )
    def define_own_property(self, key, desc):
        if key == 'length':
            return self._set_length(desc)
        n = array_index(key)
        if n >= 0:
            if n >= self.length and not self.length_writable:
                return False
            dense = self.dense
            if dense is not None:
                if desc.get is MISSING and desc.set is MISSING:
                    if n < len(dense):
                        # stays a default data property: only the value can change
                        if desc.writable is not False and desc.enumerable is not False \
                                and desc.configurable is not False:
                            if desc.value is not MISSING:
                                dense[n] = desc.value
                            return True
                    elif n == len(dense) and desc.writable is True and \
                            desc.enumerable is True and desc.configurable is True:
                        dense.append(UNDEFINED if desc.value is MISSING else desc.value)
                        if n >= self.length:
                            self.length = n + 1
                        return True
                self.leave_dense()
            if not JSObject.define_own_property(self, key, desc):
                return False
            if n >= self.length:
                self.length = n + 1
            return True
        return JSObject.define_own_property(self, key, desc)

    # 10.4.2.4 ArraySetLength ( A, Desc )
    def _set_length(self, desc):
        # 10.4.2.4 ArraySetLength: the RangeError comes before the descriptor checks
        new_len = MISSING if desc.value is MISSING else to_array_length(desc.value)
        if desc.is_accessor() or desc.configurable is True or desc.enumerable is True:
            return False
        if new_len is MISSING:
            if desc.writable is True and not self.length_writable:
                return False
            if desc.writable is False:
                self.length_writable = False
            return True
        old_len = self.length
        if new_len >= old_len:
            if not self.length_writable and new_len != old_len:
                return False
            if not self.length_writable and desc.writable is True:
                return False
            self.length = new_len   # (a dense array: new trailing holes)
            if desc.writable is False:
                self.length_writable = False
            return True
        if not self.length_writable:
            return False
        dense = self.dense
        if dense is not None:   # every element is configurable
            del dense[new_len:]
        else:
            # delete elements from the end; stop at a non-configurable one
            indices = sorted((n for n in (array_index(k) for k in self.props)
                              if n >= new_len), reverse=True)
            for n in indices:
                if not JSObject.delete(self, str(n)):
                    self.length = n + 1
                    if desc.writable is False:
                        self.length_writable = False
                    return False
        self.length = new_len
        if desc.writable is False:
            self.length_writable = False
        return True


def get_element(obj, i):
    """Get(O, ! ToString(i)) for an integer i >= 0: an Array's element store by the
    integer, another object by the key."""
    if type(obj) is JSArray:
        return obj.get_index(i)
    return obj.get('%d' % i)


def has_element(obj, i):
    """HasProperty(O, ! ToString(i)) for an integer i >= 0 (see get_element)."""
    if type(obj) is JSArray:
        return obj.has_index(i)
    return obj.has_property('%d' % i)


def to_array_length(value):
    """10.4.2.4 steps 3-5: ToUint32 and ToNumber must agree, else a RangeError."""
    from .operations import to_number, to_uint32
    n = to_uint32(value)
    number = to_number(value)
    if float(n) != number:
        raise range_error('Invalid array length')
    return n

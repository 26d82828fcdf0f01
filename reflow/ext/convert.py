"""Values crossing between JS and Python (the host API's conversions).

``to_python(realm, value, bridge)`` and ``from_python(realm, obj, bridge)`` convert
one value with everything it reaches; a memo by identity keeps shared and cyclic
references (an array containing itself becomes a list containing itself, and back).
What has no faithful Python form stays a ``JSValue`` handle (handles.py), and a handle
converts back to the very same JS value. The table (JS -> Python, then back):

  undefined       -> UNDEFINED (the engine's singleton, ``reflow.UNDEFINED``)  -> undefined
  null            -> None                                     -> null
  boolean         -> bool                                     -> boolean
  number          -> int if integral, |x| <= 2**53 - 1 and not -0, else float
                     (-0.0, nan, inf kept)                     -> number
  bigint          -> int                                      -> number if |n| <= 2**53,
                                                                 else bigint
  string          -> str, surrogate pairs joined, lone surrogates kept as lone code
                     points                                   -> string (astral -> pairs)
  symbol          -> JSValue handle                           -> the same symbol
  Array           -> list (holes -> UNDEFINED; non-index properties dropped) -> Array
  plain object    -> dict of own enumerable string keys (getters run) -> plain object
  (proto Object.prototype or null)
  other objects   -> JSValue handle: class instances, proxies (no trap runs), WeakMap,
                     RegExp, wrappers ...                     -> the same object
  Map             -> dict (keys converted; unhashable or colliding keys: an error)
  Set             -> set (the same rule for its elements)     -> Set
  Date            -> aware datetime in UTC (ms precision); an invalid Date or one
                     outside datetime's years 1-9999 -> JSValue handle
  ArrayBuffer     -> bytes (a copy); detached or shared -> JSValue handle
  Uint8Array      -> bytes (a copy of its window)             -> Uint8Array (a copy)
  other typed     -> array.array (a copy) with the typecode of its element type:
  arrays             Int8 b, Uint8Clamped B, Int16 h, Uint16 H, Int32 i, Uint32 I,
                     Float32 f, Float64 d, BigInt64 q, BigUint64 Q -> that typed array
  DataView        -> bytes (a copy of its window)
  function        -> a Python callable (Bridge.wrap_function) -> the same function
  Promise         -> an awaitable (Bridge.wrap_promise)       -> the same promise
  Error object    -> reflow.ext.errors.JSError (value: a handle) -> the same error

and from Python only: tuple -> Array; int dict keys -> their decimal string (as JSON
and JS property keys do; other non-str keys are a TypeError); frozenset -> Set;
bytearray, memoryview -> Uint8Array (a copy); date -> Date at 00:00 UTC (as JS parses
'2024-01-02'); a naive datetime is taken as UTC; dataclass instance -> plain object of
its fields; JSError without a handle of this runtime -> a new Error; any other callable
-> a host function (Bridge.host_function); coroutine, asyncio future or awaitable -> a
promise settled when it finishes on the runtime's asyncio loop. Decimal and Fraction
are refused: a binary double would silently change their value, so the host says how
it wants them (float(d), str(d)). Any other type is a TypeError naming it and the path.

Nothing of Python is stored where JS can reach it: only JS values go into properties.
"""
import functools
import re
import sys

from reflow.interp.vm.errors import JSErrorSignal, JSThrow, thrown_value
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import JSArray, JSObject
from reflow.interp.vm.operations import number_to_string
from reflow.interp.vm.promises import PromiseObject
from reflow.interp.vm.realm import ErrorObject
from reflow.interp.vm.values import JSBigInt, JSSymbol, NULL, UNDEFINED
from reflow.parser.chars import to_code_units
from .handles import JSValue, unwrap

MAX_SAFE_INTEGER = 2 ** 53 - 1
# nesting deeper than this is refused rather than risk Python's recursion limit (each
# level is a few Python frames, and a host function may be called from deep JS)
MAX_NESTING = 200
MAX_ARRAY_LENGTH = 1 << 24   # a longer (sparse) array would not fit in a list
# a Date's time values that datetime has a form for: years 1 to 9999, in ms from the
# epoch (tests/ext/test_lazy_imports.py checks them against datetime)
MIN_DATETIME_MS = -62135596800000     # 0001-01-01T00:00:00.000Z
MAX_DATETIME_MS = 253402300799999     # 9999-12-31T23:59:59.999Z


def library_class(module, name):
    """``(module.name,)`` where ``module`` has been imported, else ``()``: no value of a
    class exists before its module is loaded, so a type test (``isinstance(x, ())`` is
    False) need not load the module. This keeps datetime, decimal, the Date, Map, typed
    array ... parts of the library out of a runtime that never meets them."""
    loaded = sys.modules.get(module)
    cls = getattr(loaded, name, None) if loaded is not None else None
    return (cls,) if cls is not None else ()


@functools.lru_cache(maxsize=None)
def typecode_tables():
    """(typed array element type -> array.array typecode, typecode -> typed array
    name), by size and kind (the C type that has the size on this platform)."""
    import array

    def typecode(size, kind):
        for code in {'i': 'bhiql', 'u': 'BHIQL', 'f': 'fd'}[kind]:
            if array.array(code).itemsize == size:
                return code
        raise AssertionError('no array typecode of %d bytes' % size)
    typecodes = {
        'Int8': 'b', 'Uint8': 'B', 'Uint8Clamped': 'B', 'Int16': typecode(2, 'i'),
        'Uint16': typecode(2, 'u'), 'Int32': typecode(4, 'i'), 'Uint32': typecode(4, 'u'),
        'Float32': 'f', 'Float64': 'd', 'BigInt64': typecode(8, 'i'),
        'BigUint64': typecode(8, 'u'),
    }
    typed_array_of = {}
    for name in ('Int8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64',
                 'BigInt64', 'BigUint64', 'Uint8'):
        typed_array_of[typecodes[name]] = name + 'Array'
    for code in 'bBhHiIlLqQfd':   # every integer typecode maps by its size
        if code not in typed_array_of:
            size = array.array(code).itemsize
            kind = 'Uint' if code.isupper() else 'Int'
            bits = {1: '8', 2: '16', 4: '32', 8: '64'}[size]
            typed_array_of[code] = ('Big' + kind if size == 8 else kind) + bits + 'Array'
    return typecodes, typed_array_of


class ConversionError(TypeError):
    """A value that does not convert; the message starts with its path (`$.a[2]`)."""

    def __init__(self, path, message):
        TypeError.__init__(self, '%s: %s' % (format_path(path), message))
        self.path = format_path(path)


# -- paths: a linked tuple (parent, kind, key), formatted only for a message ------------

INDEX, PROP, MAP_VALUE, SET_ITEM, ROOT = range(5)
_IDENT = re.compile(r'[A-Za-z_$][A-Za-z0-9_$]*\Z')


def child(path, kind, key):
    return (path, kind, key)


def format_path(path):
    parts = []
    while path is not None:
        path, kind, key = path
        if kind == INDEX:
            parts.append('[%d]' % key)
        elif kind == PROP:
            parts.append('.%s' % key if _IDENT.match(key) else '[%s]' % _json_string(key))
        elif kind == MAP_VALUE:
            parts.append('.get(%s)' % js_literal(key))
        elif kind == SET_ITEM:
            parts.append('(a Set element)')
        else:
            parts.append(key)
    return ''.join(reversed(parts)) or '$'


def root(name='$'):
    """The path of a value named ``name`` (`$` for the value converted, a parameter's
    name for a host function's argument)."""
    return (None, ROOT, name)


# -- describing a JS value in an error message (no JS runs) -----------------------------

def describe_value(value):
    t = type(value)
    if t is str:
        text = python_string(value)
        short = text if len(text) <= 40 else text[:40] + '...'
        return 'string %s' % _json_string(short)
    if t is float:
        return 'number %s' % ('-0' if value == 0 and str(value)[0] == '-' else
                              number_to_string(value))
    if t is bool:
        return 'boolean %s' % ('true' if value else 'false')
    if value is UNDEFINED:
        return 'undefined'
    if value is NULL:
        return 'null'
    if t is JSBigInt:
        return 'bigint %dn' % value.value
    if t is JSSymbol:
        return 'symbol %r' % value
    if type(value) is JSArray:
        return 'array'
    if is_callable(value):
        return 'function'
    if isinstance(value, _classes_named_by_class_name()):
        return value.class_name
    if isinstance(value, library_class('reflow.builtins.typed_array', 'TypedArrayObject')):
        return value.name
    if isinstance(value, ErrorObject):
        return 'Error'
    return 'object'


def _classes_named_by_class_name():
    """The classes whose values describe_value names by class_name (those loaded)."""
    return ((PromiseObject,) + library_class('reflow.builtins.date', 'DateObject') +
            library_class('reflow.builtins.map', 'MapObject') +
            library_class('reflow.builtins.set', 'SetObject') +
            library_class('reflow.builtins.array_buffer', 'ArrayBufferObject') +
            library_class('reflow.builtins.data_view', 'DataViewObject'))


def _json_string(text):
    import json   # only for an error message
    return json.dumps(text)


def js_literal(value):
    """A Map key as it would be written in JS (a path's `.get(KEY)`)."""
    if type(value) is str:
        return _json_string(python_string(value))
    if type(value) is float:
        return number_to_string(value)
    kind = describe_value(value)
    return kind.split(' ', 1)[1] if ' ' in kind else kind


# -- primitives ----------------------------------------------------------------------

_SURROGATE = re.compile('[\ud800-\udfff]')


def python_string(s):
    """A JS string (UTF-16 code units) as Python text: pairs joined, lone surrogates
    kept as lone code points."""
    if _SURROGATE.search(s) is None:
        return s
    return s.encode('utf-16-le', 'surrogatepass').decode('utf-16-le', 'surrogatepass')


def python_number(x):
    if x == x and x % 1 == 0 and -MAX_SAFE_INTEGER <= x <= MAX_SAFE_INTEGER and \
            not (x == 0 and str(x)[0] == '-'):
        return int(x)
    return x


def js_number(n):
    """A Python int as a JS number where exact (|n| <= 2**53), else a BigInt."""
    if -(1 << 53) <= n <= 1 << 53:
        return float(n)
    return JSBigInt(int(n))


def date_to_python(tv):
    """A Date's time value as an aware UTC datetime, or None where datetime has no
    form for it (an invalid Date, a year outside 1-9999)."""
    if tv != tv or not MIN_DATETIME_MS <= tv <= MAX_DATETIME_MS:
        return None
    import datetime
    return _epoch(datetime) + datetime.timedelta(milliseconds=int(tv))


def datetime_to_time_value(obj):
    """A datetime (naive: taken as UTC) or a date (00:00 UTC) as a Date's time value:
    milliseconds since the epoch, rounded down (a time value has no microseconds)."""
    import datetime
    if not isinstance(obj, datetime.datetime):
        obj = datetime.datetime(obj.year, obj.month, obj.day)
    if obj.tzinfo is None or obj.tzinfo.utcoffset(obj) is None:
        obj = obj.replace(tzinfo=datetime.timezone.utc)
    return float((obj - _epoch(datetime)) // datetime.timedelta(milliseconds=1))


def _epoch(datetime):
    return datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


# -- JS -> Python --------------------------------------------------------------------

def to_python(realm, value, bridge, into=None):
    """Convert a JS value of ``realm`` to Python (the module's table); with ``into``, to
    that Python type (convert_typed.py). A JS exception thrown on the way (a getter)
    is raised as the bridge's JSError; a value that does not convert is a
    ConversionError (a TypeError) naming its path."""
    return ToPython(realm, bridge).run(value, root(), into)


class Walk:
    """What both directions share: the memo of converted objects (cycles and shared
    parts come out as they went in) and the nesting bound."""
    __slots__ = ('realm', 'bridge', 'memo', 'depth', 'I')

    def descend(self, value, path):
        """The conversion of the object ``value``: the memo's, or a new one."""
        done = self.memo.get(id(value))
        if done is not None:
            return done[1]
        if self.depth >= MAX_NESTING:
            raise ConversionError(path, 'nested deeper than %d levels' % MAX_NESTING)
        self.depth += 1
        try:
            return self._object(value, path)
        finally:
            self.depth -= 1


class ToPython(Walk):
    __slots__ = ()

    def __init__(self, realm, bridge):
        self.realm = realm
        self.bridge = bridge
        # id(JS object) -> (the object, its Python value): held, so that an object a
        # getter made and dropped cannot be freed and its id reused meanwhile
        self.memo = {}
        self.depth = 0
        self.I = realm.intrinsics

    def run(self, value, path, into=None):
        try:
            if into is None:
                return self.convert(value, path)
            from .convert_typed import convert_typed
            return convert_typed(self, value, path, into)
        except (JSThrow, JSErrorSignal) as exc:
            raise self.bridge.js_error(self.realm, thrown_value(self.realm, exc)) \
                from None

    def convert(self, value, path):
        t = type(value)
        if t is str:
            return python_string(value)
        if t is float:
            return python_number(value)
        if t is bool:
            return value
        if value is UNDEFINED:
            return UNDEFINED
        if value is NULL:
            return None
        if t is JSBigInt:
            return value.value
        if t is JSSymbol:
            return self.bridge.handle(self.realm, value)
        return self.descend(value, path)

    def _object(self, value, path):
        memo = self.memo
        bridge = self.bridge
        realm = self.realm
        t = type(value)
        # (an Array and a plain object are never a proxy, a promise, a function or an
        # error: they are tested first; a class of the library is tested only where its
        # module is loaded, see library_class)
        if t is JSArray:
            out = []
            memo[id(value)] = (value, out)
            self._fill_list(out, value, path)
            return out
        elif (t is JSObject and (value.proto is self.I['ObjectPrototype'] or
                                 value.proto is NULL)) or \
                t in library_class('reflow.interp.vm.modules', 'ModuleNamespace'):
            out = {}   # (a module namespace: its exports, by name)
            memo[id(value)] = (value, out)
            for key, item in self.own_enumerable(value):
                out[python_string(key)] = self.convert(item, child(path, PROP, key))
            return out
        elif t in library_class('reflow.interp.vm.proxy', 'ProxyObject'):
            out = bridge.handle(realm, value)   # a handle: no trap runs
        elif t is PromiseObject:
            out = bridge.wrap_promise(realm, value)
        elif is_callable(value):
            out = bridge.wrap_function(realm, value)
        elif isinstance(value, ErrorObject):
            out = bridge.js_error(realm, value)
        elif t in library_class('reflow.builtins.map', 'MapObject'):
            out = {}
            memo[id(value)] = (value, out)
            self._fill_map(out, value, path)
            return out
        elif t in library_class('reflow.builtins.set', 'SetObject'):
            out = set()
            memo[id(value)] = (value, out)
            for key in value.set_data.live_keys():
                self._add_key(out, key, child(path, SET_ITEM, None), None)
            return out
        elif isinstance(value, library_class('reflow.builtins.date', 'DateObject')):
            out = date_to_python(value.date_value)
            if out is None:
                out = bridge.handle(realm, value)
        else:
            out = self._binary(value)
        memo[id(value)] = (value, out)
        return out

    def _fill_list(self, out, arr, path):
        n = arr.length
        if n > MAX_ARRAY_LENGTH:
            raise ConversionError(path, 'an array of length %d is too long to convert'
                                  % n)
        for i in range(n):
            if arr.has_index(i):
                out.append(self.convert(arr.get_index(i), child(path, INDEX, i)))
            else:
                out.append(UNDEFINED)   # a hole

    def _fill_map(self, out, m, path):
        from reflow.builtins.keyed_table import EMPTY
        table = m.map_data
        entries = [(k, table.values[i]) for i, k in enumerate(table.keys) if k is not EMPTY]
        for key, item in entries:
            self._add_key(out, key, path, item)

    def _add_key(self, out, key, path, item):
        """Add a Map key (with its value) or a Set element: it must be hashable in
        Python and not collide with another (1, 1n and true are one Python key).
        ``path`` is the collection's (a Set element's, for a Set)."""
        is_set = type(out) is set
        what = 'a Set element' if is_set else 'a Map key'
        where = path[0] if is_set else path
        k = self.convert(key, path if is_set else child(path, MAP_VALUE, key))
        try:
            hash(k)
        except TypeError:
            raise ConversionError(where, '%s is %s, which is not hashable in Python (a '
                                  '%s)' % (what, describe_value(key), type(k).__name__)) \
                from None
        if k in out:
            raise ConversionError(where, '%s %s is the same Python key as another one'
                                  % (what, describe_value(key)))
        if is_set:
            out.add(k)
        else:
            out[k] = self.convert(item, child(path, MAP_VALUE, key))

    def own_enumerable(self, obj):
        """(key, value) of obj's own enumerable string-keyed properties, in order, read
        with [[Get]] (a getter runs)."""
        from reflow.builtins.object import enumerable_own_properties
        return enumerable_own_properties(self.realm, obj, 'pair')

    def _binary(self, value):
        """ArrayBuffer, typed arrays, DataView: a copy of their bytes; anything else
        (and a detached or shared buffer) a handle."""
        if isinstance(value, library_class('reflow.builtins.array_buffer',
                                           'ArrayBufferObject')):
            if value.data is None or value.shared:
                return self.bridge.handle(self.realm, value)
            return bytes(value.data)
        data_view = library_class('reflow.builtins.data_view', 'DataViewObject')
        if isinstance(value, library_class('reflow.builtins.typed_array',
                                           'TypedArrayObject') + data_view):
            data = value.viewed_buffer.data
            if data is None or value.viewed_buffer.shared:
                return self.bridge.handle(self.realm, value)
            if isinstance(value, data_view):
                return bytes(data[value.byte_offset:value.byte_offset + value.byte_length])
            size = value.etype.size
            window = bytes(data[value.byte_offset:
                                value.byte_offset + value.array_length * size])
            if value.name == 'Uint8Array':
                return window
            import array
            out = array.array(typecode_tables()[0][value.etype.name])
            out.frombytes(window)   # the element types are little-endian, as the host
            return out
        return self.bridge.handle(self.realm, value)


# -- Python -> JS --------------------------------------------------------------------

def from_python(realm, obj, bridge):
    """Convert a Python value to a JS value of ``realm`` (the module's table); a type
    with no JS form is a TypeError naming it and its path."""
    return FromPython(realm, bridge).convert(obj, root())


class FromPython(Walk):
    __slots__ = ()

    def __init__(self, realm, bridge):
        self.realm = realm
        self.bridge = bridge
        self.memo = {}   # id(Python object) -> (object, JS value): keeps it alive
        self.depth = 0
        self.I = realm.intrinsics

    def convert(self, obj, path):
        if obj is UNDEFINED:
            return UNDEFINED
        if obj is None:
            return NULL
        if obj is True or obj is False:
            return obj
        t = type(obj)
        if t is str:
            return to_code_units(obj)
        if t is float:
            return obj
        if t is int:
            return js_number(obj)
        return self.descend(obj, path)

    def _remember(self, obj, value):
        self.memo[id(obj)] = (obj, value)
        return value

    def _object(self, obj, path):
        realm = self.realm
        bridge = self.bridge
        I = self.I
        if isinstance(obj, bool):
            return bool(obj)
        if isinstance(obj, int):
            return js_number(int(obj))
        if isinstance(obj, float):
            return float(obj)
        if isinstance(obj, str):
            return to_code_units(str(obj))
        if isinstance(obj, JSValue):
            return unwrap(obj, bridge.owner)
        own = bridge.unwrap_wrapper(obj)
        if own is not None:
            return own
        if isinstance(obj, (list, tuple)):
            arr = self._remember(obj, realm.new_array([]))
            items = [self.convert(item, child(path, INDEX, i))
                     for i, item in enumerate(obj)]
            for item in items:
                arr.push_own(item)
            return arr
        if isinstance(obj, dict):
            out = self._remember(obj, realm.new_object())
            for key, item in list(obj.items()):
                out.props[self._key(key, path)] = \
                    self.convert(item, child(path, PROP, str(key)))
            return out
        if isinstance(obj, (set, frozenset)):
            from reflow.builtins.set import SetObject
            s = self._remember(obj, SetObject(I['SetPrototype']))
            for item in list(obj):
                s.set_data.set(self.convert(item, child(path, SET_ITEM, None)), UNDEFINED)
            return s
        if isinstance(obj, (bytes, bytearray, memoryview)):
            data = obj.tobytes() if isinstance(obj, memoryview) else bytes(obj)
            return self._remember(obj, self._typed_array('Uint8Array', data))
        # (a value of a module's class exists only once the module is loaded)
        if isinstance(obj, library_class('array', 'array')):
            name = typecode_tables()[1].get(obj.typecode)
            if name is None:
                raise ConversionError(path, "an array.array of typecode '%s' has no "
                                            'typed array' % obj.typecode)
            return self._remember(obj, self._typed_array(name, obj.tobytes()))
        if isinstance(obj, library_class('datetime', 'date')):
            from reflow.builtins.date import DateObject
            return self._remember(obj, DateObject(I['DatePrototype'],
                                                  datetime_to_time_value(obj)))
        if isinstance(obj, library_class('decimal', 'Decimal') +
                      library_class('fractions', 'Fraction')):
            raise ConversionError(path, 'a %s has no exact JS form; convert it first '
                                  '(float(x) or str(x))' % type(obj).__name__)
        from .errors import JSError
        if isinstance(obj, JSError):
            return self._remember(obj, bridge.error_to_js(realm, obj))
        dataclasses = sys.modules.get('dataclasses')
        if dataclasses is not None and dataclasses.is_dataclass(obj) and \
                not isinstance(obj, type):
            out = self._remember(obj, realm.new_object())
            for field in dataclasses.fields(obj):
                out.props[to_code_units(field.name)] = self.convert(
                    getattr(obj, field.name), child(path, PROP, field.name))
            return out
        import inspect   # (only a value no test above took gets here)
        if inspect.isawaitable(obj):
            return self._remember(obj, bridge.promise_from_awaitable(realm, obj))
        if callable(obj) and not isinstance(obj, BaseException):
            name = getattr(obj, '__name__', '')
            name = name if type(name) is str and name.isidentifier() else ''
            return self._remember(obj, bridge.host_function(realm, name, obj))
        raise ConversionError(path, 'a Python %s has no JS form' % type(obj).__name__)

    def _key(self, key, path):
        if type(key) is str or isinstance(key, str):
            return to_code_units(str(key))
        if isinstance(key, int) and not isinstance(key, bool):
            return str(int(key))   # as JSON and JS property keys do
        raise ConversionError(path, 'a dict key must be a str or an int, not %s'
                              % type(key).__name__)

    def _typed_array(self, name, data):
        from reflow.builtins.array_buffer import ArrayBufferObject
        from reflow.builtins.typed_array import TypedArrayObject
        I = self.I
        out = TypedArrayObject(I[name + 'Prototype'], name)
        buffer = ArrayBufferObject(I['ArrayBufferPrototype'], 0)
        buffer.data = bytearray(data)
        out.viewed_buffer = buffer
        out.byte_offset = 0
        out.array_length = len(data) // out.etype.size
        return out

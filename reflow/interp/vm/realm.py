"""9.3 Realms: the intrinsics, the global object and the global environment, and the
services the VM asks of them (global variable access, ToObject, function and array
creation, iterators, errors with stacks)."""
from collections import deque

from .errors import JSErrorSignal, JSThrow, type_error
from .function import EMPTY, ArgumentsObject, Cell, JSFunction, NativeFunction, is_callable
from .objects import (ImmutablePrototypeObject, CONFIGURABLE, ENUMERABLE, WRITABLE,
                      DEFAULT_FLAGS, Descriptor, JSArray, JSObject, MISSING, Prop,
                      array_index, ordered_keys)
from .values import (JSBigInt, JSSymbol, NULL, SYM_ASYNC_ITERATOR, SYM_ITERATOR, UNDEFINED,
                     type_of, WELL_KNOWN_SYMBOLS)
from ..compiler.code import (ARROW, ASYNC, CLASS_CONSTRUCTOR, GENERATOR, GETTER, METHOD,
                             SETTER, STRICT)


class PrimitiveWrapper(JSObject):
    """An object with a [[BooleanData]], [[NumberData]], [[StringData]], [[SymbolData]]
    or [[BigIntData]] slot."""
    __slots__ = ('primitive',)

    def __init__(self, proto, primitive, class_name):
        JSObject.__init__(self, proto, class_name)
        self.primitive = primitive


class StringObject(PrimitiveWrapper):
    """10.4.3 String Exotic Objects: indices and length are own, read-only properties."""
    __slots__ = ()
    ordinary_lookup = True

    def __init__(self, proto, value):
        PrimitiveWrapper.__init__(self, proto, value, 'String')

    def _string_own(self, key):
        if key == 'length':
            return Descriptor(value=float(len(self.primitive)), writable=False,
                              enumerable=False, configurable=False)
        n = array_index(key)
        if 0 <= n < len(self.primitive):
            return Descriptor(value=self.primitive[n], writable=False, enumerable=True,
                              configurable=False)
        return None

    def get_own_property(self, key):
        d = JSObject.get_own_property(self, key)
        return d if d is not None else self._string_own(key)

    def define_own_property(self, key, desc):
        own = self._string_own(key)
        if own is not None:
            # compatible only if it would not change anything (non-configurable)
            tmp = JSObject(NULL)
            tmp.props[key] = Prop(value=own.value, flags=ENUMERABLE if own.enumerable else 0)
            tmp.extensible = False
            return tmp.define_own_property(key, desc)
        return JSObject.define_own_property(self, key, desc)

    def get(self, key, receiver=None):
        own = self._string_own(key) if type(key) is str else None
        if own is not None:
            return own.value
        return JSObject.get(self, key, receiver)

    def has_property(self, key):
        return self._string_own(key) is not None or JSObject.has_property(self, key)

    def delete(self, key):
        if self._string_own(key) is not None:
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self):
        n = len(self.primitive)
        keys = [str(i) for i in range(n)]
        rest = ordered_keys(self.props)
        idx = [k for k in rest if array_index(k) >= 0]
        others = [k for k in rest if array_index(k) < 0]
        return keys + idx + ['length'] + others


class ErrorObject(JSObject):
    """An object with an [[ErrorData]] slot; ``stack_lines`` are its frames."""
    __slots__ = ('stack_lines',)

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'Error')
        self.stack_lines = []


class IteratorRecord:
    """7.4.1 Iterator Records, driven by the VM (for-of, spread, destructuring)."""
    __slots__ = ('iterator', 'next_method', 'done', 'realm', 'array', 'index')

    def __init__(self, realm, iterator, next_method):
        self.realm = realm
        self.iterator = iterator
        self.next_method = next_method
        self.done = False
        self.array = None
        self.index = 0

    # 7.4.8 IteratorStep + 7.4.? IteratorValue: (value, done)
    def step(self):
        arr = self.array
        if arr is not None:   # an unmodified array iterator: read the array directly
            i = self.index
            if i >= (arr.length if type(arr) is JSArray else 0):
                self.done = True
                return UNDEFINED, True
            self.index = i + 1
            return arr.get_index(i), False
        try:
            if not is_callable(self.next_method):
                raise type_error('%s is not a function' % self.describe_next())
            result = self.next_method.call(self.iterator, [])
        except BaseException:
            self.done = True
            raise
        if not isinstance(result, JSObject):
            self.done = True
            raise type_error('Iterator result %s is not an object' % (
                self.realm.describe(result)))
        try:
            done = result.get('done')
            from .operations import to_boolean
            if to_boolean(done):
                self.done = True
                return UNDEFINED, True
            return result.get('value'), False
        except BaseException:
            self.done = True
            raise

    def describe_next(self):
        return 'iterator.next (%s)' % self.realm.describe(self.next_method)

    # 7.4.10 IteratorClose ( iteratorRecord, completion ) for a normal completion
    def close(self):
        self.done = True
        if self.array is not None:
            return
        it = self.iterator
        ret = it.get('return')
        if ret is UNDEFINED or ret is NULL:
            return
        if not is_callable(ret):
            raise type_error('iterator.return is not a function')
        result = ret.call(it, [])
        if not isinstance(result, JSObject):
            raise type_error('iterator.return() did not return an object')

    def close_on_throw(self):
        """IteratorClose for a throw completion: errors from return() are dropped."""
        self.done = True
        if self.array is not None:
            return
        try:
            ret = self.iterator.get('return')
            if ret is not UNDEFINED and ret is not NULL and is_callable(ret):
                ret.call(self.iterator, [])
        except (JSThrow, JSErrorSignal):
            pass


def _data_value(obj, key):
    """The value of obj's own data property key (stored raw or as a Prop), else None."""
    stored = obj.props.get(key)
    if type(stored) is Prop:
        return stored.value if stored.getter is MISSING else None
    return stored


class ForInIterator:
    """14.7.5.9 EnumerateObjectProperties: own enumerable string keys, then the
    prototype's, skipping shadowed and deleted ones."""
    __slots__ = ('obj', 'keys', 'index', 'visited')

    def __init__(self, obj):
        self.obj = obj
        self.keys = None
        self.index = 0
        self.visited = set()

    def next_key(self):
        while True:
            obj = self.obj
            if obj is None or obj is NULL:
                return None
            if self.keys is None:
                self.keys = [k for k in obj.own_property_keys() if type(k) is str]
                self.index = 0
            while self.index < len(self.keys):
                key = self.keys[self.index]
                self.index += 1
                if key in self.visited:
                    continue
                desc = obj.get_own_property(key)
                if desc is None:
                    continue
                self.visited.add(key)
                if desc.enumerable is True:
                    return key
            self.obj = obj.get_prototype_of()
            self.keys = None


class Intrinsics(dict):
    """9.3 a realm's [[Intrinsics]], by name. A name not in it yet is asked of
    ``build`` (set by the library that installs the built-ins on first use,
    reflow/builtins/units.py), which makes it or raises KeyError."""
    __slots__ = ('build',)

    def __init__(self):
        dict.__init__(self)
        self.build = None

    def __missing__(self, name):
        if self.build is None:
            raise KeyError(name)
        return self.build(name)


# the place of a global property the library has yet to create (GlobalObject); it is
# an accessor to any code that reads the storage of an object directly, never seen
# through the internal methods
PENDING = Prop(UNDEFINED, UNDEFINED, UNDEFINED, 0)


class GlobalObject(JSObject):
    """The global object (19 The Global Object). Where the library installs itself
    on first use, each global property it has yet to create holds PENDING in its place
    from the start, so the keys and their order are those of the whole library; an
    internal method reaching such a key first has ``resolve(key)`` (set by the
    library) create it. [[Get]], [[Set]] and [[HasProperty]] go through
    [[GetOwnProperty]] and [[DefineOwnProperty]]."""
    __slots__ = ('resolve',)

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'global')
        self.resolve = None

    def reserve(self, key):
        """``key`` is a global property the library will create on first use."""
        self.props[key] = PENDING

    def get_own_property(self, key):
        if self.props.get(key) is PENDING:
            self.resolve(key)
        return JSObject.get_own_property(self, key)

    def define_own_property(self, key, desc):
        if self.props.get(key) is PENDING:
            self.resolve(key)
        return JSObject.define_own_property(self, key, desc)

    def delete(self, key):
        if self.props.get(key) is PENDING:
            self.resolve(key)
        return JSObject.delete(self, key)


class Realm:
    heap = None   # the realm's heap account (heap.HeapAccount) under a memory limit

    def __init__(self, vm_class=None, max_depth=3000):
        from .dispatch import VM
        self.vm = (vm_class or VM)(self, max_depth)
        self.intrinsics = Intrinsics()
        self.global_lex = {}       # 9.1.1.4 the global declarative record: name -> Cell
        self.global_const = set()
        self.cached_code = []      # code objects whose global cache holds this realm
        self.template_cache = {}
        self.symbol_registry = {}  # 20.4.2.2 the agent's GlobalSymbolRegistry (key -> symbol)
        self.host = None           # the embedding runtime (console, $262, ...)
        self.jobs = deque()        # 9.5 the job queue (promise jobs)
        self.rejections = []       # promises rejected with no handler (tracker)
        self.kept_objects = []     # 9.9 the agent's [[KeptAlive]] list (WeakRef targets)
        self.event_loop = None     # timers and host I/O (macrotasks): set by the host
        # the library's constructors the VM asks for, set when builtins are installed
        self.regexp_create = None   # 22.2.3.1 RegExpCreate ( P, F )
        self._make_fundamentals()

    # -- 9.5 jobs -----------------------------------------------------------------------

    def enqueue_job(self, job):
        """9.5.4 HostEnqueuePromiseJob: ``job`` is a Python callable."""
        self.jobs.append(job)

    def run_jobs(self):
        """Drain the job queue (the microtask checkpoint)."""
        jobs = self.jobs
        while jobs:
            jobs.popleft()()
        self.kept_objects.clear()   # 9.10 ClearKeptObjects: this run of JS is over

    def track_rejection(self, promise, operation):
        """27.2.1.9 HostPromiseRejectionTracker."""
        if operation == 'reject':
            self.rejections.append(promise)
        else:
            self.rejections = [p for p in self.rejections if p is not promise]

    # -- setup ------------------------------------------------------------------------

    def _make_fundamentals(self):
        I = self.intrinsics
        obj_proto = ImmutablePrototypeObject(NULL)
        I['ObjectPrototype'] = obj_proto
        func_proto = NativeFunction.__new__(NativeFunction)
        JSObject.__init__(func_proto, obj_proto, 'Function')
        func_proto.fn = lambda this, args: UNDEFINED
        func_proto.ctor = None
        func_proto.realm = self
        func_proto.name = ''
        I['FunctionPrototype'] = func_proto
        func_proto.define('length', 0.0, CONFIGURABLE)
        func_proto.define('name', '', CONFIGURABLE)
        for name in ('ArrayPrototype',):
            I[name] = JSArray(obj_proto)
        for name in ('StringPrototype', 'NumberPrototype', 'BooleanPrototype',
                     'SymbolPrototype', 'BigIntPrototype', 'ErrorPrototype',
                     'IteratorPrototype', 'PromisePrototype', 'AsyncIteratorPrototype'):
            I[name] = JSObject(obj_proto)
        I['StringPrototype'] = StringObject(obj_proto, '')
        I['NumberPrototype'] = PrimitiveWrapper(obj_proto, 0.0, 'Number')
        I['BooleanPrototype'] = PrimitiveWrapper(obj_proto, False, 'Boolean')
        I['ArrayIteratorPrototype'] = JSObject(I['IteratorPrototype'])
        I['StringIteratorPrototype'] = JSObject(I['IteratorPrototype'])
        I['RegExpStringIteratorPrototype'] = JSObject(I['IteratorPrototype'])
        I['MapIteratorPrototype'] = JSObject(I['IteratorPrototype'])
        I['SetIteratorPrototype'] = JSObject(I['IteratorPrototype'])
        I['GeneratorPrototype'] = JSObject(I['IteratorPrototype'])
        I['AsyncGeneratorPrototype'] = JSObject(I['AsyncIteratorPrototype'])
        I['AsyncFromSyncIteratorPrototype'] = JSObject(I['AsyncIteratorPrototype'])
        glob = GlobalObject(obj_proto)
        self.global_object = glob
        self.global_this = glob

    # -- 9.1.1.4 global environment -----------------------------------------------------

    def get_global(self, name):
        cell = self.global_lex.get(name)
        if cell is not None:
            v = cell.value
            if v is EMPTY:
                raise JSErrorSignal('ReferenceError',
                                    "Cannot access '%s' before initialization" % name)
            return v
        glob = self.global_object
        stored = glob.props.get(name, MISSING)
        if stored is not MISSING and type(stored) is not Prop:
            return stored
        if not glob.has_property(name):
            raise JSErrorSignal('ReferenceError', '%s is not defined' % name)
        return glob.get(name)

    def has_global(self, name):
        return name in self.global_lex or self.global_object.has_property(name)

    def set_global(self, name, value, strict):
        cell = self.global_lex.get(name)
        if cell is not None:
            if cell.value is EMPTY:
                raise JSErrorSignal('ReferenceError',
                                    "Cannot access '%s' before initialization" % name)
            if name in self.global_const:
                raise type_error('Assignment to constant variable.')
            cell.value = value
            return
        glob = self.global_object
        stored = glob.props.get(name, MISSING)
        if stored is not MISSING and type(stored) is not Prop:
            glob.props[name] = value
            return
        if strict and not glob.has_property(name):
            raise JSErrorSignal('ReferenceError', '%s is not defined' % name)
        ok = glob.set(name, value)
        if not ok and strict:
            raise type_error("Cannot assign to read only property '%s' of object" % name)

    def init_global(self, name, value):
        cell = self.global_lex.get(name)
        if cell is not None:
            cell.value = value
            return
        glob = self.global_object
        existing = glob.get_own_property(name)
        if existing is None or existing.configurable is True:
            glob.define_own_property(name, Descriptor(value=value, writable=True,
                                                      enumerable=True, configurable=False))
        else:
            glob.define_own_property(name, Descriptor(value=value))

    def delete_global(self, name):
        if name in self.global_lex:
            return False
        return self.global_object.delete(name)

    def declare_script_globals(self, code):
        """16.1.7 GlobalDeclarationInstantiation ( script, env )."""
        var_names, func_names, lex, annex_b = code.field_inits
        glob = self.global_object
        for name, _ in lex:
            if name in self.global_lex:
                raise JSErrorSignal('SyntaxError',
                                    "Identifier '%s' has already been declared" % name)
            d = glob.get_own_property(name)
            if d is not None and d.configurable is not True:
                raise JSErrorSignal('SyntaxError',
                                    "Identifier '%s' has already been declared" % name)
        for name in list(var_names) + list(func_names):
            if name in self.global_lex:
                raise JSErrorSignal('SyntaxError',
                                    "Identifier '%s' has already been declared" % name)
        for name in func_names:
            d = glob.get_own_property(name)
            if d is not None and d.configurable is not True and not (
                    d.is_data() and d.writable is True and d.enumerable is True):
                raise type_error("Cannot redefine global function '%s'" % name)
            if not glob.extensible and d is None:
                raise type_error("Cannot define global function '%s'" % name)
        for name in var_names:
            if glob.get_own_property(name) is None:
                if not glob.extensible:
                    raise type_error("Cannot define global variable '%s'" % name)
        for name, is_const in lex:
            self.global_lex[name] = Cell(EMPTY)
            if is_const:
                self.global_const.add(name)
        if lex:
            # a global lexical binding may shadow a global property that code has
            # cached (vm.cache_global): forget them all (in place: running code holds
            # its cache)
            for code in self.cached_code:
                cache = code.global_cache
                if cache is not None:
                    cache[:] = [None] * len(cache)
        for name in var_names:
            if name not in func_names and glob.get_own_property(name) is None:
                glob.define_own_property(name, Descriptor(value=UNDEFINED, writable=True,
                                                          enumerable=True,
                                                          configurable=False))
        # B.3.2.2 step 12: a block function's var binding, where a global lexical
        # declaration is not in the way and CanDeclareGlobalVar
        for name in annex_b:
            if name not in self.global_lex and glob.get_own_property(name) is None and \
                    glob.extensible:
                glob.define_own_property(name, Descriptor(value=UNDEFINED, writable=True,
                                                          enumerable=True,
                                                          configurable=False))

    # -- conversions -----------------------------------------------------------------

    def typeof(self, value):
        return type_of(value)

    def describe(self, value):
        from .references import describe
        return describe(value)

    def prototype_of_primitive(self, value):
        t = type(value)
        I = self.intrinsics
        if t is str:
            return I['StringPrototype']
        if t is float:
            return I['NumberPrototype']
        if t is bool:
            return I['BooleanPrototype']
        if t is JSSymbol:
            return I['SymbolPrototype']
        if t is JSBigInt:
            return I['BigIntPrototype']
        raise type_error('Cannot convert %s to object' % self.describe(value))

    # 7.1.18 ToObject ( argument )
    def to_object(self, value):
        if isinstance(value, JSObject):
            return value
        if value is UNDEFINED or value is NULL:
            raise type_error('Cannot convert undefined or null to object')
        t = type(value)
        I = self.intrinsics
        if t is str:
            return StringObject(I['StringPrototype'], value)
        name = {float: 'Number', bool: 'Boolean', JSSymbol: 'Symbol',
                JSBigInt: 'BigInt'}[t]
        return PrimitiveWrapper(self.prototype_of_primitive(value), value, name)

    # -- objects the VM makes ---------------------------------------------------------

    # 7.3.18 CreateArrayFromList ( elements )
    def new_array(self, items):
        return JSArray(self.intrinsics['ArrayPrototype'], items=list(items))

    def new_object(self):
        return JSObject(self.intrinsics['ObjectPrototype'])

    def make_function(self, code, closure):
        """10.2.3 OrdinaryFunctionCreate + MakeConstructor where it applies."""
        I = self.intrinsics
        flags = code.flags
        if flags & GENERATOR:
            proto = I['AsyncGeneratorFunctionPrototype' if flags & ASYNC else
                      'GeneratorFunctionPrototype']
        elif flags & ASYNC:
            proto = I['AsyncFunctionPrototype']
        else:
            proto = I['FunctionPrototype']
        f = JSFunction(self, code, closure, proto)
        f.define('length', float(code.length), CONFIGURABLE)
        f.define('name', code.name, CONFIGURABLE)
        if flags & GENERATOR:
            # 15.5.3 / 15.6.3: a prototype for the generator objects, not a constructor
            gproto = JSObject(I['AsyncGeneratorPrototype' if flags & ASYNC else
                                'GeneratorPrototype'])
            f.define('prototype', gproto, WRITABLE)
            return f
        if flags & ASYNC:
            return f
        if not flags & (ARROW | METHOD) or flags & CLASS_CONSTRUCTOR:
            f.is_constructor = True
            if not flags & CLASS_CONSTRUCTOR:
                proto = JSObject(I['ObjectPrototype'])
                proto.define('constructor', f)
                f.define('prototype', proto, WRITABLE)
        return f

    # 10.2.9 SetFunctionName ( F, name [ , prefix ] )
    def set_function_name(self, func, key, prefix=''):
        if type(key) is JSSymbol:
            name = '' if key.description is UNDEFINED else '[%s]' % key.description
        else:
            name = key
        if prefix:
            name = prefix + ' ' + name
        func.define('name', name, CONFIGURABLE)

    def create_arguments(self, frame, mapped):
        """10.4.4.6 CreateUnmappedArgumentsObject / 10.4.4.7 CreateMappedArgumentsObject."""
        I = self.intrinsics
        args = frame.args
        cells = None
        if mapped:
            code = frame.code_obj
            # a duplicate parameter's earlier occurrences hold plain values: only the
            # last occurrence of a name is mapped (10.4.4.7 step 17)
            cells = [frame.regs[i] for i in range(code.nparams)]
            cells = [c if type(c) is Cell else None for c in cells]
        obj = ArgumentsObject(I['ObjectPrototype'], args, cells)
        obj.define('length', float(len(args)))
        obj.define(SYM_ITERATOR, I['ArrayProto_values'])
        if mapped:
            obj.define('callee', frame.func)
        else:
            thrower = I['ThrowTypeError']
            obj.props['callee'] = Prop(getter=thrower, setter=thrower, flags=0)
        return obj

    def template_object(self, site):
        """13.2.8.4 GetTemplateObject: one frozen array per site, per realm."""
        cached = self.template_cache.get(id(site))
        if cached is not None:
            return cached[1]
        raw = self.new_array(list(site.raw))
        cooked = self.new_array([UNDEFINED if c is None else c for c in site.cooked])
        for arr in (raw, cooked):   # SetIntegrityLevel(frozen)
            arr.leave_dense()
            for i in range(arr.length):
                arr.props[str(i)] = Prop(value=arr.props[str(i)], flags=ENUMERABLE)
            arr.length_writable = False
            arr.extensible = False
        cooked.define('raw', raw, 0)
        self.template_cache[id(site)] = (site, cooked)
        return cooked

    # -- iteration ------------------------------------------------------------------

    def array_iteration_pristine(self, arr):
        """Is iterating ``arr`` the plain index walk (no own or changed @@iterator)?"""
        I = self.intrinsics
        # (built-in methods are stored as Props: they are not enumerable)
        return arr.proto is I['ArrayPrototype'] and SYM_ITERATOR not in arr.props and \
            _data_value(I['ArrayPrototype'], SYM_ITERATOR) is I['ArrayProto_values'] and \
            _data_value(I['ArrayIteratorPrototype'], 'next') is I['ArrayIteratorProto_next']

    # 7.4.2 GetIterator ( obj, kind )
    def get_iterator(self, value, fast=True):
        if fast and type(value) is JSArray and self.array_iteration_pristine(value):
            rec = IteratorRecord(self, None, None)
            rec.array = value
            return rec
        from .references import get_value
        method = get_value(self, value, SYM_ITERATOR)
        if not is_callable(method):
            raise type_error('%s is not iterable' % self.describe(value))
        it = method.call(value, [])
        if not isinstance(it, JSObject):
            raise type_error('Result of the Symbol.iterator method is not an object')
        return IteratorRecord(self, it, it.get('next'))

    # 7.4.3 GetIterator ( obj, async )
    def get_async_iterator(self, value):
        from .references import get_value
        method = get_value(self, value, SYM_ASYNC_ITERATOR)
        if method is UNDEFINED or method is NULL:
            method = get_value(self, value, SYM_ITERATOR)
            if not is_callable(method):
                raise type_error('%s is not async iterable' % self.describe(value))
            it = method.call(value, [])
            if not isinstance(it, JSObject):
                raise type_error('Result of the Symbol.iterator method is not an object')
            from .iteration import create_async_from_sync_iterator
            return create_async_from_sync_iterator(
                self, IteratorRecord(self, it, it.get('next')))
        if not is_callable(method):
            raise type_error('%s is not async iterable' % self.describe(value))
        it = method.call(value, [])
        if not isinstance(it, JSObject):
            raise type_error('Result of the Symbol.asyncIterator method is not an object')
        return IteratorRecord(self, it, it.get('next'))

    def for_in_iterator(self, value):
        if value is UNDEFINED or value is NULL:
            return ForInIterator(None)
        return ForInIterator(self.to_object(value))

    # -- errors ---------------------------------------------------------------------

    def make_error(self, name, message):
        ctor = self.intrinsics[name]
        err = ErrorObject(ctor.get('prototype'))
        err.define('message', message)
        self.attach_stack(err)
        return err

    def attach_stack(self, err):
        lines = self.vm.stack_trace()
        err.stack_lines = lines
        err.define('stack', '\n'.join([self.error_header(err)] + lines))

    def error_header(self, err, safe=True):
        """20.5.3.4 Error.prototype.toString's text of err, for its stack and for the
        uncaught-error printer. A safe one never throws: a part whose getter or
        ToString throws is taken from a data property of the chain, else its default
        (console.log, as Node's, lets the exception through: safe=False)."""
        name = self._header_part(err, 'name', 'Error', safe)
        msg = self._header_part(err, 'message', '', safe)
        if not msg:
            return name
        if not name:
            return msg
        return '%s: %s' % (name, msg)

    def _header_part(self, err, key, default, safe):
        from .operations import to_string
        try:
            value = err.get(key)
            return default if value is UNDEFINED else to_string(value)
        except (JSThrow, JSErrorSignal, RecursionError):
            if not safe:
                raise
            value = data_property(err, key)
            return value if type(value) is str else default

    def well_known(self, name):
        return WELL_KNOWN_SYMBOLS[name]


def data_property(obj, key):
    """The value of key along obj's prototype chain read without running JS: MISSING
    where the property is an accessor, or absent, or behind a proxy (whose own
    properties live in its target, never looked at here)."""
    while isinstance(obj, JSObject):
        stored = obj.props.get(key, MISSING)
        if stored is not MISSING:
            if type(stored) is Prop:
                return MISSING if stored.is_accessor else stored.value
            return stored
        obj = obj.proto
    return MISSING

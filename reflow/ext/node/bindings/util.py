"""Host ops of node:util: inspect and format (console's, so util.inspect and util.format
show a value as console.log does) and the util.types predicates, answered from internal slots."""
import math
import os

from reflow.builtins.array_buffer import ArrayBufferObject
from reflow.builtins.console import COMPACT, Seen, format_args, inspect as console_inspect
from reflow.builtins.console_layout import BREAK_LENGTH
from reflow.builtins.data_view import DataViewObject
from reflow.builtins.date import DateObject
from reflow.builtins.map import MapIterator, MapObject
from reflow.builtins.regexp import RegExpObject
from reflow.builtins.set import SetIterator, SetObject
from reflow.builtins.typed_array import TypedArrayObject
from reflow.builtins.weakmap import WeakMapObject
from reflow.builtins.weakset import WeakSetObject
from reflow.interp.compiler.code import ASYNC, GENERATOR
from reflow.interp.vm.async_generators import AsyncGeneratorObject
from reflow.interp.vm.coroutines import GeneratorObject
from reflow.interp.vm.function import JSFunction, NativeFunction, arg
from reflow.interp.vm.objects import CONFIGURABLE, ENUMERABLE, WRITABLE, JSObject
from reflow.interp.vm.operations import to_number
from reflow.interp.vm.promises import PromiseObject
from reflow.interp.vm.proxy import ProxyObject
from reflow.interp.vm.realm import ErrorObject, PrimitiveWrapper
from reflow.interp.vm.values import JSBigInt, JSSymbol, UNDEFINED, NULL

# util.inspect's depth: null and Infinity are without limit
UNLIMITED = 1 << 30


def _depth(options):
    if not isinstance(options, JSObject):
        return 2
    depth = options.get('depth')
    if depth is UNDEFINED:
        return 2
    if depth is NULL:
        return UNLIMITED
    n = to_number(depth)
    if n != n:
        return 2
    if n == math.inf:
        return UNLIMITED
    return int(n) if n > -UNLIMITED else -UNLIMITED


def _seen(options):
    """The console formatter's state for util.inspect's options object."""
    if not isinstance(options, JSObject):
        return Seen()
    compact = options.get('compact')
    if compact is False:
        pass
    elif type(compact) is float and compact == compact and compact >= 0:
        compact = int(min(compact, UNLIMITED))
    else:   # true (no line breaks but for length) or absent: the default
        compact = COMPACT
    width = options.get('breakLength')
    if type(width) is not float or width != width:
        width = BREAK_LENGTH
    return Seen(compact=compact, sorted=options.get('sorted') is True,
                custom=options.get('customInspect') is not False, break_length=width)


def _inspect(realm):
    def inspect(this, args):
        # a string at the top is quoted as util.inspect quotes it (console.log's is not)
        options = arg(args, 1)
        return console_inspect(realm, arg(args, 0), _depth(options), _seen(options), False)
    return inspect


def _format(realm):
    # format(options, ...args): util.formatWithOptions, as console.log formats
    def format(this, args):
        return format_args(realm, list(args[1:]), _depth(arg(args, 0)))
    return format


def _typed(name):
    return lambda v: isinstance(v, TypedArrayObject) and v.name == name


def _code_flags(v):
    return v.code.flags if isinstance(v, JSFunction) else 0


def _boxed(kind):
    return lambda v: isinstance(v, PrimitiveWrapper) and type(v.primitive) is kind


# util.types: each name -> a predicate over one value
TYPES = {
    'isAnyArrayBuffer': lambda v: isinstance(v, ArrayBufferObject),
    'isArrayBuffer': lambda v: isinstance(v, ArrayBufferObject) and not v.shared,
    'isSharedArrayBuffer': lambda v: isinstance(v, ArrayBufferObject) and v.shared,
    'isArrayBufferView': lambda v: isinstance(v, (TypedArrayObject, DataViewObject)),
    'isArgumentsObject': lambda v: isinstance(v, JSObject) and v.class_name == 'Arguments',
    'isAsyncFunction': lambda v: bool(_code_flags(v) & ASYNC),
    'isGeneratorFunction': lambda v: bool(_code_flags(v) & GENERATOR),
    'isGeneratorObject': lambda v: isinstance(v, (GeneratorObject, AsyncGeneratorObject)),
    'isBoxedPrimitive': lambda v: isinstance(v, PrimitiveWrapper),
    'isNumberObject': _boxed(float),
    'isStringObject': _boxed(str),
    'isBooleanObject': _boxed(bool),
    'isBigIntObject': _boxed(JSBigInt),
    'isSymbolObject': _boxed(JSSymbol),
    'isDataView': lambda v: isinstance(v, DataViewObject),
    'isDate': lambda v: isinstance(v, DateObject),
    'isMap': lambda v: isinstance(v, MapObject),
    'isSet': lambda v: isinstance(v, SetObject),
    'isMapIterator': lambda v: isinstance(v, MapIterator),
    'isSetIterator': lambda v: isinstance(v, SetIterator),
    'isWeakMap': lambda v: isinstance(v, WeakMapObject),
    'isWeakSet': lambda v: isinstance(v, WeakSetObject),
    'isModuleNamespaceObject': lambda v: isinstance(v, JSObject) and v.class_name == 'Module',
    'isNativeError': lambda v: isinstance(v, ErrorObject),
    'isPromise': lambda v: isinstance(v, PromiseObject),
    'isProxy': lambda v: isinstance(v, ProxyObject),
    'isRegExp': lambda v: isinstance(v, RegExpObject),
    'isTypedArray': lambda v: isinstance(v, TypedArrayObject),
    'isExternal': lambda v: False,
}
for _name in ('Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
              'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
              'BigUint64Array'):
    TYPES['is' + _name] = _typed(_name)


def _predicate(test):
    return lambda this, args: test(arg(args, 0))


def _promise_state(realm):
    # [state, result]: 0 pending, 1 fulfilled, 2 rejected (for assert and inspect)
    def state(this, args):
        p = arg(args, 0)
        if not isinstance(p, PromiseObject):
            return UNDEFINED
        n = {'pending': 0.0, 'fulfilled': 1.0, 'rejected': 2.0}[p.state]
        return realm.new_array([n, UNDEFINED if p.state == 'pending' else p.result])
    return state


def _primitive_of(this, args):
    """The [[XData]] of a boxed primitive (assert's deep equality compares them)."""
    v = arg(args, 0)
    return v.primitive if isinstance(v, PrimitiveWrapper) else UNDEFINED


def create(realm):
    obj = realm.new_object()
    obj.define('inspect', NativeFunction(realm, _inspect(realm), 'inspect', 2))
    obj.define('format', NativeFunction(realm, _format(realm), 'format', 1))
    types = realm.new_object()
    for name, test in TYPES.items():
        # enumerable, as util.types' are
        types.define(name, NativeFunction(realm, _predicate(test), name, 1),
                     WRITABLE | ENUMERABLE | CONFIGURABLE)
    obj.define('types', types)
    obj.define('promiseState', NativeFunction(realm, _promise_state(realm), 'promiseState', 1))
    obj.define('pid', NativeFunction(realm, lambda this, args: float(os.getpid()), 'pid', 0))
    obj.define('primitiveOf', NativeFunction(realm, _primitive_of, 'primitiveOf', 1))
    return obj

"""HTML 2.7.3 structuredClone ( value, options ), by 2.7.3 StructuredSerializeInternal
and StructuredDeserialize done in one walk: the memory map keeps shared and cyclic
references, getters run in the order serialization reads them, and anything that
cannot be cloned is a DataCloneError DOMException."""
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import JSArray, JSObject, create_data_property
from reflow.interp.vm.proxy import ProxyObject
from reflow.interp.vm.realm import ErrorObject, PrimitiveWrapper
from reflow.interp.vm.values import JSSymbol, UNDEFINED
from .dom_exception import throw_dom_exception
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()

ERROR_NAMES = ('Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
               'TypeError', 'URIError')


def _not_cloneable(realm, value):
    return throw_dom_exception(realm, '%s could not be cloned.' % realm.describe(value),
                               'DataCloneError')


def structured_clone(realm, value, memory=None):
    if memory is None:
        memory = {}
    if type(value) is JSSymbol:
        raise _not_cloneable(realm, value)
    if not isinstance(value, JSObject):
        return value   # primitives (strings, numbers, BigInts ...) are immutable
    done = memory.get(id(value))
    if done is not None:
        return done[1]
    I = realm.intrinsics
    cls = value.class_name
    if isinstance(value, ProxyObject) or is_callable(value):
        raise _not_cloneable(realm, value)
    if isinstance(value, PrimitiveWrapper):
        if type(value.primitive) is JSSymbol:
            raise _not_cloneable(realm, value)
        out = realm.to_object(value.primitive)
    elif cls == 'Date' and hasattr(value, 'date_value'):
        from .date import DateObject
        out = DateObject(I['DatePrototype'], value.date_value)
    elif cls == 'RegExp' and hasattr(value, 'matcher'):
        out = realm.regexp_create(value.source, value.flags)
    elif isinstance(value, ErrorObject) and not hasattr(value, 'exc_name'):
        out = _clone_error(realm, value, memory)
    elif cls == 'SharedArrayBuffer' and hasattr(value, 'data'):
        from .shared_array_buffer import shared_buffer_for
        out = shared_buffer_for(realm, value.data)   # the same memory, not a copy
    elif cls == 'ArrayBuffer' and hasattr(value, 'data'):
        if value.data is None:
            raise _not_cloneable(realm, value)
        from .array_buffer import ArrayBufferObject
        out = ArrayBufferObject(I['ArrayBufferPrototype'], 0)
        out.data = bytearray(value.data)
    elif hasattr(value, 'viewed_buffer'):
        return _clone_view(realm, value, memory)
    elif type(value) is JSArray:
        out = realm.new_array([])
        out.length = value.length
    elif cls in ('Map', 'Set') and (hasattr(value, 'map_data') or
                                    hasattr(value, 'set_data')):
        return _clone_collection(realm, value, memory)
    elif type(value) is JSObject and cls == 'Object':
        out = JSObject(I['ObjectPrototype'])
    else:
        raise _not_cloneable(realm, value)
    memory[id(value)] = (value, out)
    if type(value) is JSArray or type(value) is JSObject:
        # own enumerable string keys, read with [[Get]] (getters run), in order
        for key in value.own_property_keys():
            if type(key) is not str:
                continue
            desc = value.get_own_property(key)
            if desc is None or desc.enumerable is not True:
                continue
            create_data_property(out, key, structured_clone(realm, value.get(key), memory))
    return out


def _clone_error(realm, value, memory):
    from reflow.interp.vm.operations import to_string
    name = value.get('name')
    name = to_string(name) if name is not UNDEFINED else 'Error'
    if name not in ERROR_NAMES:
        name = 'Error'
    desc = value.get_own_property('message')
    out = realm.make_error(name, '')
    out.delete('message')
    if desc is not None and desc.is_data():
        out.define('message', to_string(desc.value))
    stack = value.get_own_property('stack')
    if stack is not None and stack.is_data() and type(stack.value) is str:
        out.define('stack', stack.value)
    cause = value.get_own_property('cause')
    if cause is not None and cause.is_data():
        memory[id(value)] = (value, out)
        out.define('cause', structured_clone(realm, cause.value, memory))
    return out


def _clone_view(realm, value, memory):
    """An ArrayBufferView: its buffer goes through the memory map, so views that share
    a buffer share the clone."""
    if value.viewed_buffer.data is None:
        raise _not_cloneable(realm, value)
    buffer = structured_clone(realm, value.viewed_buffer, memory)
    I = realm.intrinsics
    if value.class_name == 'DataView':
        from .data_view import DataViewObject
        out = DataViewObject(I['DataViewPrototype'])
        out.byte_length = value.byte_length
    else:
        from .typed_array import TypedArrayObject
        out = TypedArrayObject(I[value.name + 'Prototype'], value.name)
        out.array_length = value.array_length
    out.viewed_buffer = buffer
    out.byte_offset = value.byte_offset
    memory[id(value)] = (value, out)
    return out


def _clone_collection(realm, value, memory):
    from .keyed_table import EMPTY
    I = realm.intrinsics
    if value.class_name == 'Map':
        from .map import MapObject
        out = MapObject(I['MapPrototype'])
        table, target = value.map_data, out.map_data
    else:
        from .set import SetObject
        out = SetObject(I['SetPrototype'])
        table, target = value.set_data, out.set_data
    memory[id(value)] = (value, out)
    # the entries are copied first (a clone of the List), then each is cloned
    entries = [(k, table.values[i]) for i, k in enumerate(table.keys) if k is not EMPTY]
    for k, v in entries:
        ck = structured_clone(realm, k, memory)
        cv = structured_clone(realm, v, memory) if value.class_name == 'Map' else ck
        target.set(ck, cv)
    return out


# structuredClone ( value, options ) -> 2.7.5 StructuredSerializeWithTransfer and
# 2.7.6 StructuredDeserializeWithTransfer
@reg.method('global', 'structuredClone', 1)
def structured_clone_fn(realm, this, args):
    options = arg(args, 1)
    transfer = []
    if isinstance(options, JSObject):
        transfer_list = options.get('transfer')
        if transfer_list is not UNDEFINED:
            from .iterator import iterable_to_list
            transfer = iterable_to_list(realm, transfer_list)
    memory = _transfer_memory(realm, transfer)
    out = structured_clone(realm, arg(args, 0), memory)
    # the buffers are detached only once the whole value has been cloned
    for buffer in transfer:
        buffer.detach()
    return out


def _transfer_memory(realm, transfer):
    """The memory map with each transferred ArrayBuffer already mapped to its new
    owner, which takes the bytes themselves (no copy); 2.7.5 steps 4-5."""
    from .array_buffer import ArrayBufferObject
    memory = {}
    for i, buffer in enumerate(transfer):
        if not isinstance(buffer, ArrayBufferObject) or buffer.class_name != 'ArrayBuffer':
            what = 'A SharedArrayBuffer' if getattr(buffer, 'shared', False) else \
                'Value at index %d' % i
            raise throw_dom_exception(realm, '%s is not transferable' % what,
                                      'DataCloneError')
        if id(buffer) in memory:
            raise throw_dom_exception(realm, 'Transfer list contains duplicate ArrayBuffer',
                                      'DataCloneError')
        if buffer.detached:
            raise throw_dom_exception(realm, 'ArrayBuffer at index %d is already detached'
                                      % i, 'DataCloneError')
        owner = ArrayBufferObject(realm.intrinsics['ArrayBufferPrototype'], 0)
        owner.data = buffer.data
        memory[id(buffer)] = (buffer, owner)
    return memory

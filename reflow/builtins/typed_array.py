"""23.2 TypedArray Objects: 10.4.5 the integer-indexed exotic object, %TypedArray% and
its statics, and the eleven concrete constructors (typed_array_methods.py has
%TypedArray%.prototype)."""
import math

from reflow.interp.vm.errors import type_error
from reflow.interp.vm.limits import MAX_TYPED_ARRAY_LENGTH
from reflow.interp.vm.function import is_callable, is_constructor
from reflow.interp.vm.objects import Descriptor, JSObject, MISSING, ordered_keys
from reflow.interp.vm.operations import number_to_string, to_number
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import NULL, SYM_ITERATOR, UNDEFINED
from .array_buffer import (ELEMENT_TYPES, ArrayBufferObject, allocate_array_buffer,
                           range_error, species_constructor)
from .bigint import to_index
from reflow.interp.vm.operations import length_of_array_like
from .iterator import iterable_to_list
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()

NAMES = ('Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
         'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
         'BigUint64Array')


class TypedArrayObject(JSObject):
    """10.4.5 TypedArray exotic objects: [[ViewedArrayBuffer]], [[TypedArrayName]],
    [[ContentType]], [[ByteLength]], [[ByteOffset]], [[ArrayLength]]."""
    __slots__ = ('viewed_buffer', 'name', 'etype', 'byte_offset', 'array_length')

    def __init__(self, proto, name):
        JSObject.__init__(self, proto, name)
        self.name = name
        self.etype = ELEMENT_TYPES[name[:-5]]
        self.viewed_buffer = None
        self.byte_offset = 0
        self.array_length = 0

    @property
    def detached(self):
        return self.viewed_buffer.data is None

    def length(self):
        """TypedArrayLength, 0 once the buffer is detached (out of bounds)."""
        return 0 if self.viewed_buffer.data is None else self.array_length

    def typed_length(self):
        # 23.1.5.2.1 %ArrayIteratorPrototype%.next: a detached view is a TypeError
        if self.viewed_buffer.data is None:
            raise type_error('Cannot perform %Array Iterator%.next on a detached '
                             'ArrayBuffer')
        return self.array_length

    # 10.4.5.14 IsValidIntegerIndex ( O, index )
    def valid_index(self, index):
        if self.viewed_buffer.data is None:
            return False
        if index != index or index % 1 != 0:
            return False
        if index == 0 and math.copysign(1, index) < 0:
            return False
        return 0 <= index < self.array_length

    # 10.4.5.15 TypedArrayGetElement ( O, index )
    def get_element(self, index):
        if not self.valid_index(index):
            return UNDEFINED
        e = self.etype
        return e.unpack(self.viewed_buffer.data, self.byte_offset + int(index) * e.size,
                        True)

    # 10.4.5.16 TypedArraySetElement ( O, index, value )
    def set_element(self, index, value):
        num = self.etype.to_element(value)
        if self.valid_index(index):
            e = self.etype
            at = self.byte_offset + int(index) * e.size
            self.viewed_buffer.data[at:at + e.size] = e.pack(num, True)

    def read(self, i):
        """The element at a known-valid integer index."""
        e = self.etype
        return e.unpack(self.viewed_buffer.data, self.byte_offset + i * e.size, True)

    # 10.4.5.1 [[GetOwnProperty]] ( P )
    def get_own_property(self, key):
        if type(key) is str:
            index = canonical_numeric_index(key)
            if index is not None:
                value = self.get_element(index)
                if value is UNDEFINED:
                    return None
                return Descriptor(value=value, writable=True, enumerable=True,
                                  configurable=True)
        return JSObject.get_own_property(self, key)

    # 10.4.5.2 [[HasProperty]] ( P )
    def has_property(self, key):
        if type(key) is str:
            index = canonical_numeric_index(key)
            if index is not None:
                return self.valid_index(index)
        return JSObject.has_property(self, key)

    # 10.4.5.3 [[DefineOwnProperty]] ( P, Desc )
    def define_own_property(self, key, desc):
        if type(key) is str:
            index = canonical_numeric_index(key)
            if index is not None:
                if not self.valid_index(index):
                    return False
                if desc.configurable is False or desc.enumerable is False or \
                        desc.is_accessor() or desc.writable is False:
                    return False
                if desc.value is not MISSING:
                    self.set_element(index, desc.value)
                return True
        return JSObject.define_own_property(self, key, desc)

    # 10.4.5.4 [[Get]] ( P, Receiver )
    def get(self, key, receiver=None):
        if type(key) is str:
            index = canonical_numeric_index(key)
            if index is not None:
                return self.get_element(index)
        return JSObject.get(self, key, receiver)

    # 10.4.5.5 [[Set]] ( P, V, Receiver )
    def set(self, key, value, receiver=None):
        if type(key) is str:
            index = canonical_numeric_index(key)
            if index is not None:
                if receiver is None or receiver is self:
                    self.set_element(index, value)
                    return True
                if not self.valid_index(index):
                    return True
        return JSObject.set(self, key, value, receiver)

    # 10.4.5.6 [[Delete]] ( P )
    def delete(self, key):
        if type(key) is str:
            index = canonical_numeric_index(key)
            if index is not None:
                return not self.valid_index(index)
        return JSObject.delete(self, key)

    # 10.4.5.7 [[OwnPropertyKeys]] ( )
    def own_property_keys(self):
        return ['%d' % i for i in range(self.length())] + ordered_keys(self.props)


# 7.1.21 CanonicalNumericIndexString ( argument ): a float, or None for undefined
def canonical_numeric_index(s):
    if not s:
        return None
    c = s[0]
    if c.isdigit():
        # short digit strings without a leading zero are their own canonical form
        if len(s) <= 15 and s.isdigit() and (c != '0' or len(s) == 1) and s.isascii():
            return float(s)
    elif c not in '-IN.':
        return None
    if s == '-0':
        return -0.0
    n = to_number(s)
    return n if number_to_string(n) == s else None


def this_typed_array(this, method):
    if not isinstance(this, TypedArrayObject):
        raise type_error('this is not a typed array. (%s)' % method)
    return this


# 23.2.4.4 ValidateTypedArray ( O, order ): the length, or a TypeError when detached
def validate_typed_array(this, method):
    o = this_typed_array(this, method)
    if o.viewed_buffer.data is None:
        raise type_error('Cannot perform %s on a detached ArrayBuffer' % method)
    return o


# -- creation: 23.2.5.1.1 AllocateTypedArray and the Initialize* operations -------

def allocate_typed_array(realm, name, new_target, length=None):
    proto = get_prototype_from_constructor(realm, new_target, name + 'Prototype')
    obj = TypedArrayObject(proto, name)
    if length is not None:
        allocate_typed_array_buffer(realm, obj, length)
    return obj


# 23.2.5.1.6 AllocateTypedArrayBuffer ( O, length )
def allocate_typed_array_buffer(realm, obj, length):
    if length > MAX_TYPED_ARRAY_LENGTH:
        raise range_error('Invalid typed array length: %d' % length)
    size = obj.etype.size
    obj.viewed_buffer = allocate_array_buffer(realm, realm.intrinsics['ArrayBuffer'],
                                              size * length)
    obj.byte_offset = 0
    obj.array_length = length


# 23.2.5.1.2 InitializeTypedArrayFromTypedArray ( O, srcArray )
def init_from_typed_array(realm, o, src):
    if src.viewed_buffer.data is None:
        raise type_error('Cannot construct a typed array from a detached ArrayBuffer')
    n = src.array_length
    if src.etype.bigint != o.etype.bigint:
        raise type_error('Content types differ: cannot mix BigInt and other types')
    allocate_typed_array_buffer(realm, o, n)
    if src.etype is o.etype:
        start = src.byte_offset
        o.viewed_buffer.data[:] = src.viewed_buffer.data[start:start + n * src.etype.size]
    else:
        for i in range(n):
            o.set_element(float(i), src.read(i))


# 23.2.5.1.3 InitializeTypedArrayFromArrayBuffer ( O, buffer, byteOffset, length )
def init_from_array_buffer(realm, o, buffer, byte_offset, length):
    size = o.etype.size
    offset = to_index(byte_offset)
    if offset % size:
        raise range_error('start offset of %s should be a multiple of %d' % (o.name, size))
    new_length = None if length is UNDEFINED else to_index(length)
    if buffer.data is None:
        raise type_error('Cannot construct a typed array on a detached ArrayBuffer')
    buffer_length = len(buffer.data)
    if new_length is None:
        if buffer_length % size:
            raise range_error('byte length of %s should be a multiple of %d'
                              % (o.name, size))
        new_byte_length = buffer_length - offset
        if new_byte_length < 0:
            raise range_error('Start offset %d is outside the bounds of the buffer'
                              % offset)
    else:
        new_byte_length = new_length * size
        if offset + new_byte_length > buffer_length:
            raise range_error('Invalid typed array length: %d' % new_length)
    o.viewed_buffer = buffer
    o.byte_offset = offset
    o.array_length = new_byte_length // size


# 23.2.5.1.5 InitializeTypedArrayFromList / 23.2.5.1.4 ...FromArrayLike
def init_from_values(realm, o, values):
    allocate_typed_array_buffer(realm, o, len(values))
    for i, v in enumerate(values):
        o.set('%d' % i, v)


def init_from_array_like(realm, o, array_like):
    n = length_of_array_like(array_like)
    allocate_typed_array_buffer(realm, o, n)
    for i in range(n):
        k = '%d' % i
        o.set(k, array_like.get(k))


def _iterator_method(realm, value):
    from reflow.interp.vm.references import get_value
    method = get_value(realm, value, SYM_ITERATOR)
    if method is UNDEFINED or method is NULL:
        return None
    if not is_callable(method):
        raise type_error('%s is not a function' % realm.describe(method))
    return method


# 23.2.5.1 TypedArray ( ...args )
def make_constructor(name):
    def ctor(realm, this, args, new_target):
        if new_target is None:
            raise type_error("Constructor %s requires 'new'" % name)
        if not args:
            return allocate_typed_array(realm, name, new_target, 0)
        first = args[0]
        if not isinstance(first, JSObject):
            n = to_index(first)
            return allocate_typed_array(realm, name, new_target, n)
        o = allocate_typed_array(realm, name, new_target)
        if isinstance(first, TypedArrayObject):
            init_from_typed_array(realm, o, first)
        elif isinstance(first, ArrayBufferObject):
            init_from_array_buffer(realm, o, first, arg(args, 1), arg(args, 2))
        else:
            method = _iterator_method(realm, first)
            if method is not None:
                init_from_values(realm, o, iterable_to_list(realm, first, method))
            else:
                init_from_array_like(realm, o, first)
        return o
    ctor.__name__ = name
    return ctor


# 23.2.1.1 %TypedArray% ( ): an abstract class. It is registered like the others so
# that its prototype exists for the methods; setup() takes it off the global object.
@reg.constructor('TypedArray', 0, 'TypedArrayPrototype')
def typed_array_ctor(realm, this, args, new_target):
    raise type_error('Abstract class TypedArray not directly constructable')


for _name in NAMES:
    reg.constructor(_name, 3, _name + 'Prototype', 'TypedArrayPrototype')(
        make_constructor(_name))


# 23.2.4.2 TypedArrayCreateFromConstructor ( constructor, argumentList )
def typed_array_create(realm, constructor, args):
    new = constructor.construct(args, constructor)
    o = validate_typed_array(new, 'TypedArrayCreate')
    if len(args) == 1 and type(args[0]) is float and o.array_length < args[0]:
        raise type_error('Derived TypedArray constructor created an array which was too '
                         'small')
    return o


# 23.2.4.1 TypedArraySpeciesCreate ( exemplar, argumentList )
def typed_array_species_create(realm, exemplar, args):
    default = realm.intrinsics[exemplar.name]
    ctor = species_constructor(realm, exemplar, default)
    result = typed_array_create(realm, ctor, args)
    if result.etype.bigint != exemplar.etype.bigint:
        raise type_error('Content types differ: cannot mix BigInt and other types')
    return result


# 23.2.4.3 TypedArrayCreateSameType ( exemplar, argumentList )
def typed_array_create_same_type(realm, exemplar, length):
    return typed_array_create(realm, realm.intrinsics[exemplar.name], [float(length)])


# 23.2.2.1 %TypedArray%.from ( source [ , mapfn [ , thisArg ] ] )
@reg.method('TypedArray', 'from', 1)
def typed_array_from(realm, this, args):
    c = this
    if not is_constructor(c):
        raise type_error('%s is not a constructor' % realm.describe(c))
    source, mapfn, this_arg = arg(args, 0), arg(args, 1), arg(args, 2)
    mapping = mapfn is not UNDEFINED
    if mapping and not is_callable(mapfn):
        raise type_error('%s is not a function' % realm.describe(mapfn))
    method = _iterator_method(realm, source)
    if method is not None:
        values = iterable_to_list(realm, source, method)
        target = typed_array_create(realm, c, [float(len(values))])
        for k, v in enumerate(values):
            if mapping:
                v = mapfn.call(this_arg, [v, float(k)])
            target.set('%d' % k, v)
        return target
    array_like = realm.to_object(source)
    n = length_of_array_like(array_like)
    target = typed_array_create(realm, c, [float(n)])
    for k in range(n):
        v = array_like.get('%d' % k)
        if mapping:
            v = mapfn.call(this_arg, [v, float(k)])
        target.set('%d' % k, v)
    return target


# 23.2.2.2 %TypedArray%.of ( ...items )
@reg.method('TypedArray', 'of', 0)
def typed_array_of(realm, this, args):
    if not is_constructor(this):
        raise type_error('%s is not a constructor' % realm.describe(this))
    target = typed_array_create(realm, this, [float(len(args))])
    for k, v in enumerate(args):
        target.set('%d' % k, v)
    return target


# 23.2.2.4 get %TypedArray% [ @@species ]
@reg.getter('TypedArray', '@@species')
def species(realm, this, args):
    return this


@reg.setup
def setup(realm):
    I = realm.intrinsics
    realm.global_object.delete('TypedArray')
    base = I['TypedArray']
    for name in NAMES:
        ctor, proto = I[name], I[name + 'Prototype']
        ctor.set_prototype_of(base)
        size = float(ELEMENT_TYPES[name[:-5]].size)
        ctor.define('BYTES_PER_ELEMENT', size, 0)
        proto.define('BYTES_PER_ELEMENT', size, 0)


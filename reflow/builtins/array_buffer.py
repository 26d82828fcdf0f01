"""25.1 ArrayBuffer Objects, and the element types of 25.1.3 (GetValueFromBuffer /
SetValueInBuffer with the conversions of 7.1.6-7.1.11) that typed arrays and DataView
share. A buffer's bytes are a Python bytearray; detaching drops it."""
import math
import struct

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.limits import (MAX_ARRAY_BUFFER_BYTES, buffer_allocation_error,
                                     check_buffer_bytes)
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.operations import to_number
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import JSBigInt, SYM_TO_STRING_TAG
from .array import relative_index
from .bigint import to_bigint, to_index
from reflow.interp.vm.function import arg
from .registry import Registry
from reflow.interp.vm.operations import species_constructor

reg = Registry()


class ArrayBufferObject(JSObject):
    """An object with [[ArrayBufferData]] and [[ArrayBufferByteLength]] slots."""
    __slots__ = ('data',)
    shared = False

    def __init__(self, proto, length, class_name='ArrayBuffer'):
        JSObject.__init__(self, proto, class_name)
        self.data = create_byte_data_block(length)

    # 25.1.3.5 DetachArrayBuffer ( arrayBuffer [ , key ] )
    def detach(self):
        if self.shared:
            raise type_error('Cannot detach a SharedArrayBuffer')
        self.data = None

    @property
    def detached(self):
        return self.data is None


def range_error(message):
    return JSErrorSignal('RangeError', message)


# 6.2.9.1 CreateByteDataBlock ( size ): a RangeError where the bytes cannot be had
def create_byte_data_block(size):
    if size > MAX_ARRAY_BUFFER_BYTES:
        raise buffer_allocation_error()
    check_buffer_bytes(size)
    try:
        return bytearray(size)
    except MemoryError:
        raise buffer_allocation_error() from None


# 25.1.3.1 AllocateArrayBuffer ( constructor, byteLength )
def allocate_array_buffer(realm, constructor, byte_length):
    proto = get_prototype_from_constructor(realm, constructor, 'ArrayBufferPrototype')
    return ArrayBufferObject(proto, byte_length)


def this_buffer(this, method):
    if not isinstance(this, ArrayBufferObject) or this.shared:
        raise type_error('Method ArrayBuffer.prototype.%s called on incompatible receiver'
                         % method)
    return this


# -- element types: 25.1.3.? and Table 71 -------------------------------------------

def _modulo(n, bits, signed):
    if n != n or n in (math.inf, -math.inf):
        return 0
    n = int(n) % (1 << bits)
    if signed and n >= 1 << (bits - 1):
        n -= 1 << bits
    return n


def _clamp(n):
    # 7.1.12 ToUint8Clamp: round half to even
    if n != n or n <= 0:
        return 0
    if n >= 255:
        return 255
    f = math.floor(n)
    if f + 0.5 < n:
        return f + 1
    if n < f + 0.5:
        return f
    return f + 1 if f % 2 else f


class ElementType:
    __slots__ = ('name', 'size', 'fmt', 'bigint', 'convert')
    # one per element type for the whole process (ELEMENT_TYPES): closing a runtime
    # whose typed arrays point at it leaves it whole
    shared_by_runtimes = True

    def __init__(self, name, size, fmt, bigint, convert):
        self.name = name
        self.size = size
        self.fmt = fmt
        self.bigint = bigint
        self.convert = convert   # a JS Number or BigInt -> the Python value to pack

    def to_element(self, value):
        """ToBigInt or ToNumber: the conversion a write does before anything else."""
        return to_bigint(value) if self.bigint else to_number(value)

    def pack(self, n, little):
        fmt = ('<' if little else '>') + self.fmt
        v = self.convert(n)
        try:
            return struct.pack(fmt, v)
        except OverflowError:   # rounds to an infinite float32
            return struct.pack(fmt, math.copysign(math.inf, v))

    def unpack(self, data, offset, little):
        v = struct.unpack_from(('<' if little else '>') + self.fmt, data, offset)[0]
        if self.bigint:
            return JSBigInt(v)
        return float(v)


def _int(bits, signed):
    return lambda n: _modulo(n, bits, signed)


def _big(bits, signed):
    return lambda n: _modulo_big(n.value, bits, signed)


def _modulo_big(n, bits, signed):
    n %= 1 << bits
    if signed and n >= 1 << (bits - 1):
        n -= 1 << bits
    return n


ELEMENT_TYPES = {
    'Int8': ElementType('Int8', 1, 'b', False, _int(8, True)),
    'Uint8': ElementType('Uint8', 1, 'B', False, _int(8, False)),
    'Uint8Clamped': ElementType('Uint8Clamped', 1, 'B', False, _clamp),
    'Int16': ElementType('Int16', 2, 'h', False, _int(16, True)),
    'Uint16': ElementType('Uint16', 2, 'H', False, _int(16, False)),
    'Int32': ElementType('Int32', 4, 'i', False, _int(32, True)),
    'Uint32': ElementType('Uint32', 4, 'I', False, _int(32, False)),
    'Float32': ElementType('Float32', 4, 'f', False, float),
    'Float64': ElementType('Float64', 8, 'd', False, float),
    'BigInt64': ElementType('BigInt64', 8, 'q', True, _big(64, True)),
    'BigUint64': ElementType('BigUint64', 8, 'Q', True, _big(64, False)),
}


# 25.1.3.15 GetValueFromBuffer / 25.1.3.17 SetValueInBuffer (no shared memory here)
def get_value_from_buffer(buffer, index, etype, little=True):
    return etype.unpack(buffer.data, index, little)


def set_value_in_buffer(buffer, index, etype, value, little=True):
    buffer.data[index:index + etype.size] = etype.pack(value, little)


# 25.1.4.1 ArrayBuffer ( length [ , options ] )
@reg.constructor('ArrayBuffer', 1, 'ArrayBufferPrototype')
def array_buffer_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor ArrayBuffer requires 'new'")
    byte_length = to_index(arg(args, 0), 'Invalid array buffer length')
    return allocate_array_buffer(realm, new_target, byte_length)


# 25.1.5.1 ArrayBuffer.isView ( arg )
@reg.method('ArrayBuffer', 'isView', 1)
def is_view(realm, this, args):
    return hasattr(arg(args, 0), 'viewed_buffer')


# 25.1.5.3 get ArrayBuffer [ @@species ]
@reg.getter('ArrayBuffer', '@@species')
def species(realm, this, args):
    return this


# 25.1.6.1 get ArrayBuffer.prototype.byteLength
@reg.getter('ArrayBufferPrototype', 'byteLength')
def byte_length(realm, this, args):
    buf = this_buffer(this, 'byteLength')
    return 0.0 if buf.detached else float(len(buf.data))


# 25.1.6.? get ArrayBuffer.prototype.detached (ES2024, used by test262's harness)
@reg.getter('ArrayBufferPrototype', 'detached')
def detached(realm, this, args):
    return this_buffer(this, 'detached').detached


# 25.1.6.6 ArrayBuffer.prototype.slice ( start, end )
@reg.method('ArrayBufferPrototype', 'slice', 2)
def slice_(realm, this, args):
    buf = this_buffer(this, 'slice')
    if buf.detached:
        raise type_error('Cannot perform ArrayBuffer.prototype.slice on a detached '
                         'ArrayBuffer')
    n = len(buf.data)
    first = relative_index(arg(args, 0), n, 0)
    final = relative_index(arg(args, 1), n, n)
    new_len = max(final - first, 0)
    ctor = species_constructor(realm, buf, realm.intrinsics['ArrayBuffer'])
    new = ctor.construct([float(new_len)], ctor)
    if not isinstance(new, ArrayBufferObject) or new.shared:
        raise type_error('ArrayBuffer subclass returned this from species constructor')
    if new.detached:
        raise type_error('species constructor returned a detached ArrayBuffer')
    if new is buf:
        raise type_error('ArrayBuffer subclass returned this from species constructor')
    if len(new.data) < new_len:
        raise type_error('species constructor returned a too small ArrayBuffer')
    if buf.detached:
        raise type_error('ArrayBuffer was detached by the species constructor')
    first = min(first, len(buf.data))
    chunk = buf.data[first:max(first, min(final, len(buf.data)))]
    new.data[0:len(chunk)] = chunk
    return new



@reg.setup
def setup(realm):
    realm.intrinsics['ArrayBufferPrototype'].define(SYM_TO_STRING_TAG, 'ArrayBuffer',
                                                    CONFIGURABLE)

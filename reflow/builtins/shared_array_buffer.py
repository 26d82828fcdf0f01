"""25.2 SharedArrayBuffer Objects. The bytes are one bytearray that every agent's
SharedArrayBuffer object for it refers to (test262's $262.agent threads); a shared
buffer is never detached."""
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.objects import CONFIGURABLE
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import SYM_TO_STRING_TAG
from .array import relative_index
from .array_buffer import ArrayBufferObject, create_byte_data_block, species_constructor
from .bigint import to_index
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


class SharedArrayBufferObject(ArrayBufferObject):
    __slots__ = ()
    shared = True

    def __init__(self, proto, length, data=None):
        ArrayBufferObject.__init__(self, proto, 0, 'SharedArrayBuffer')
        self.data = create_byte_data_block(length) if data is None else data


def shared_buffer_for(realm, data):
    """A SharedArrayBuffer of ``realm`` over existing shared bytes."""
    return SharedArrayBufferObject(realm.intrinsics['SharedArrayBufferPrototype'], 0, data)


def this_shared(this, method):
    if not isinstance(this, SharedArrayBufferObject):
        raise type_error('Method SharedArrayBuffer.prototype.%s called on incompatible '
                         'receiver' % method)
    return this


# 25.2.3.1 SharedArrayBuffer ( length [ , options ] )
@reg.constructor('SharedArrayBuffer', 1, 'SharedArrayBufferPrototype')
def shared_array_buffer_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor SharedArrayBuffer requires 'new'")
    byte_length = to_index(arg(args, 0), 'Invalid array buffer length')
    # 25.2.2.1 AllocateSharedArrayBuffer
    proto = get_prototype_from_constructor(realm, new_target, 'SharedArrayBufferPrototype')
    return SharedArrayBufferObject(proto, byte_length)


# 25.2.4.2 get SharedArrayBuffer [ @@species ]
@reg.getter('SharedArrayBuffer', '@@species')
def species(realm, this, args):
    return this


# 25.2.5.1 get SharedArrayBuffer.prototype.byteLength
@reg.getter('SharedArrayBufferPrototype', 'byteLength')
def byte_length(realm, this, args):
    return float(len(this_shared(this, 'byteLength').data))


# 25.2.5.6 SharedArrayBuffer.prototype.slice ( start, end )
@reg.method('SharedArrayBufferPrototype', 'slice', 2)
def slice_(realm, this, args):
    buf = this_shared(this, 'slice')
    n = len(buf.data)
    first = relative_index(arg(args, 0), n, 0)
    final = relative_index(arg(args, 1), n, n)
    new_len = max(final - first, 0)
    ctor = species_constructor(realm, buf, realm.intrinsics['SharedArrayBuffer'])
    new = ctor.construct([float(new_len)], ctor)
    if not isinstance(new, SharedArrayBufferObject):
        raise type_error('SharedArrayBuffer subclass returned a non-shared buffer')
    if new is buf or new.data is buf.data:
        raise type_error('SharedArrayBuffer subclass returned this from species '
                         'constructor')
    if len(new.data) < new_len:
        raise type_error('species constructor returned a too small SharedArrayBuffer')
    new.data[0:new_len] = buf.data[first:first + new_len]
    return new


@reg.setup
def setup(realm):
    realm.intrinsics['SharedArrayBufferPrototype'].define(
        SYM_TO_STRING_TAG, 'SharedArrayBuffer', CONFIGURABLE)

"""25.3 DataView Objects."""
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.operations import to_boolean
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import SYM_TO_STRING_TAG, UNDEFINED
from .array_buffer import ELEMENT_TYPES, ArrayBufferObject, range_error
from .bigint import to_index
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


class DataViewObject(JSObject):
    """[[DataView]], [[ViewedArrayBuffer]], [[ByteLength]], [[ByteOffset]]."""
    __slots__ = ('viewed_buffer', 'byte_length', 'byte_offset')

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'DataView')
        self.viewed_buffer = None
        self.byte_length = 0
        self.byte_offset = 0


def this_view(this, method):
    if not isinstance(this, DataViewObject):
        raise type_error('Method DataView.prototype.%s called on incompatible receiver'
                         % method)
    return this


def _detached(method):
    return type_error('Cannot perform DataView.prototype.%s on a detached ArrayBuffer'
                      % method)


# 25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] )
@reg.constructor('DataView', 1, 'DataViewPrototype')
def data_view_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor DataView requires 'new'")
    buffer = arg(args, 0)
    if not isinstance(buffer, ArrayBufferObject):
        raise type_error('First argument to DataView constructor must be an ArrayBuffer')
    offset = to_index(arg(args, 1))
    if buffer.detached:
        raise type_error('Cannot construct a DataView on a detached ArrayBuffer')
    buffer_length = len(buffer.data)
    if offset > buffer_length:
        raise range_error('Start offset %d is outside the bounds of the buffer' % offset)
    length = arg(args, 2)
    if length is UNDEFINED:
        view_length = buffer_length - offset
    else:
        view_length = to_index(length)
        if offset + view_length > buffer_length:
            raise range_error('Invalid DataView length %d' % view_length)
    view = DataViewObject(get_prototype_from_constructor(realm, new_target,
                                                         'DataViewPrototype'))
    # the prototype lookup can run code that detaches the buffer (step 10)
    if buffer.detached:
        raise type_error('Cannot construct a DataView on a detached ArrayBuffer')
    view.viewed_buffer = buffer
    view.byte_length = view_length
    view.byte_offset = offset
    return view


# 25.3.4.1 buffer / 25.3.4.2 byteLength / 25.3.4.3 byteOffset
@reg.getter('DataViewPrototype', 'buffer')
def get_buffer(realm, this, args):
    return this_view(this, 'buffer').viewed_buffer


@reg.getter('DataViewPrototype', 'byteLength')
def get_byte_length(realm, this, args):
    view = this_view(this, 'byteLength')
    if view.viewed_buffer.detached:
        raise _detached('byteLength')
    return float(view.byte_length)


@reg.getter('DataViewPrototype', 'byteOffset')
def get_byte_offset(realm, this, args):
    view = this_view(this, 'byteOffset')
    if view.viewed_buffer.detached:
        raise _detached('byteOffset')
    return float(view.byte_offset)


# 25.3.1.5 GetViewValue ( view, requestIndex, isLittleEndian, type )
def get_view_value(view, request_index, little, etype, method):
    view = this_view(view, method)
    index = to_index(request_index)
    little = to_boolean(little)
    if view.viewed_buffer.detached:
        raise _detached(method)
    if index + etype.size > view.byte_length:
        raise range_error('Offset is outside the bounds of the DataView')
    return etype.unpack(view.viewed_buffer.data, view.byte_offset + index, little)


# 25.3.1.6 SetViewValue ( view, requestIndex, isLittleEndian, type, value )
def set_view_value(view, request_index, little, etype, value, method):
    view = this_view(view, method)
    index = to_index(request_index)
    num = etype.to_element(value)
    little = to_boolean(little)
    if view.viewed_buffer.detached:
        raise _detached(method)
    if index + etype.size > view.byte_length:
        raise range_error('Offset is outside the bounds of the DataView')
    at = view.byte_offset + index
    view.viewed_buffer.data[at:at + etype.size] = etype.pack(num, little)
    return UNDEFINED


# 25.3.4.5-25.3.4.24 DataView.prototype.getInt8 ... setBigUint64
def _getter(name, etype):
    def get(realm, this, args):
        return get_view_value(this, arg(args, 0), arg(args, 1), etype, 'get' + name)
    return get


def _setter(name, etype):
    def set_(realm, this, args):
        return set_view_value(this, arg(args, 0), arg(args, 2), etype, arg(args, 1),
                              'set' + name)
    return set_


for _name, _etype in ELEMENT_TYPES.items():
    if _name == 'Uint8Clamped':
        continue
    reg.method('DataViewPrototype', 'get' + _name, 1)(_getter(_name, _etype))
    reg.method('DataViewPrototype', 'set' + _name, 2)(_setter(_name, _etype))


@reg.setup
def setup(realm):
    realm.intrinsics['DataViewPrototype'].define(SYM_TO_STRING_TAG, 'DataView',
                                                 CONFIGURABLE)

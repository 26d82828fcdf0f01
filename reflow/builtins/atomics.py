"""25.4 The Atomics Object. Every operation holds one lock for its read-modify-write,
so agents (threads, each with its own realm) see them as indivisible; Atomics.wait and
Atomics.notify keep 25.4.1 WaiterList records per (shared block, byte index)."""
import math
import struct
import threading
import time

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.objects import CONFIGURABLE
from reflow.interp.vm.operations import to_integer_or_infinity, to_number
from reflow.interp.vm.values import SYM_TO_STRING_TAG, UNDEFINED
from .array_buffer import _modulo_big
from .bigint import to_bigint, to_index
from reflow.interp.vm.function import arg
from .registry import Registry
from .typed_array import TypedArrayObject

reg = Registry()
reg.namespace('Atomics')

_LOCK = threading.Condition()
_WAITERS = {}          # (id of the shared bytearray, byte index) -> [waiter, ...]

_INTEGER_TYPES = ('Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'BigInt64',
                  'BigUint64')


# 25.4.3.1 ValidateIntegerTypedArray ( typedArray, waitable )
def validate_integer_typed_array(ta, waitable=False):
    if not isinstance(ta, TypedArrayObject):
        raise type_error('Atomics operation on a non-typed-array value')
    if ta.viewed_buffer.data is None:
        raise type_error('Atomics operation on a detached ArrayBuffer')
    name = ta.etype.name
    if waitable:
        if name not in ('Int32', 'BigInt64'):
            raise type_error('Atomics.wait and Atomics.notify need an Int32Array or a '
                             'BigInt64Array')
    elif name not in _INTEGER_TYPES:
        raise type_error('Atomics operations need an integer typed array, not %sArray'
                         % name)
    return ta


# 25.4.3.2 ValidateAtomicAccess ( taRecord, requestIndex ): the byte index
def validate_atomic_access(ta, request_index):
    length = ta.length()   # read before the index is converted (which may detach)
    access = to_index(request_index)
    if access >= length:
        raise JSErrorSignal('RangeError', 'Invalid atomic access index')
    return access * ta.etype.size + ta.byte_offset


# 25.4.3.? RevalidateAtomicAccess ( typedArray, byteIndexInBuffer )
def revalidate(ta, byte_index):
    if ta.viewed_buffer.data is None:
        raise type_error('Atomics operation on a detached ArrayBuffer')
    if byte_index >= ta.byte_offset + ta.length() * ta.etype.size:
        raise JSErrorSignal('RangeError', 'Invalid atomic access index')


def _convert(ta, value):
    """ToBigInt, or ToIntegerOrInfinity as a Number (-0 becomes +0)."""
    if ta.etype.bigint:
        return to_bigint(value)
    return to_integer_or_infinity(value) + 0.0


def _raw(ta, v):
    """The element's integer value of a converted operand (modulo its width)."""
    e = ta.etype
    return e.convert(v)


def _read(ta, byte_index):
    e = ta.etype
    return e.unpack(ta.viewed_buffer.data, byte_index, True)


def _write_int(ta, byte_index, n):
    """Store a Python int, wrapped to the element type."""
    e = ta.etype
    signed = e.name.startswith('Int') or e.name == 'BigInt64'
    n = _modulo_big(n, e.size * 8, signed)
    ta.viewed_buffer.data[byte_index:byte_index + e.size] = struct.pack('<' + e.fmt, n)


def _as_int(value):
    return value.value if not isinstance(value, float) else int(value)


# 25.4.3.17 AtomicReadModifyWrite ( typedArray, index, value, op )
def read_modify_write(args, op):
    ta = validate_integer_typed_array(arg(args, 0))
    byte_index = validate_atomic_access(ta, arg(args, 1))
    v = _convert(ta, arg(args, 2))
    revalidate(ta, byte_index)
    with _LOCK:
        old = _read(ta, byte_index)
        _write_int(ta, byte_index, op(_as_int(old), _raw(ta, v)))
    return old


def _rmw(name, op):
    def fn(realm, this, args):
        return read_modify_write(args, op)
    fn.__name__ = name
    reg.method('Atomics', name, 3)(fn)


# 25.4.4 add, 25.4.5 and, 25.4.7 exchange, 25.4.12 or, 25.4.14 sub, 25.4.16 xor
_rmw('add', lambda a, b: a + b)
_rmw('and', lambda a, b: a & b)
_rmw('exchange', lambda a, b: b)
_rmw('or', lambda a, b: a | b)
_rmw('sub', lambda a, b: a - b)
_rmw('xor', lambda a, b: a ^ b)


# 25.4.6 Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue )
@reg.method('Atomics', 'compareExchange', 4)
def compare_exchange(realm, this, args):
    ta = validate_integer_typed_array(arg(args, 0))
    byte_index = validate_atomic_access(ta, arg(args, 1))
    expected = _convert(ta, arg(args, 2))
    replacement = _convert(ta, arg(args, 3))
    revalidate(ta, byte_index)
    e = ta.etype
    with _LOCK:
        old = _read(ta, byte_index)
        data = ta.viewed_buffer.data
        if data[byte_index:byte_index + e.size] == e.pack(expected, True):
            data[byte_index:byte_index + e.size] = e.pack(replacement, True)
    return old


# 25.4.9 Atomics.isLockFree ( size )
@reg.method('Atomics', 'isLockFree', 1)
def is_lock_free(realm, this, args):
    n = to_integer_or_infinity(arg(args, 0))
    return n in (1, 2, 4, 8)


# 25.4.10 Atomics.load ( typedArray, index )
@reg.method('Atomics', 'load', 2)
def load(realm, this, args):
    ta = validate_integer_typed_array(arg(args, 0))
    byte_index = validate_atomic_access(ta, arg(args, 1))
    revalidate(ta, byte_index)
    with _LOCK:
        return _read(ta, byte_index)


# 25.4.13 Atomics.store ( typedArray, index, value )
@reg.method('Atomics', 'store', 3)
def store(realm, this, args):
    ta = validate_integer_typed_array(arg(args, 0))
    byte_index = validate_atomic_access(ta, arg(args, 1))
    v = _convert(ta, arg(args, 2))
    revalidate(ta, byte_index)
    e = ta.etype
    with _LOCK:
        ta.viewed_buffer.data[byte_index:byte_index + e.size] = e.pack(v, True)
    return v


class Waiter:
    __slots__ = ('notified',)

    def __init__(self):
        self.notified = False


# 25.4.15 Atomics.wait ( typedArray, index, value, timeout ) -> 25.4.3.14 DoWait
@reg.method('Atomics', 'wait', 4)
def wait(realm, this, args):
    ta = validate_integer_typed_array(arg(args, 0), True)
    if not ta.viewed_buffer.shared:
        raise type_error('Atomics.wait needs a typed array on a SharedArrayBuffer')
    byte_index = validate_atomic_access(ta, arg(args, 1))
    v = _convert(ta, arg(args, 2))
    q = to_number(arg(args, 3))
    if q != q or q == math.inf:
        t = math.inf
    elif q == -math.inf:
        t = 0.0
    else:
        t = max(q, 0.0)
    # AgentCanSuspend: true unless the host says otherwise (Node's main thread may
    # block; test262's CanBlockIsFalse tests set it false)
    if not getattr(realm, 'can_block', True):
        raise type_error('Atomics.wait cannot be called in this context')
    key = (id(ta.viewed_buffer.data), byte_index)
    e = ta.etype
    with _LOCK:
        current = ta.viewed_buffer.data[byte_index:byte_index + e.size]
        if current != e.pack(v, True):
            return 'not-equal'
        waiter = Waiter()
        _WAITERS.setdefault(key, []).append(waiter)
        # a timeout the host's clock cannot count to is as good as none (1e300 ms)
        seconds = t / 1000.0
        deadline = None if seconds > threading.TIMEOUT_MAX else time.monotonic() + seconds
        while not waiter.notified:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            _LOCK.wait(remaining)
        if waiter.notified:
            return 'ok'
        _WAITERS[key].remove(waiter)
        return 'timed-out'


# 25.4.16 Atomics.notify ( typedArray, index, count )
@reg.method('Atomics', 'notify', 3)
def notify(realm, this, args):
    ta = validate_integer_typed_array(arg(args, 0), True)
    byte_index = validate_atomic_access(ta, arg(args, 1))
    count = arg(args, 2)
    c = math.inf if count is UNDEFINED else max(to_integer_or_infinity(count), 0.0)
    if not ta.viewed_buffer.shared:
        return 0.0
    key = (id(ta.viewed_buffer.data), byte_index)
    n = 0
    with _LOCK:
        waiters = _WAITERS.get(key, [])
        while waiters and n < c:
            waiters.pop(0).notified = True
            n += 1
        if n:
            _LOCK.notify_all()
    return float(n)


@reg.setup
def setup(realm):
    realm.intrinsics['Atomics'].define(SYM_TO_STRING_TAG, 'Atomics', CONFIGURABLE)

"""23.2.3 Properties of the %TypedArray% Intrinsic Object's prototype."""
import math

from reflow.interp.vm.polling import polled
from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.limits import check_string_length, join_strings
from reflow.interp.vm.operations import to_boolean, to_integer_or_infinity, to_string
from reflow.interp.vm.values import SYM_ITERATOR, UNDEFINED
from .array import includes_in, relative_index, search_forward, sort_values
from .array_methods import search_backward
from .iterator import ArrayIterator
from reflow.interp.vm.function import arg
from .registry import Registry
from .typed_array import (TypedArrayObject, typed_array_create_same_type,
                          typed_array_species_create, this_typed_array,
                          validate_typed_array)

reg = Registry()
P = 'TypedArrayPrototype'


def _key(i):
    return '%d' % i


def _callback(realm, args):
    f = arg(args, 0)
    if not is_callable(f):
        raise type_error('%s is not a function' % realm.describe(f))
    return f


# -- accessors: 23.2.3.1 buffer, 23.2.3.2 byteLength, 23.2.3.3 byteOffset, 23.2.3.21
# length, 23.2.3.38 @@toStringTag --------------------------------------------------

@reg.getter(P, 'buffer')
def get_buffer(realm, this, args):
    return this_typed_array(this, 'get %TypedArray%.prototype.buffer').viewed_buffer


@reg.getter(P, 'byteLength')
def get_byte_length(realm, this, args):
    o = this_typed_array(this, 'get %TypedArray%.prototype.byteLength')
    return float(o.length() * o.etype.size)


@reg.getter(P, 'byteOffset')
def get_byte_offset(realm, this, args):
    o = this_typed_array(this, 'get %TypedArray%.prototype.byteOffset')
    return 0.0 if o.detached else float(o.byte_offset)


@reg.getter(P, 'length')
def get_length(realm, this, args):
    return float(this_typed_array(this, 'get %TypedArray%.prototype.length').length())


@reg.getter(P, '@@toStringTag')
def get_to_string_tag(realm, this, args):
    return this.name if isinstance(this, TypedArrayObject) else UNDEFINED


# 23.2.3.1 %TypedArray%.prototype.at ( index )
@reg.method(P, 'at', 1)
def at(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.at')
    n = o.length()
    rel = to_integer_or_infinity(arg(args, 0))
    k = rel if rel >= 0 else n + rel
    if k < 0 or k >= n:
        return UNDEFINED
    return o.get(_key(int(k)))


# 23.2.3.6 %TypedArray%.prototype.copyWithin ( target, start [ , end ] )
@reg.method(P, 'copyWithin', 2)
def copy_within(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.copyWithin')
    n = o.length()
    to = relative_index(arg(args, 0), n, 0)
    frm = relative_index(arg(args, 1), n, 0)
    final = relative_index(arg(args, 2), n, n)
    count = min(final - frm, n - to)
    if count > 0:
        if o.detached:
            raise type_error('Cannot perform %TypedArray%.prototype.copyWithin on a '
                             'detached ArrayBuffer')
        size = o.etype.size
        base = o.byte_offset
        data = o.viewed_buffer.data
        data[base + to * size:base + (to + count) * size] = \
            data[base + frm * size:base + (frm + count) * size]
    return o


def _iterator(realm, this, kind, method):
    o = validate_typed_array(this, method)
    return ArrayIterator(realm.intrinsics['ArrayIteratorPrototype'], o, kind)


# 23.2.3.7 entries / 23.2.3.19 keys / 23.2.3.35 values
@reg.method(P, 'entries', 0)
def entries(realm, this, args):
    return _iterator(realm, this, 'key+value', '%TypedArray%.prototype.entries')


@reg.method(P, 'keys', 0)
def keys(realm, this, args):
    return _iterator(realm, this, 'key', '%TypedArray%.prototype.keys')


@reg.method(P, 'values', 0)
def values(realm, this, args):
    return _iterator(realm, this, 'value', '%TypedArray%.prototype.values')


def _each(realm, this, args, method):
    o = validate_typed_array(this, method)
    n = o.length()
    return o, n, _callback(realm, args), arg(args, 1)


# 23.2.3.8 every / 23.2.3.29 some
@reg.method(P, 'every', 1)
def every(realm, this, args):
    o, n, f, t = _each(realm, this, args, '%TypedArray%.prototype.every')
    for k in polled(range(n)):
        if not to_boolean(f.call(t, [o.get(_key(k)), float(k), o])):
            return False
    return True


@reg.method(P, 'some', 1)
def some(realm, this, args):
    o, n, f, t = _each(realm, this, args, '%TypedArray%.prototype.some')
    for k in polled(range(n)):
        if to_boolean(f.call(t, [o.get(_key(k)), float(k), o])):
            return True
    return False


# 23.2.3.9 %TypedArray%.prototype.fill ( value [ , start [ , end ] ] )
@reg.method(P, 'fill', 1)
def fill(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.fill')
    n = o.length()
    value = o.etype.to_element(arg(args, 0))
    k = relative_index(arg(args, 1), n, 0)
    final = relative_index(arg(args, 2), n, n)
    if o.detached:
        raise type_error('Cannot perform %TypedArray%.prototype.fill on a detached '
                         'ArrayBuffer')
    final = min(final, o.length())
    if k < final:
        e = o.etype
        o.viewed_buffer.data[o.byte_offset + k * e.size:o.byte_offset + final * e.size] = \
            e.pack(value, True) * (final - k)
    return o


# 23.2.3.10 %TypedArray%.prototype.filter ( callbackfn [ , thisArg ] )
@reg.method(P, 'filter', 1)
def filter_(realm, this, args):
    o, n, f, t = _each(realm, this, args, '%TypedArray%.prototype.filter')
    kept = []
    for k in polled(range(n)):
        v = o.get(_key(k))
        if to_boolean(f.call(t, [v, float(k), o])):
            kept.append(v)
    a = typed_array_species_create(realm, o, [float(len(kept))])
    for i, v in enumerate(kept):
        a.set(_key(i), v)
    return a


def _find(realm, this, args, method, from_end, want_index):
    o, n, f, t = _each(realm, this, args, method)
    for k in (range(n - 1, -1, -1) if from_end else range(n)):
        v = o.get(_key(k))
        if to_boolean(f.call(t, [v, float(k), o])):
            return float(k) if want_index else v
    return -1.0 if want_index else UNDEFINED


# 23.2.3.11 find / 12 findIndex / 13 findLast / 14 findLastIndex
@reg.method(P, 'find', 1)
def find(realm, this, args):
    return _find(realm, this, args, '%TypedArray%.prototype.find', False, False)


@reg.method(P, 'findIndex', 1)
def find_index(realm, this, args):
    return _find(realm, this, args, '%TypedArray%.prototype.findIndex', False, True)


@reg.method(P, 'findLast', 1)
def find_last(realm, this, args):
    return _find(realm, this, args, '%TypedArray%.prototype.findLast', True, False)


@reg.method(P, 'findLastIndex', 1)
def find_last_index(realm, this, args):
    return _find(realm, this, args, '%TypedArray%.prototype.findLastIndex', True, True)


# 23.2.3.15 %TypedArray%.prototype.forEach ( callbackfn [ , thisArg ] )
@reg.method(P, 'forEach', 1)
def for_each(realm, this, args):
    o, n, f, t = _each(realm, this, args, '%TypedArray%.prototype.forEach')
    for k in polled(range(n)):
        f.call(t, [o.get(_key(k)), float(k), o])
    return UNDEFINED


# 23.2.3.16 includes / 23.2.3.17 indexOf / 23.2.3.20 lastIndexOf: Array's loops
@reg.method(P, 'includes', 1)
def includes(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.includes')
    return includes_in(o, o.length(), args)


@reg.method(P, 'indexOf', 1)
def index_of(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.indexOf')
    return search_forward(o, o.length(), args)


@reg.method(P, 'lastIndexOf', 1)
def last_index_of(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.lastIndexOf')
    return search_backward(o, o.length(), args)


# 23.2.3.18 %TypedArray%.prototype.join ( separator )
@reg.method(P, 'join', 1)
def join(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.join')
    n = o.length()
    sep = arg(args, 0)
    sep = ',' if sep is UNDEFINED else to_string(sep)
    check_string_length(len(sep) * (n - 1))   # the separators alone
    parts = []
    for k in polled(range(n)):
        v = o.get(_key(k))
        parts.append('' if v is UNDEFINED else to_string(v))
    return join_strings(parts, sep)


# 23.2.3.22 %TypedArray%.prototype.map ( callbackfn [ , thisArg ] )
@reg.method(P, 'map', 1)
def map_(realm, this, args):
    o, n, f, t = _each(realm, this, args, '%TypedArray%.prototype.map')
    a = typed_array_species_create(realm, o, [float(n)])
    for k in polled(range(n)):
        key = _key(k)
        a.set(key, f.call(t, [o.get(key), float(k), o]))
    return a


def _reduce(realm, this, args, method, order):
    o = validate_typed_array(this, method)
    n = o.length()
    f = _callback(realm, args)
    keys = list(order(n))
    if len(args) >= 2:
        acc = args[1]
    else:
        if not keys:
            raise type_error('Reduce of empty array with no initial value')
        acc = o.get(_key(keys.pop(0)))
    for k in keys:
        acc = f.call(UNDEFINED, [acc, o.get(_key(k)), float(k), o])
    return acc


# 23.2.3.23 reduce / 23.2.3.24 reduceRight
@reg.method(P, 'reduce', 1)
def reduce_(realm, this, args):
    return _reduce(realm, this, args, '%TypedArray%.prototype.reduce', range)


@reg.method(P, 'reduceRight', 1)
def reduce_right(realm, this, args):
    return _reduce(realm, this, args, '%TypedArray%.prototype.reduceRight',
                   lambda n: range(n - 1, -1, -1))


# 23.2.3.25 %TypedArray%.prototype.reverse ( )
@reg.method(P, 'reverse', 0)
def reverse(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.reverse')
    n = o.length()
    items = [o.read(i) for i in polled(range(n))]
    for i, v in enumerate(reversed(items)):
        o.set_element(float(i), v)
    return o


# 23.2.3.26 %TypedArray%.prototype.set ( source [ , offset ] )
@reg.method(P, 'set', 1)
def set_(realm, this, args):
    target = this_typed_array(this, '%TypedArray%.prototype.set')
    offset = to_integer_or_infinity(arg(args, 1))
    if offset < 0:
        raise JSErrorSignal('RangeError', 'offset is out of bounds')
    source = arg(args, 0)
    if isinstance(source, TypedArrayObject):
        _set_from_typed_array(target, offset, source)
    else:
        _set_from_array_like(realm, target, offset, source)
    return UNDEFINED


def _detached(method):
    return type_error('Cannot perform %s on a detached ArrayBuffer' % method)


# 23.2.3.26.1 SetTypedArrayFromTypedArray ( target, targetOffset, source )
def _set_from_typed_array(target, offset, source):
    if target.detached or source.detached:
        raise _detached('%TypedArray%.prototype.set')
    target_length, src_length = target.array_length, source.array_length
    if target.etype.bigint != source.etype.bigint:
        raise type_error('Content types differ: cannot mix BigInt and other types')
    if offset == math.inf or src_length + offset > target_length:
        raise JSErrorSignal('RangeError', 'offset is out of bounds')
    offset = int(offset)
    src_data = source.viewed_buffer.data
    start = source.byte_offset
    size = source.etype.size
    chunk = bytes(src_data[start:start + src_length * size])   # a clone if they overlap
    if target.etype is source.etype:
        at = target.byte_offset + offset * size
        target.viewed_buffer.data[at:at + len(chunk)] = chunk
        return
    values = [source.etype.unpack(chunk, i * size, True) for i in range(src_length)]
    for i, v in enumerate(values):
        target.set_element(float(offset + i), v)


# 23.2.3.26.2 SetTypedArrayFromArrayLike ( target, targetOffset, source )
def _set_from_array_like(realm, target, offset, source):
    if target.detached:
        raise _detached('%TypedArray%.prototype.set')
    target_length = target.array_length
    src = realm.to_object(source)
    from reflow.interp.vm.operations import length_of_array_like
    src_length = length_of_array_like(src)
    if offset == math.inf or src_length + offset > target_length:
        raise JSErrorSignal('RangeError', 'offset is out of bounds')
    offset = int(offset)
    for k in polled(range(src_length)):
        target.set_element(float(offset + k), src.get(_key(k)))


# 23.2.3.27 %TypedArray%.prototype.slice ( start, end )
@reg.method(P, 'slice', 2)
def slice_(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.slice')
    n = o.length()
    k = relative_index(arg(args, 0), n, 0)
    final = relative_index(arg(args, 1), n, n)
    count = max(final - k, 0)
    a = typed_array_species_create(realm, o, [float(count)])
    if count > 0:
        if o.detached:
            raise _detached('%TypedArray%.prototype.slice')
        final = min(final, o.length())
        if a.etype is o.etype:
            size = o.etype.size
            src = o.viewed_buffer.data
            start = o.byte_offset + k * size
            count_bytes = max(final - k, 0) * size
            at = a.byte_offset
            dst = a.viewed_buffer.data
            if dst is src:
                # the species constructor may hand back a view on the same buffer: the
                # spec copies byte by byte, forwards
                for i in range(count_bytes):
                    dst[at + i] = src[start + i]
            else:
                dst[at:at + count_bytes] = src[start:start + count_bytes]
        else:
            i = 0
            while k < final:
                a.set(_key(i), o.get(_key(k)))
                k += 1
                i += 1
    return a


def _numeric_sort(items):
    # 23.2.4.7 CompareTypedArrayElements without a comparator: -0 before +0, NaN last
    def key(v):
        x = v.value if not isinstance(v, float) else v
        if x != x:
            return (1, 0.0, 0)
        return (0, x, 0 if x != 0 or math.copysign(1, x) < 0 else 1)
    return sorted(items, key=key)


def _sorted(realm, o, cmp):
    items = [o.read(i) for i in range(o.length())]
    if cmp is UNDEFINED:
        return _numeric_sort(items)
    return sort_values(items, cmp)


# 23.2.3.29 %TypedArray%.prototype.sort ( comparefn )
@reg.method(P, 'sort', 1)
def sort(realm, this, args):
    cmp = arg(args, 0)
    if cmp is not UNDEFINED and not is_callable(cmp):
        raise type_error('The comparison function must be either a function or undefined')
    o = validate_typed_array(this, '%TypedArray%.prototype.sort')
    for i, v in enumerate(_sorted(realm, o, cmp)):
        o.set_element(float(i), v)
    return o


# 23.2.3.30 %TypedArray%.prototype.subarray ( start, end )
@reg.method(P, 'subarray', 2)
def subarray(realm, this, args):
    o = this_typed_array(this, '%TypedArray%.prototype.subarray')
    n = o.length()
    begin = relative_index(arg(args, 0), n, 0)
    end = relative_index(arg(args, 1), n, n)
    new_length = max(end - begin, 0)
    offset = o.byte_offset + begin * o.etype.size
    return typed_array_species_create(realm, o, [o.viewed_buffer, float(offset),
                                                 float(new_length)])


# 23.2.3.31 %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
@reg.method(P, 'toLocaleString', 0)
def to_locale_string(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.toLocaleString')
    from .array_methods import join_locale_strings
    return join_locale_strings(realm, o, o.length())


# 23.2.3.32 %TypedArray%.prototype.toReversed ( )
@reg.method(P, 'toReversed', 0)
def to_reversed(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.toReversed')
    n = o.length()
    a = typed_array_create_same_type(realm, o, n)
    for k in polled(range(n)):
        a.set_element(float(k), o.read(n - k - 1))
    return a


# 23.2.3.33 %TypedArray%.prototype.toSorted ( comparefn )
@reg.method(P, 'toSorted', 1)
def to_sorted(realm, this, args):
    cmp = arg(args, 0)
    if cmp is not UNDEFINED and not is_callable(cmp):
        raise type_error('The comparison function must be either a function or undefined')
    o = validate_typed_array(this, '%TypedArray%.prototype.toSorted')
    a = typed_array_create_same_type(realm, o, o.length())
    for i, v in enumerate(_sorted(realm, o, cmp)):
        a.set_element(float(i), v)
    return a


# 23.2.3.36 %TypedArray%.prototype.with ( index, value )
@reg.method(P, 'with', 2)
def with_(realm, this, args):
    o = validate_typed_array(this, '%TypedArray%.prototype.with')
    n = o.length()
    rel = to_integer_or_infinity(arg(args, 0))
    actual = rel if rel >= 0 else n + rel
    value = o.etype.to_element(arg(args, 1))
    if not o.valid_index(float(actual)):
        raise JSErrorSignal('RangeError', 'Invalid typed array index')
    actual = int(actual)
    a = typed_array_create_same_type(realm, o, n)
    for k in polled(range(n)):
        a.set_element(float(k), value if k == actual else o.get(_key(k)))
    return a


@reg.setup
def setup(realm):
    I = realm.intrinsics
    proto = I[P]
    values_fn = proto.get('values')
    proto.define(SYM_ITERATOR, values_fn)
    # 23.2.3.34 %TypedArray%.prototype.toString is Array.prototype.toString
    proto.define('toString', I['ArrayPrototype'].get('toString'))


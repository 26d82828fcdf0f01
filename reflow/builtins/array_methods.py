"""23.1 Array Objects, continued: Array.from, @@species and the Array.prototype methods
that move, insert or copy elements (array.py has the iteration methods)."""
from reflow.interp.vm.polling import polled
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.function import is_callable, is_constructor
from reflow.interp.vm.objects import JSArray, JSObject, create_data_property_or_throw
from reflow.interp.vm.operations import to_integer_or_infinity, to_string
from reflow.interp.vm.proxy import is_array
from reflow.interp.vm.realm import IteratorRecord
from reflow.interp.vm.values import NULL, SYM_ITERATOR, UNDEFINED
from .array import (MAX_SAFE, _fail, array_create, array_species_create, callback,
                    join_cycle_safe, key, reduce_elements, relative_index, set_length,
                    sort_values)
from .array_indices import element_indices, moved_indices
from reflow.interp.vm.operations import length_of_array_like
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


def _delete_or_throw(o, k):
    if not o.delete(k):
        raise type_error("Cannot delete property '%s'" % k)


def _set_or_throw(o, k, v):
    if not o.set(k, v):
        _fail(k)


def _length_error():
    return type_error('Invalid array length: the result would exceed 2^53 - 1')


# 23.1.2.1 Array.from ( items [ , mapfn [ , thisArg ] ] )
@reg.method('Array', 'from', 1)
def array_from(realm, this, args):
    items, mapfn, this_arg = arg(args, 0), arg(args, 1), arg(args, 2)
    mapping = mapfn is not UNDEFINED
    if mapping and not is_callable(mapfn):
        raise type_error('%s is not a function' % realm.describe(mapfn))
    using_iterator = UNDEFINED
    if items is not UNDEFINED and items is not NULL:
        from reflow.interp.vm.references import get_value
        using_iterator = get_value(realm, items, SYM_ITERATOR)
        if using_iterator is NULL:
            using_iterator = UNDEFINED
        elif using_iterator is not UNDEFINED and not is_callable(using_iterator):
            raise type_error('%s is not a function' % realm.describe(using_iterator))
    if using_iterator is not UNDEFINED:
        a = this.construct([], this) if is_constructor(this) else array_create(realm, 0)
        # 7.4.? GetIteratorFromMethod
        it = using_iterator.call(items, [])
        if not isinstance(it, JSObject):
            raise type_error('Result of the Symbol.iterator method is not an object')
        record = IteratorRecord(realm, it, it.get('next'))
        k = 0
        while True:
            if k >= MAX_SAFE:
                err = _length_error()
                record.close_on_throw()
                raise err
            value, done = record.step()
            if done:
                set_length(a, k)
                return a
            try:
                if mapping:
                    value = mapfn.call(this_arg, [value, float(k)])
                create_data_property_or_throw(a, key(k), value)
            except (JSThrow, JSErrorSignal):
                record.close_on_throw()
                raise
            k += 1
    # an array-like
    array_like = realm.to_object(items)
    n = length_of_array_like(array_like)
    a = this.construct([float(n)], this) if is_constructor(this) \
        else array_create(realm, n)
    for k in polled(range(n)):
        value = array_like.get(key(k))
        if mapping:
            value = mapfn.call(this_arg, [value, float(k)])
        create_data_property_or_throw(a, key(k), value)
    set_length(a, n)
    return a


# 23.1.2.5 get Array [ @@species ]
@reg.getter('Array', '@@species')
def species(realm, this, args):
    return this


# 23.1.3.1 Array.prototype.at ( index )
@reg.method('ArrayPrototype', 'at', 1)
def at(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    rel = to_integer_or_infinity(arg(args, 0))
    k = rel if rel >= 0 else n + rel
    if k < 0 or k >= n:
        return UNDEFINED
    return o.get(key(int(k)))


# 23.1.3.4 Array.prototype.copyWithin ( target, start [ , end ] )
@reg.method('ArrayPrototype', 'copyWithin', 2)
def copy_within(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    to = relative_index(arg(args, 0), n, 0)
    frm = relative_index(arg(args, 1), n, 0)
    final = relative_index(arg(args, 2), n, n)
    count = min(final - frm, n - to)
    if count <= 0:
        return o
    # copying backwards when the target overlaps the source's end
    _move_elements(o, frm, to, count, frm < to < frm + count)
    return o


def _move_elements(o, source, target, count, descending):
    """Element source + j to target + j (a hole deletes the target) for j in
    [0, count): the loop of copyWithin, splice, shift and unshift."""
    for j in moved_indices(o, source, target, count, descending):
        fk, tk = key(source + j), key(target + j)
        if o.has_property(fk):
            _set_or_throw(o, tk, o.get(fk))
        else:
            _delete_or_throw(o, tk)


# 23.1.3.7 Array.prototype.fill ( value [ , start [ , end ] ] )
@reg.method('ArrayPrototype', 'fill', 1)
def fill(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    value = arg(args, 0)
    k = relative_index(arg(args, 1), n, 0)
    final = relative_index(arg(args, 2), n, n)
    for k in polled(range(k, final)):
        _set_or_throw(o, key(k), value)
    return o


# 23.1.3.13.1 FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapper,
# thisArg ] )
def flatten_into_array(realm, target, source, source_len, start, depth, mapper=None,
                       this_arg=UNDEFINED):
    target_index = start
    for source_index in element_indices(source, 0, source_len):
        p = key(source_index)
        if not source.has_property(p):
            continue
        element = source.get(p)
        if mapper is not None:
            element = mapper.call(this_arg, [element, float(source_index), source])
        if depth > 0 and is_array(element):
            target_index = flatten_into_array(realm, target, element,
                                              length_of_array_like(element),
                                              target_index, depth - 1)
        else:
            if target_index >= MAX_SAFE:
                raise _length_error()
            create_data_property_or_throw(target, key(target_index), element)
            target_index += 1
    return target_index


# 23.1.3.13 Array.prototype.flat ( [ depth ] )
@reg.method('ArrayPrototype', 'flat', 0)
def flat(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    depth = 1
    if arg(args, 0) is not UNDEFINED:
        depth = to_integer_or_infinity(args[0])
        if depth < 0:
            depth = 0
    a = array_species_create(realm, o, 0)
    flatten_into_array(realm, a, o, n, 0, depth)
    return a


# 23.1.3.14 Array.prototype.flatMap ( mapperFunction [ , thisArg ] )
@reg.method('ArrayPrototype', 'flatMap', 1)
def flat_map(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    mapper = arg(args, 0)
    if not is_callable(mapper):
        raise type_error('flatMap mapper function is not callable')
    a = array_species_create(realm, o, 0)
    flatten_into_array(realm, a, o, n, 0, 1, mapper, arg(args, 1))
    return a


# 23.1.3.20 Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
@reg.method('ArrayPrototype', 'lastIndexOf', 1)
def last_index_of(realm, this, args):
    o = realm.to_object(this)
    return search_backward(o, length_of_array_like(o), args)


def search_backward(o, n, args):
    """The loop of Array and %TypedArray% lastIndexOf."""
    from reflow.interp.vm.operations import strictly_equal
    if n == 0:
        return -1.0
    from_index = to_integer_or_infinity(args[1]) if len(args) > 1 else n - 1
    if from_index == float('-inf'):
        return -1.0
    k = int(min(from_index, n - 1)) if from_index >= 0 else int(n + from_index)
    target = arg(args, 0)
    for i in element_indices(o, 0, k + 1, descending=True):
        p = key(i)
        if o.has_property(p) and strictly_equal(o.get(p), target):
            return float(i)
    return -1.0


# 23.1.3.25 Array.prototype.reduceRight ( callbackfn [ , initialValue ] )
@reg.method('ArrayPrototype', 'reduceRight', 1)
def reduce_right(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    f = callback(args)
    return reduce_elements(o, n, f, args, True)


# 23.1.3.27 Array.prototype.shift ( )
@reg.method('ArrayPrototype', 'shift', 0)
def shift(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    if n == 0:
        set_length(o, 0)
        return UNDEFINED
    first = o.get('0')
    _move_elements(o, 1, 0, n - 1, False)
    _delete_or_throw(o, key(n - 1))
    set_length(o, n - 1)
    return first


# 23.1.3.37 Array.prototype.unshift ( ...items )
@reg.method('ArrayPrototype', 'unshift', 1)
def unshift(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    count = len(args)
    if count > 0:
        if n + count > MAX_SAFE:
            raise _length_error()
        _move_elements(o, 0, count, n, True)
        for j, v in enumerate(args):
            _set_or_throw(o, key(j), v)
    set_length(o, n + count)
    return float(n + count)


def _splice_counts(args, n):
    """The start, the number of elements to remove and the items to insert, as
    Array.prototype.splice and toSpliced read them from their arguments."""
    start = relative_index(arg(args, 0), n, 0)
    if len(args) == 0:
        skip = 0
    elif len(args) == 1:
        skip = n - start
    else:
        dc = to_integer_or_infinity(args[1])
        skip = int(min(max(dc, 0), n - start))
    return start, skip, list(args[2:])


# 23.1.3.29 Array.prototype.splice ( start, deleteCount, ...items )
@reg.method('ArrayPrototype', 'splice', 2)
def splice(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    start, delete_count, items = _splice_counts(args, n)
    item_count = len(items)
    if n + item_count - delete_count > MAX_SAFE:
        raise _length_error()
    a = array_species_create(realm, o, delete_count)
    for k in element_indices(o, start, start + delete_count):
        frm = key(k)
        if o.has_property(frm):
            create_data_property_or_throw(a, key(k - start), o.get(frm))
    set_length(a, delete_count)
    if item_count != delete_count:
        # the elements after the removed ones move to their new place (from the end
        # when they move up)
        _move_elements(o, start + delete_count, start + item_count,
                       n - delete_count - start, item_count > delete_count)
    if item_count < delete_count:
        for k in element_indices(o, n - delete_count + item_count, n, descending=True,
                                 static=True):
            _delete_or_throw(o, key(k))
    for j, v in enumerate(items):
        _set_or_throw(o, key(start + j), v)
    set_length(o, n - delete_count + item_count)
    return a


# 23.1.3.31 Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
@reg.method('ArrayPrototype', 'toLocaleString', 0)
def to_locale_string(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    return join_cycle_safe(o, lambda: join_locale_strings(realm, o, n))


def join_locale_strings(realm, o, n):
    """The elements' toLocaleString() results joined with ',' (undefined and null as
    empty strings): the loop of Array and %TypedArray% toLocaleString."""
    from reflow.interp.vm.references import get_value
    parts = []
    for k in polled(range(n)):
        v = o.get(key(k))
        if v is UNDEFINED or v is NULL:
            parts.append('')
            continue
        f = get_value(realm, v, 'toLocaleString')
        if not is_callable(f):
            raise type_error('toLocaleString is not a function')
        parts.append(to_string(f.call(v, [])))
    return ','.join(parts)


def _check_new_length(n):
    """ArrayCreate's RangeError, before any element is read."""
    if n > 4294967295:
        raise JSErrorSignal('RangeError', 'Invalid array length')


def _array_of(realm, values):
    """A new Array of the list values (ArrayCreate + CreateDataPropertyOrThrow of each)."""
    return JSArray(realm.intrinsics['ArrayPrototype'], items=values)


# 23.1.3.33 Array.prototype.toReversed ( )
@reg.method('ArrayPrototype', 'toReversed', 0)
def to_reversed(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    _check_new_length(n)
    return _array_of(realm, [o.get(key(n - k - 1)) for k in polled(range(n))])


# 23.1.3.34 Array.prototype.toSorted ( comparefn )
@reg.method('ArrayPrototype', 'toSorted', 1)
def to_sorted(realm, this, args):
    cmp = arg(args, 0)
    if cmp is not UNDEFINED and not is_callable(cmp):
        raise type_error('The comparison function must be either a function or undefined')
    o = realm.to_object(this)
    n = length_of_array_like(o)
    _check_new_length(n)
    return _array_of(realm, sort_values([o.get(key(k)) for k in polled(range(n))], cmp))


# 23.1.3.35 Array.prototype.toSpliced ( start, skipCount, ...items )
@reg.method('ArrayPrototype', 'toSpliced', 2)
def to_spliced(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    start, skip, items = _splice_counts(args, n)
    new_len = n + len(items) - skip
    if new_len > MAX_SAFE:
        raise _length_error()
    _check_new_length(new_len)
    values = [o.get(key(k)) for k in polled(range(start))]
    values.extend(items)
    values.extend(o.get(key(k)) for k in polled(range(start + skip, n)))
    return _array_of(realm, values)


# 23.1.3.39 Array.prototype.with ( index, value )
@reg.method('ArrayPrototype', 'with', 2)
def with_(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    rel = to_integer_or_infinity(arg(args, 0))
    actual = rel if rel >= 0 else n + rel
    if actual >= n or actual < 0:
        raise JSErrorSignal('RangeError', 'Invalid index : %s' % to_string(arg(args, 0)))
    actual = int(actual)
    value = arg(args, 1)
    _check_new_length(n)
    return _array_of(realm, [value if k == actual else o.get(key(k))
                             for k in polled(range(n))])


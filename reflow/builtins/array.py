"""23.1 Array Objects."""
import threading
from functools import cmp_to_key

from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.function import is_callable, is_constructor
from reflow.interp.vm.limits import check_string_length
from reflow.interp.vm.objects import (Descriptor, JSArray, JSObject, MISSING,
                                      create_data_property, create_data_property_or_throw,
                                      get_element, has_element)
from reflow.interp.vm.polling import polled
from reflow.interp.vm.operations import (to_boolean, to_integer_or_infinity, to_number,
                                         to_string, strictly_equal, same_value)
from reflow.interp.vm.values import NULL, SYM_ITERATOR, SYM_UNSCOPABLES, UNDEFINED
from reflow.interp.vm.references import describe
# 7.2.2 IsArray ( argument ) sees through proxies; a revoked one is a TypeError
from reflow.interp.vm.proxy import get_prototype_from_constructor, is_array
from .array_indices import element_indices, present_indices, walks_whole
from reflow.interp.vm.operations import length_of_array_like
from .iterator import ArrayIterator
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()
MAX_SAFE = 2 ** 53 - 1


def key(i):
    return '%d' % i


def set_length(obj, n):
    if not obj.set('length', float(n)):
        raise type_error("Cannot assign to read only property 'length'")


def callback(args):
    f = arg(args, 0)
    if not is_callable(f):
        raise type_error('%s is not a function' % describe(f))
    return f


def relative_index(value, length, default):
    if value is UNDEFINED:
        return default
    n = to_integer_or_infinity(value)
    if n < 0:
        return int(max(length + n, 0)) if n != float('-inf') else 0
    return int(min(n, length))


# 10.4.2.2 ArrayCreate ( length [ , proto ] )
def array_create(realm, length, proto=None):
    if length > 4294967295:
        raise JSErrorSignal('RangeError', 'Invalid array length')
    return JSArray(proto or realm.intrinsics['ArrayPrototype'], int(length))


# 10.4.2.3 ArraySpeciesCreate ( originalArray, length )
def array_species_create(realm, original, length):
    if not is_array(original):
        return array_create(realm, length)
    c = original.get('constructor')
    if is_constructor(c) and c is not realm.intrinsics['Array'] and \
            getattr(c, 'realm', realm) is not realm and \
            c is c.realm.intrinsics.get('Array'):
        c = UNDEFINED
    if isinstance(c, JSObject):
        from reflow.interp.vm.values import SYM_SPECIES
        c = c.get(SYM_SPECIES)
        if c is NULL:
            c = UNDEFINED
    if c is UNDEFINED:
        return array_create(realm, length)
    if not is_constructor(c):
        raise type_error('species is not a constructor')
    return c.construct([float(length)], c)


# 23.1.1.1 Array ( ...values )
@reg.constructor('Array', 1, 'ArrayPrototype')
def array_ctor(realm, this, args, new_target):
    proto = None
    if new_target is not None:
        proto = get_prototype_from_constructor(realm, new_target, 'ArrayPrototype')
    if len(args) == 1:
        n = args[0]
        if type(n) is not float:
            a = array_create(realm, 0, proto)
            create_data_property_or_throw(a, '0', n)
            return a
        if n != n or n < 0 or n > 4294967295 or not n.is_integer():
            raise JSErrorSignal('RangeError', 'Invalid array length')
        return array_create(realm, n, proto)
    a = array_create(realm, 0, proto)
    for v in args:
        a.push_own(v)
    return a


# 23.1.2.2 Array.isArray ( arg )
@reg.method('Array', 'isArray', 1)
def array_is_array(realm, this, args):
    return is_array(arg(args, 0))


# 23.1.2.3 Array.of ( ...items )
@reg.method('Array', 'of', 0)
def array_of(realm, this, args):
    n = float(len(args))
    a = this.construct([n], this) if is_constructor(this) else array_create(realm, n)
    for i, v in enumerate(args):
        create_data_property_or_throw(a, key(i), v)
    set_length(a, len(args))
    return a


# 23.1.3.23 Array.prototype.push ( ...items )
@reg.method('ArrayPrototype', 'push', 1)
def push(realm, this, args):
    if type(this) is JSArray:   # (its length is its own data property, a valid length)
        o = this
        n = this.length
    else:
        o = realm.to_object(this)
        n = length_of_array_like(o)
    if n + len(args) > MAX_SAFE:
        raise type_error('Pushing %d elements on an array-like of length %d is disallowed'
                         % (len(args), n))
    # on an array whose length n can only grow by an own element, Set(O, n, v) is
    # put_new (which updates the length, as the Set of 'length' would)
    fast = type(o) is JSArray and o.length == n
    for v in args:
        if not (fast and o.put_new(n, v)):
            fast = False
            if not o.set(key(n), v):
                raise type_error("Cannot add property %d, object is not extensible" % n)
        n += 1
    if not fast or not args:
        set_length(o, n)   # (a push of nothing still writes length, and may throw)
    return float(n)


# 23.1.3.22 Array.prototype.pop ( )
@reg.method('ArrayPrototype', 'pop', 0)
def pop(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    if n == 0:
        set_length(o, 0)
        return UNDEFINED
    k = key(n - 1)
    v = o.get(k)
    if not o.delete(k):
        raise type_error("Cannot delete property '%s'" % k)
    set_length(o, n - 1)
    return v


# The arrays whose join is running, per thread (runtimes in two threads join at once).
# Web reality (V8, SpiderMonkey, JSC): joining an array already being joined gives ''
# instead of recursing until the stack overflows.
_JOINS = threading.local()


def join_cycle_safe(o, joiner):
    """joiner() for the array o, or '' when o's join is already on the stack."""
    joining = getattr(_JOINS, 'stack', None)
    if joining is None:
        joining = _JOINS.stack = []
    if any(x is o for x in joining):
        return ''
    joining.append(o)
    try:
        return joiner()
    finally:
        joining.pop()


# 23.1.3.18 Array.prototype.join ( separator )
@reg.method('ArrayPrototype', 'join', 1)
def join(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    sep = arg(args, 0)
    sep = ',' if sep is UNDEFINED else to_string(sep)
    return join_cycle_safe(o, lambda: _join(o, n, sep))


def _join(o, n, sep):
    # the separators before element i are i of them: a run of holes is a run of them
    parts = []
    size = 0
    last = 0
    for i in element_indices(o, 0, n):
        v = get_element(o, i)
        s = '' if v is UNDEFINED or v is NULL else to_string(v)
        size += (i - last) * len(sep) + len(s)
        check_string_length(size)
        if i > last:
            parts.append(sep * (i - last))
        parts.append(s)
        last = i
    if n > 1 and last < n - 1:
        check_string_length(size + (n - 1 - last) * len(sep))
        parts.append(sep * (n - 1 - last))
    return ''.join(parts)


# 23.1.3.36 Array.prototype.toString ( )
@reg.method('ArrayPrototype', 'toString', 0)
def array_to_string(realm, this, args):
    o = realm.to_object(this)
    f = o.get('join')
    if not is_callable(f):
        f = realm.intrinsics['ObjectProto_toString']
    return f.call(o, [])


def _iterate(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    f = callback(args)
    return o, n, f, arg(args, 1)


# 23.1.3.15 Array.prototype.forEach ( callbackfn [ , thisArg ] )
@reg.method('ArrayPrototype', 'forEach', 1)
def for_each(realm, this, args):
    o, n, f, t = _iterate(realm, this, args)
    for i in element_indices(o, 0, n):
        if has_element(o, i):
            f.call(t, [get_element(o, i), float(i), o])
    return UNDEFINED


# 23.1.3.21 Array.prototype.map ( callbackfn [ , thisArg ] )
@reg.method('ArrayPrototype', 'map', 1)
def map_(realm, this, args):
    o, n, f, t = _iterate(realm, this, args)
    a = array_species_create(realm, o, n)
    for i in element_indices(o, 0, n):
        if has_element(o, i):
            create_data_property_or_throw(a, key(i), f.call(t, [get_element(o, i), float(i),
                                                                o]))
    return a


# 23.1.3.8 Array.prototype.filter ( callbackfn [ , thisArg ] )
@reg.method('ArrayPrototype', 'filter', 1)
def filter_(realm, this, args):
    o, n, f, t = _iterate(realm, this, args)
    a = array_species_create(realm, o, 0)
    to = 0
    for i in element_indices(o, 0, n):
        if has_element(o, i):
            v = get_element(o, i)
            if to_boolean(f.call(t, [v, float(i), o])):
                create_data_property_or_throw(a, key(to), v)
                to += 1
    return a


def _some_every(realm, this, args, want):
    o, n, f, t = _iterate(realm, this, args)
    for i in element_indices(o, 0, n):
        if has_element(o, i):
            if to_boolean(f.call(t, [get_element(o, i), float(i), o])) == want:
                return want
    return not want


@reg.method('ArrayPrototype', 'some', 1)
def some(realm, this, args):
    return _some_every(realm, this, args, True)


@reg.method('ArrayPrototype', 'every', 1)
def every(realm, this, args):
    return _some_every(realm, this, args, False)


# 23.1.3.24 Array.prototype.reduce ( callbackfn [ , initialValue ] )
@reg.method('ArrayPrototype', 'reduce', 1)
def reduce_(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    f = callback(args)
    return reduce_elements(o, n, f, args, False)


def reduce_elements(o, n, f, args, from_end):
    """The loop of reduce and reduceRight: the first present element (from the end
    for reduceRight) is the start value unless one is given."""
    acc = args[1] if len(args) >= 2 else MISSING
    for i in element_indices(o, 0, n, from_end):
        if has_element(o, i):
            if acc is MISSING:
                acc = get_element(o, i)
            else:
                acc = f.call(UNDEFINED, [acc, get_element(o, i), float(i), o])
    if acc is MISSING:
        raise type_error('Reduce of empty array with no initial value')
    return acc


def _find(realm, this, args, from_end, want_index):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    f = callback(args)
    t = arg(args, 1)
    order = range(n - 1, -1, -1) if from_end else range(n)
    for i in order:
        v = get_element(o, i)
        if to_boolean(f.call(t, [v, float(i), o])):
            return float(i) if want_index else v
    return -1.0 if want_index else UNDEFINED


@reg.method('ArrayPrototype', 'find', 1)
def find(realm, this, args):
    return _find(realm, this, args, False, False)


@reg.method('ArrayPrototype', 'findIndex', 1)
def find_index(realm, this, args):
    return _find(realm, this, args, False, True)


@reg.method('ArrayPrototype', 'findLast', 1)
def find_last(realm, this, args):
    return _find(realm, this, args, True, False)


@reg.method('ArrayPrototype', 'findLastIndex', 1)
def find_last_index(realm, this, args):
    return _find(realm, this, args, True, True)


# 23.1.3.17 Array.prototype.indexOf ( searchElement [ , fromIndex ] )
@reg.method('ArrayPrototype', 'indexOf', 1)
def index_of(realm, this, args):
    o = realm.to_object(this)
    return search_forward(o, length_of_array_like(o), args)


def search_forward(o, n, args):
    """The loop of Array and %TypedArray% indexOf: the first present element from
    fromIndex on that is strictly equal to searchElement."""
    if n == 0:
        return -1.0
    start = relative_index(arg(args, 1), n, 0)
    target = arg(args, 0)
    for i in element_indices(o, start, n):
        if has_element(o, i) and strictly_equal(get_element(o, i), target):
            return float(i)
    return -1.0


# 7.2.11 SameValueZero ( x, y )
def same_value_zero(x, y):
    if type(x) is float and type(y) is float:
        return x == y or (x != x and y != y)
    return same_value(x, y)


# 23.1.3.16 Array.prototype.includes ( searchElement [ , fromIndex ] )
@reg.method('ArrayPrototype', 'includes', 1)
def includes(realm, this, args):
    o = realm.to_object(this)
    return includes_in(o, length_of_array_like(o), args)


def includes_in(o, n, args):
    """The loop of Array and %TypedArray% includes (holes read as undefined)."""
    if n == 0:
        return False
    start = relative_index(arg(args, 1), n, 0)
    target = arg(args, 0)
    last = start - 1
    for i in element_indices(o, start, n):
        if i > last + 1 and target is UNDEFINED:
            return True   # a skipped hole reads as undefined
        if same_value_zero(get_element(o, i), target):
            return True
        last = i
    return target is UNDEFINED and last < n - 1


# 23.1.3.28 Array.prototype.slice ( start, end )
@reg.method('ArrayPrototype', 'slice', 2)
def slice_(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    k = relative_index(arg(args, 0), n, 0)
    final = relative_index(arg(args, 1), n, n)
    count = max(final - k, 0)
    a = array_species_create(realm, o, count)
    for i in element_indices(o, k, final):
        if has_element(o, i):
            create_data_property_or_throw(a, key(i - k), get_element(o, i))
    set_length(a, count)
    return a


# 23.1.3.1 Array.prototype.concat ( ...items )
@reg.method('ArrayPrototype', 'concat', 1)
def concat(realm, this, args):
    from reflow.interp.vm.values import SYM_IS_CONCAT_SPREADABLE
    o = realm.to_object(this)
    a = array_species_create(realm, o, 0)
    n = 0
    for e in [o] + list(args):
        spreadable = False
        if isinstance(e, JSObject):
            s = e.get(SYM_IS_CONCAT_SPREADABLE)
            spreadable = to_boolean(s) if s is not UNDEFINED else is_array(e)
        if spreadable:
            length = length_of_array_like(e)
            if n + length > MAX_SAFE:
                raise type_error('Invalid array length')
            for i in element_indices(e, 0, length):
                if has_element(e, i):
                    create_data_property_or_throw(a, key(n + i), get_element(e, i))
            n += length
        else:
            if n >= MAX_SAFE:
                raise type_error('Invalid array length')
            create_data_property_or_throw(a, key(n), e)
            n += 1
    set_length(a, n)
    return a


# 23.1.3.26 Array.prototype.reverse ( )
@reg.method('ArrayPrototype', 'reverse', 0)
def reverse(realm, this, args):
    o = realm.to_object(this)
    n = length_of_array_like(o)
    half = n // 2
    if walks_whole(o, 0, n):
        lowers = range(half)
    else:   # the pairs with an element at either end
        lowers = sorted(set(i if i < half else n - 1 - i for i in present_indices(o, 0, n)
                            if i < half or i >= n - half))
    for lower in polled(lowers):
        upper = n - lower - 1
        lk, uk = key(lower), key(upper)
        lower_exists = o.has_property(lk)
        lv = o.get(lk) if lower_exists else UNDEFINED
        upper_exists = o.has_property(uk)
        uv = o.get(uk) if upper_exists else UNDEFINED
        if lower_exists and upper_exists:
            o.set(lk, uv) or _fail(lk)
            o.set(uk, lv) or _fail(uk)
        elif upper_exists:
            o.set(lk, uv) or _fail(lk)
            o.delete(uk) or _fail(uk)
        elif lower_exists:
            o.delete(lk) or _fail(lk)
            o.set(uk, lv) or _fail(uk)
    return o


def _fail(k):
    raise type_error("Cannot assign to read only property '%s'" % k)


# 23.1.3.30 Array.prototype.sort ( comparefn ) with 23.1.3.30.2 SortIndexedProperties
@reg.method('ArrayPrototype', 'sort', 1)
def sort(realm, this, args):
    cmp = arg(args, 0)
    if cmp is not UNDEFINED and not is_callable(cmp):
        raise type_error('The comparison function must be either a function or undefined')
    o = realm.to_object(this)
    n = length_of_array_like(o)
    dense = o.dense if type(o) is JSArray else None
    if dense is not None and len(dense) == n:
        items = list(dense)   # (reading default data elements observes nothing)
    else:
        items = [get_element(o, i) for i in element_indices(o, 0, n) if has_element(o, i)]
    items = sort_values(items, cmp)
    for i in polled(range(len(items))):
        if not (o.set_index(i, items[i]) if type(o) is JSArray else o.set(key(i), items[i])):
            _fail(key(i))
    # (the comparator may have added elements past the sorted ones: look again)
    for i in element_indices(o, len(items), n, static=True):
        if not o.delete(key(i)):
            _fail(key(i))
    return o


def sort_values(items, cmp):
    """23.1.3.30.2 CompareArrayElements: undefineds last, stable (Python's sort is a
    stable merge sort, and tolerates inconsistent comparators)."""
    undefs = [v for v in items if v is UNDEFINED]
    vals = [v for v in items if v is not UNDEFINED]
    if cmp is UNDEFINED:
        keyed = [(to_string(v), v) for v in polled(vals)]
        keyed.sort(key=lambda kv: kv[0])
        vals = [v for _, v in keyed]
    else:
        def compare(a, b):
            r = to_number(cmp.call(UNDEFINED, [a, b]))
            if r != r:
                return 0
            return -1 if r < 0 else (1 if r > 0 else 0)
        vals.sort(key=cmp_to_key(compare))
    return vals + undefs


def _iterator(realm, this, kind):
    return ArrayIterator(realm.intrinsics['ArrayIteratorPrototype'], realm.to_object(this),
                         kind)


# 23.1.3.19 Array.prototype.keys / 23.1.3.38 values / 23.1.3.7 entries
@reg.method('ArrayPrototype', 'keys', 0)
def keys(realm, this, args):
    return _iterator(realm, this, 'key')


@reg.method('ArrayPrototype', 'values', 0)
def values(realm, this, args):
    return _iterator(realm, this, 'value')


@reg.method('ArrayPrototype', 'entries', 0)
def entries(realm, this, args):
    return _iterator(realm, this, 'key+value')


@reg.setup
def setup(realm):
    I = realm.intrinsics
    proto = I['ArrayPrototype']
    values_fn = proto.get('values')
    proto.define(SYM_ITERATOR, values_fn)
    I['ArrayProto_values'] = values_fn
    I['ArrayProto_push'] = proto.get('push')   # (the VM runs a push of one inline)
    I['ArrayIteratorProto_next'] = I['ArrayIteratorPrototype'].get('next')
    # 23.1.3.41 Array.prototype [ @@unscopables ]
    unscopables = JSObject(NULL)
    for name in ('at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'findLast',
                 'findLastIndex', 'flat', 'flatMap', 'includes', 'keys', 'toReversed',
                 'toSorted', 'toSpliced', 'values'):
        unscopables.props[name] = True
    from reflow.interp.vm.objects import CONFIGURABLE
    proto.define(SYM_UNSCOPABLES, unscopables, CONFIGURABLE)

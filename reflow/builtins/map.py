"""24.1 Map Objects and 24.1.5 Map Iterator Objects. The [[MapData]] List is a
KeyedTable (keyed_table.py): insertion order, SameValueZero keys, iterators that see
records added during iteration and skip deleted ones."""
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.values import NULL, SYM_ITERATOR, SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.iteration import create_iter_result
from .keyed_table import Cursor, KeyedTable
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


class MapObject(JSObject):
    """An object with a [[MapData]] internal slot."""
    __slots__ = ('map_data',)

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'Map')
        self.map_data = KeyedTable()


def this_map(realm, this, method):
    """RequireInternalSlot(M, [[MapData]])."""
    if not isinstance(this, MapObject):
        raise type_error('Method Map.prototype.%s called on incompatible receiver %s' % (
            method, realm.describe(this)))
    return this.map_data


# 24.1.1.2 AddEntriesFromIterable ( target, iterable, adder )
def add_entries_from_iterable(realm, target, iterable, adder):
    record = realm.get_iterator(iterable)
    while True:
        item, done = record.step()
        if done:
            return target
        try:
            if not isinstance(item, JSObject):
                raise type_error('Iterator value %s is not an entry object' %
                                 realm.describe(item))
            k = item.get('0')
            v = item.get('1')
            adder.call(target, [k, v])
        except (JSThrow, JSErrorSignal):
            record.close_on_throw()   # IfAbruptCloseIterator
            raise


# 24.1.1.1 Map ( [ iterable ] )
@reg.constructor('Map', 0, 'MapPrototype')
def map_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor Map requires 'new'")
    m = MapObject(get_prototype_from_constructor(realm, new_target, 'MapPrototype'))
    iterable = arg(args, 0)
    if iterable is UNDEFINED or iterable is NULL:
        return m
    adder = m.get('set')
    if not is_callable(adder):
        raise type_error("'%s' returned for property 'set' of object '#<Map>' is not a "
                         'function' % realm.describe(adder))
    return add_entries_from_iterable(realm, m, iterable, adder)


# 24.1.2.1 Map.groupBy ( items, callbackfn )
@reg.method('Map', 'groupBy', 2)
def group_by(realm, this, args):
    items, callback = arg(args, 0), arg(args, 1)
    groups = group_by_collect(realm, items, callback, 'zero')
    m = MapObject(realm.intrinsics['MapPrototype'])
    for key, elements in groups:
        m.map_data.set(key, realm.new_array(elements))
    return m


# 7.3.35 GroupBy ( items, callbackfn, keyCoercion ): a list of (key, [values])
def group_by_collect(realm, items, callback, coercion):
    from reflow.interp.vm.operations import to_property_key
    if items is UNDEFINED or items is NULL:
        raise type_error('GroupBy called on null or undefined')
    if not is_callable(callback):
        raise type_error('%s is not a function' % realm.describe(callback))
    groups = KeyedTable()
    record = realm.get_iterator(items)
    k = 0
    while True:
        value, done = record.step()
        if done:
            return [(key, groups.values[i]) for i, key in enumerate(groups.keys)]
        try:
            key = callback.call(UNDEFINED, [value, float(k)])
            if coercion == 'property':
                key = to_property_key(key)
        except (JSThrow, JSErrorSignal):
            record.close_on_throw()
            raise
        pos = groups.find(key)
        if pos < 0:
            groups.set(key, [value])
        else:
            groups.values[pos].append(value)
        k += 1


# 24.1.2.3 get Map [ @@species ]
@reg.getter('Map', '@@species')
def species(realm, this, args):
    return this


# 24.1.3.1 Map.prototype.clear ( )
@reg.method('MapPrototype', 'clear', 0)
def clear(realm, this, args):
    this_map(realm, this, 'clear').clear()
    return UNDEFINED


# 24.1.3.3 Map.prototype.delete ( key )
@reg.method('MapPrototype', 'delete', 1)
def delete(realm, this, args):
    return this_map(realm, this, 'delete').delete(arg(args, 0))


# 24.1.3.4 Map.prototype.entries ( )
@reg.method('MapPrototype', 'entries', 0)
def entries(realm, this, args):
    return create_map_iterator(realm, this, 'key+value', 'entries')


# 24.1.3.5 Map.prototype.forEach ( callbackfn [ , thisArg ] )
@reg.method('MapPrototype', 'forEach', 1)
def for_each(realm, this, args):
    table = this_map(realm, this, 'forEach')
    callback = arg(args, 0)
    if not is_callable(callback):
        raise type_error('%s is not a function' % realm.describe(callback))
    this_arg = arg(args, 1)
    cursor = Cursor(table)   # records appended by the callback are visited too
    try:
        while True:
            pos = cursor.next_index()
            if pos < 0:
                return UNDEFINED
            callback.call(this_arg, [table.values[pos], table.keys[pos], this])
    finally:
        cursor.finish()


# 24.1.3.6 Map.prototype.get ( key )
@reg.method('MapPrototype', 'get', 1)
def get(realm, this, args):
    return this_map(realm, this, 'get').get(arg(args, 0), UNDEFINED)


# 24.1.3.7 Map.prototype.has ( key )
@reg.method('MapPrototype', 'has', 1)
def has(realm, this, args):
    return this_map(realm, this, 'has').has(arg(args, 0))


# 24.1.3.8 Map.prototype.keys ( )
@reg.method('MapPrototype', 'keys', 0)
def keys(realm, this, args):
    return create_map_iterator(realm, this, 'key', 'keys')


# 24.1.3.9 Map.prototype.set ( key, value )
@reg.method('MapPrototype', 'set', 2)
def set_(realm, this, args):
    this_map(realm, this, 'set').set(arg(args, 0), arg(args, 1))
    return this


# 24.1.3.10 get Map.prototype.size
@reg.getter('MapPrototype', 'size')
def size(realm, this, args):
    return float(this_map(realm, this, 'size').size)


# 24.1.3.11 Map.prototype.values ( )
@reg.method('MapPrototype', 'values', 0)
def values(realm, this, args):
    return create_map_iterator(realm, this, 'value', 'values')


# -- 24.1.5 Map Iterator Objects ---------------------------------------------------------

class MapIterator(JSObject):
    """The state of the spec's CreateMapIterator closure: the Map's List (via a
    cursor, None once done) and the kind."""
    __slots__ = ('cursor', 'kind')

    def __init__(self, proto, table, kind):
        JSObject.__init__(self, proto, 'Map Iterator')
        self.cursor = Cursor(table)
        self.kind = kind


# 24.1.5.1 CreateMapIterator ( map, kind )
def create_map_iterator(realm, map_obj, kind, method):
    table = this_map(realm, map_obj, method)
    return MapIterator(realm.intrinsics['MapIteratorPrototype'], table, kind)


# 24.1.5.2.1 %MapIteratorPrototype%.next ( )
@reg.method('MapIteratorPrototype', 'next', 0)
def map_iterator_next(realm, this, args):
    if type(this) is not MapIterator:   # GeneratorValidate's brand check
        raise type_error('next method called on incompatible receiver %s' %
                         realm.describe(this))
    cursor = this.cursor
    pos = cursor.next_index()
    if pos < 0:
        return create_iter_result(realm, UNDEFINED, True)
    table = cursor.table
    kind = this.kind
    if kind == 'key':
        return create_iter_result(realm, table.keys[pos], False)
    if kind == 'value':
        return create_iter_result(realm, table.values[pos], False)
    return create_iter_result(realm, realm.new_array([table.keys[pos], table.values[pos]]),
                              False)


@reg.setup
def setup(realm):
    I = realm.intrinsics
    proto = I['MapPrototype']
    # 24.1.3.12 Map.prototype [ @@iterator ] ( ) is the entries function object
    proto.define(SYM_ITERATOR, proto.get('entries'))
    # 24.1.3.13 Map.prototype [ @@toStringTag ]
    proto.define(SYM_TO_STRING_TAG, 'Map', CONFIGURABLE)
    # 24.1.5.2.2 %MapIteratorPrototype% [ @@toStringTag ]
    I['MapIteratorPrototype'].define(SYM_TO_STRING_TAG, 'Map Iterator', CONFIGURABLE)


__all__ = ['MapObject', 'MapIterator', 'add_entries_from_iterable', 'group_by_collect']

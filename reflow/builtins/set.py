"""24.2 Set Objects and 24.2.5 Set Iterator Objects. The [[SetData]] List is a
KeyedTable (keyed_table.py) whose values are unused."""
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


class SetObject(JSObject):
    """An object with a [[SetData]] internal slot."""
    __slots__ = ('set_data',)

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'Set')
        self.set_data = KeyedTable()


def this_set(realm, this, method):
    """RequireInternalSlot(S, [[SetData]])."""
    if not isinstance(this, SetObject):
        raise type_error('Method Set.prototype.%s called on incompatible receiver %s' % (
            method, realm.describe(this)))
    return this.set_data


# 24.2.1.1 Set ( [ iterable ] )
@reg.constructor('Set', 0, 'SetPrototype')
def set_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Constructor Set requires 'new'")
    s = SetObject(get_prototype_from_constructor(realm, new_target, 'SetPrototype'))
    iterable = arg(args, 0)
    if iterable is UNDEFINED or iterable is NULL:
        return s
    adder = s.get('add')
    if not is_callable(adder):
        raise type_error("'%s' returned for property 'add' of object '#<Set>' is not a "
                         'function' % realm.describe(adder))
    record = realm.get_iterator(iterable)
    while True:
        value, done = record.step()
        if done:
            return s
        try:
            adder.call(s, [value])
        except (JSThrow, JSErrorSignal):
            record.close_on_throw()   # IfAbruptCloseIterator
            raise


# 24.2.2.2 get Set [ @@species ]
@reg.getter('Set', '@@species')
def species(realm, this, args):
    return this


# 24.2.3.1 Set.prototype.add ( value )
@reg.method('SetPrototype', 'add', 1)
def add(realm, this, args):
    table = this_set(realm, this, 'add')
    value = arg(args, 0)
    if not table.has(value):
        table.set(value, UNDEFINED)
    return this


# 24.2.3.2 Set.prototype.clear ( )
@reg.method('SetPrototype', 'clear', 0)
def clear(realm, this, args):
    this_set(realm, this, 'clear').clear()
    return UNDEFINED


# 24.2.3.4 Set.prototype.delete ( value )
@reg.method('SetPrototype', 'delete', 1)
def delete(realm, this, args):
    return this_set(realm, this, 'delete').delete(arg(args, 0))


# 24.2.3.5 Set.prototype.entries ( )
@reg.method('SetPrototype', 'entries', 0)
def entries(realm, this, args):
    return create_set_iterator(realm, this, 'key+value', 'entries')


# 24.2.3.6 Set.prototype.forEach ( callbackfn [ , thisArg ] )
@reg.method('SetPrototype', 'forEach', 1)
def for_each(realm, this, args):
    table = this_set(realm, this, 'forEach')
    callback = arg(args, 0)
    if not is_callable(callback):
        raise type_error('%s is not a function' % realm.describe(callback))
    this_arg = arg(args, 1)
    cursor = Cursor(table)   # values added by the callback are visited too
    try:
        while True:
            pos = cursor.next_index()
            if pos < 0:
                return UNDEFINED
            value = table.keys[pos]
            callback.call(this_arg, [value, value, this])
    finally:
        cursor.finish()


# 24.2.3.7 Set.prototype.has ( value )
@reg.method('SetPrototype', 'has', 1)
def has(realm, this, args):
    return this_set(realm, this, 'has').has(arg(args, 0))


# 24.2.3.9 get Set.prototype.size
@reg.getter('SetPrototype', 'size')
def size(realm, this, args):
    return float(this_set(realm, this, 'size').size)


# 24.2.3.10 Set.prototype.values ( )
@reg.method('SetPrototype', 'values', 0)
def values(realm, this, args):
    return create_set_iterator(realm, this, 'value', 'values')


# -- 24.2.5 Set Iterator Objects ---------------------------------------------------------

class SetIterator(JSObject):
    """The state of the spec's CreateSetIterator closure."""
    __slots__ = ('cursor', 'kind')

    def __init__(self, proto, table, kind):
        JSObject.__init__(self, proto, 'Set Iterator')
        self.cursor = Cursor(table)
        self.kind = kind


# 24.2.5.1 CreateSetIterator ( set, kind )
def create_set_iterator(realm, set_obj, kind, method):
    table = this_set(realm, set_obj, method)
    return SetIterator(realm.intrinsics['SetIteratorPrototype'], table, kind)


# 24.2.5.2.1 %SetIteratorPrototype%.next ( )
@reg.method('SetIteratorPrototype', 'next', 0)
def set_iterator_next(realm, this, args):
    if type(this) is not SetIterator:   # GeneratorValidate's brand check
        raise type_error('next method called on incompatible receiver %s' %
                         realm.describe(this))
    cursor = this.cursor
    pos = cursor.next_index()
    if pos < 0:
        return create_iter_result(realm, UNDEFINED, True)
    value = cursor.table.keys[pos]
    if this.kind == 'key+value':
        return create_iter_result(realm, realm.new_array([value, value]), False)
    return create_iter_result(realm, value, False)


@reg.setup
def setup(realm):
    I = realm.intrinsics
    proto = I['SetPrototype']
    values_fn = proto.get('values')
    # 24.2.3.8 Set.prototype.keys ( ) and 24.2.3.11 Set.prototype [ @@iterator ] ( ) are
    # the values function object
    proto.define('keys', values_fn)
    proto.define(SYM_ITERATOR, values_fn)
    # 24.2.3.12 Set.prototype [ @@toStringTag ]
    proto.define(SYM_TO_STRING_TAG, 'Set', CONFIGURABLE)
    # 24.2.5.2.2 %SetIteratorPrototype% [ @@toStringTag ]
    I['SetIteratorPrototype'].define(SYM_TO_STRING_TAG, 'Set Iterator', CONFIGURABLE)


__all__ = ['SetObject', 'SetIterator']

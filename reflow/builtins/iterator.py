"""27.1.2 %IteratorPrototype% and 23.1.5 Array Iterator Objects."""
from reflow.interp.vm.iteration import create_iter_result
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.objects import CONFIGURABLE, JSArray, JSObject
from reflow.interp.vm.values import SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.operations import length_of_array_like
from .registry import Registry

reg = Registry()


class ArrayIterator(JSObject):
    """23.1.5.1 CreateArrayIterator: [[IteratedArrayLike]], [[ArrayLikeNextIndex]],
    [[ArrayLikeIterationKind]]."""
    __slots__ = ('iterated', 'index', 'kind')

    def __init__(self, proto, iterated, kind):
        JSObject.__init__(self, proto, 'Array Iterator')
        self.iterated = iterated
        self.index = 0
        self.kind = kind


# 7.4.? IterableToList ( items [ , method ] )
def iterable_to_list(realm, items, method=None):
    if method is None:
        record = realm.get_iterator(items)
    else:   # GetIteratorFromMethod
        from reflow.interp.vm.realm import IteratorRecord
        it = method.call(items, [])
        if not isinstance(it, JSObject):
            raise type_error('Result of the Symbol.iterator method is not an object')
        record = IteratorRecord(realm, it, it.get('next'))
    values = []
    while True:
        value, done = record.step()
        if done:
            return values
        values.append(value)


# 27.1.2.1 %IteratorPrototype% [ @@iterator ] ( )
@reg.method('IteratorPrototype', '@@iterator', 0)
def iterator_self(realm, this, args):
    return this


# 23.1.5.2.1 %ArrayIteratorPrototype%.next ( )
@reg.method('ArrayIteratorPrototype', 'next', 0)
def array_iterator_next(realm, this, args):
    if not isinstance(this, ArrayIterator):
        raise type_error('next method called on incompatible receiver')
    a = this.iterated
    if a is None:
        return create_iter_result(realm, UNDEFINED, True)
    index = this.index
    n = a.length if type(a) is JSArray else length_of_array_like(a) \
        if not hasattr(a, 'typed_length') else a.typed_length()
    if index >= n:
        this.iterated = None
        return create_iter_result(realm, UNDEFINED, True)
    this.index = index + 1
    if this.kind == 'key':
        return create_iter_result(realm, float(index), False)
    value = a.get_index(index) if type(a) is JSArray else a.get(str(index))
    if this.kind == 'value':
        return create_iter_result(realm, value, False)
    return create_iter_result(realm, realm.new_array([float(index), value]), False)


@reg.setup
def setup(realm):
    realm.intrinsics['ArrayIteratorPrototype'].define(SYM_TO_STRING_TAG, 'Array Iterator',
                                                      CONFIGURABLE)

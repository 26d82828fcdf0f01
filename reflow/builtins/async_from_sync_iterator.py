"""27.1.6 %AsyncFromSyncIteratorPrototype%: for await and yield* in async generators
over a sync iterable."""
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import to_boolean
from reflow.interp.vm.values import NULL, UNDEFINED
from reflow.interp.vm.iteration import create_iter_result
from reflow.interp.vm.function import arg
from reflow.interp.vm.promises import (new_promise_capability, perform_promise_then,
                                       promise_resolve)
from reflow.interp.vm.errors import thrown_value
from .registry import Registry

reg = Registry()


def _capability(realm):
    return new_promise_capability(realm, realm.intrinsics['Promise'])


def _reject(realm, cap, exc):
    cap.reject.call(UNDEFINED, [thrown_value(realm, exc)])
    return cap.promise


# 27.1.6.2.1 %AsyncFromSyncIteratorPrototype%.next ( [ value ] )
@reg.method('AsyncFromSyncIteratorPrototype', 'next', 1)
def next_(realm, this, args):
    cap = _capability(realm)
    rec = this.sync_record
    try:
        result = rec.next_method.call(rec.iterator, args[:1])
        if not isinstance(result, JSObject):
            raise type_error('Iterator result %s is not an object' % realm.describe(result))
    except (JSThrow, JSErrorSignal) as exc:
        return _reject(realm, cap, exc)
    return continuation(realm, result, cap, rec, True)


# 27.1.6.2.2 %AsyncFromSyncIteratorPrototype%.return ( [ value ] )
@reg.method('AsyncFromSyncIteratorPrototype', 'return', 1)
def return_(realm, this, args):
    cap = _capability(realm)
    rec = this.sync_record
    it = rec.iterator
    try:
        method = it.get('return')
        if method is UNDEFINED or method is NULL:
            cap.resolve.call(UNDEFINED, [create_iter_result(realm, arg(args, 0), True)])
            return cap.promise
        if not is_callable(method):
            raise type_error('iterator.return is not a function')
        result = method.call(it, args[:1])
        if not isinstance(result, JSObject):
            raise type_error('iterator.return() did not return an object')
    except (JSThrow, JSErrorSignal) as exc:
        return _reject(realm, cap, exc)
    return continuation(realm, result, cap, rec, False)


# 27.1.6.2.3 %AsyncFromSyncIteratorPrototype%.throw ( [ value ] )
@reg.method('AsyncFromSyncIteratorPrototype', 'throw', 1)
def throw_(realm, this, args):
    cap = _capability(realm)
    rec = this.sync_record
    it = rec.iterator
    try:
        method = it.get('throw')
        if method is UNDEFINED or method is NULL:
            # step 7: close the sync iterator so it can clean up, then reject
            rec.close()
            raise type_error('The iterator does not provide a throw method')
        if not is_callable(method):
            raise type_error('iterator.throw is not a function')
        result = method.call(it, args[:1])
        if not isinstance(result, JSObject):
            raise type_error('iterator.throw() did not return an object')
    except (JSThrow, JSErrorSignal) as exc:
        return _reject(realm, cap, exc)
    return continuation(realm, result, cap, rec, True)


# 27.1.6.4 AsyncFromSyncIteratorContinuation ( result, promiseCapability,
#          syncIteratorRecord, closeOnRejection )
def continuation(realm, result, cap, rec, close_on_rejection):
    try:
        done = to_boolean(result.get('done'))
        value = result.get('value')
    except (JSThrow, JSErrorSignal) as exc:
        return _reject(realm, cap, exc)
    try:
        wrapper = promise_resolve(realm, realm.intrinsics['Promise'], value)
    except (JSThrow, JSErrorSignal) as exc:
        if not done and close_on_rejection:
            rec.close_on_throw()
        return _reject(realm, cap, exc)

    def unwrap(v):
        return create_iter_result(realm, v, done)

    on_rejected = None
    if not done and close_on_rejection:
        def on_rejected(error):
            rec.close_on_throw()
            raise JSThrow(error)
    perform_promise_then(realm, wrapper, unwrap, on_rejected, cap)
    return cap.promise


@reg.setup
def setup(realm):
    pass

"""27.2 Promise Objects, with jobs on the realm's job queue (9.5 Jobs)."""
from reflow.interp.vm.errors import thrown_value
from reflow.interp.vm.operations import species_constructor
from reflow.interp.vm.promises import (PromiseObject, create_resolving_functions, fn,
                                       new_promise_capability, perform_promise_then,
                                       promise_resolve)
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.function import NativeFunction, is_callable, is_constructor
from reflow.interp.vm.objects import CONFIGURABLE, JSObject, create_data_property_or_throw
from reflow.interp.vm.values import NULL, SYM_SPECIES, SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 27.2.3.1 Promise ( executor )
@reg.constructor('Promise', 1, 'PromisePrototype')
def promise_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Promise constructor cannot be invoked without 'new'")
    executor = arg(args, 0)
    if not is_callable(executor):
        raise type_error('Promise resolver %s is not a function' % realm.describe(executor))
    from reflow.interp.vm.proxy import get_prototype_from_constructor
    promise = PromiseObject(get_prototype_from_constructor(realm, new_target,
                                                           'PromisePrototype'))
    resolve, reject = create_resolving_functions(realm, promise)
    try:
        executor.call(UNDEFINED, [resolve, reject])
    except (JSThrow, JSErrorSignal) as exc:
        reject.call(UNDEFINED, [thrown_value(realm, exc)])
    return promise


# 27.2.5.4 Promise.prototype.then ( onFulfilled, onRejected )
@reg.method('PromisePrototype', 'then', 2)
def then(realm, this, args):
    if not isinstance(this, PromiseObject):
        raise type_error('Promise.prototype.then called on incompatible receiver')
    c = species_constructor(realm, this, realm.intrinsics['Promise'])
    cap = new_promise_capability(realm, c)
    return perform_promise_then(realm, this, arg(args, 0), arg(args, 1), cap)


# 27.2.5.1 Promise.prototype.catch ( onRejected )
@reg.method('PromisePrototype', 'catch', 1)
def catch(realm, this, args):
    from reflow.interp.vm.references import get_value
    then_fn = get_value(realm, this, 'then')
    if not is_callable(then_fn):
        raise type_error('then is not a function')
    return then_fn.call(this, [UNDEFINED, arg(args, 0)])


# 27.2.5.3 Promise.prototype.finally ( onFinally )
@reg.method('PromisePrototype', 'finally', 1)
def finally_(realm, this, args):
    if not isinstance(this, JSObject):
        raise type_error('Promise.prototype.finally called on a non-object')
    c = species_constructor(realm, this, realm.intrinsics['Promise'])
    on_finally = arg(args, 0)
    if not is_callable(on_finally):
        then_finally = catch_finally = on_finally
    else:
        def then_finally_fn(this_, a):
            result = on_finally.call(UNDEFINED, [])
            p = promise_resolve(realm, c, result)
            value = arg(a, 0)
            return invoke(realm, p, 'then', [fn(realm, lambda t, x: value, '', 0)])

        def catch_finally_fn(this_, a):
            result = on_finally.call(UNDEFINED, [])
            p = promise_resolve(realm, c, result)
            reason = arg(a, 0)

            def thrower(t, x):
                raise JSThrow(reason)
            return invoke(realm, p, 'then', [fn(realm, thrower, '', 0)])
        then_finally = fn(realm, then_finally_fn, '', 1)
        catch_finally = fn(realm, catch_finally_fn, '', 1)
    return invoke(realm, this, 'then', [then_finally, catch_finally])


def invoke(realm, value, name, args):
    """7.3.20 Invoke ( V, P [ , argumentsList ] )."""
    from reflow.interp.vm.references import get_value
    f = get_value(realm, value, name)
    if not is_callable(f):
        raise type_error('%s is not a function' % name)
    return f.call(value, args)


# 27.2.4.6 Promise.reject ( r )
@reg.method('Promise', 'reject', 1)
def promise_reject_static(realm, this, args):
    cap = new_promise_capability(realm, this)
    cap.reject.call(UNDEFINED, [arg(args, 0)])
    return cap.promise


# 27.2.4.7 Promise.resolve ( x )
@reg.method('Promise', 'resolve', 1)
def promise_resolve_static(realm, this, args):
    if not isinstance(this, JSObject):
        raise type_error('Promise.resolve called on non-object')
    return promise_resolve(realm, this, arg(args, 0))


# 27.2.4.9 Promise.withResolvers ( ) (ES2024)
@reg.method('Promise', 'withResolvers', 0)
def promise_with_resolvers(realm, this, args):
    cap = new_promise_capability(realm, this)
    obj = realm.new_object()
    for key, value in (('promise', cap.promise), ('resolve', cap.resolve),
                       ('reject', cap.reject)):
        create_data_property_or_throw(obj, key, value)
    return obj


# 27.2.4.8 get Promise [ @@species ]
@reg.getter('Promise', '@@species')
def species(realm, this, args):
    return this


def _combinator(realm, this, args, kind):
    """27.2.4.1 Promise.all / 27.2.4.2 allSettled / 27.2.4.3 any / 27.2.4.5 race, with
    GetPromiseResolve and IfAbruptRejectPromise."""
    cap = new_promise_capability(realm, this)
    try:
        resolve_fn = this.get('resolve')
        if not is_callable(resolve_fn):
            raise type_error('Promise resolve is not callable')
        it = realm.get_iterator(arg(args, 0))
    except (JSThrow, JSErrorSignal) as exc:
        cap.reject.call(UNDEFINED, [thrown_value(realm, exc)])
        return cap.promise
    values = []
    remaining = [1]
    index = 0

    def finish():
        if kind == 'any':
            err = realm.make_error('AggregateError', 'All promises were rejected')
            err.define('errors', realm.new_array(list(values)))
            cap.reject.call(UNDEFINED, [err])
        else:
            cap.resolve.call(UNDEFINED, [realm.new_array(list(values))])

    try:
        while True:
            try:
                value, done = it.step()
            except BaseException:
                it.done = True
                raise
            if done:
                remaining[0] -= 1
                if remaining[0] == 0 and kind != 'race':
                    finish()
                return cap.promise
            if kind != 'race':
                values.append(UNDEFINED)
            next_promise = resolve_fn.call(this, [value])
            i = index
            if kind == 'race':
                invoke(realm, next_promise, 'then', [cap.resolve, cap.reject])
            else:
                called = [False]

                def settle(this_, a, i=i, called=called, how='value'):
                    if called[0]:
                        return UNDEFINED
                    called[0] = True
                    x = arg(a, 0)
                    if kind == 'allSettled':
                        obj = realm.new_object()
                        if how == 'value':
                            obj.set('status', 'fulfilled')
                            obj.set('value', x)
                        else:
                            obj.set('status', 'rejected')
                            obj.set('reason', x)
                        x = obj
                    values[i] = x
                    remaining[0] -= 1
                    if remaining[0] == 0:
                        finish()
                    return UNDEFINED
                remaining[0] += 1
                if kind == 'all':
                    on_ok = fn(realm, settle, '', 1)
                    on_err = cap.reject
                elif kind == 'allSettled':
                    on_ok = fn(realm, settle, '', 1)
                    on_err = fn(realm, lambda t, a, s=settle: s(t, a, how='reason'), '', 1)
                else:   # any
                    on_ok = cap.resolve
                    on_err = fn(realm, settle, '', 1)
                invoke(realm, next_promise, 'then', [on_ok, on_err])
            index += 1
    except (JSThrow, JSErrorSignal) as exc:
        if not it.done:
            try:
                it.close_on_throw()
            except (JSThrow, JSErrorSignal):
                pass
        cap.reject.call(UNDEFINED, [thrown_value(realm, exc)])
        return cap.promise


@reg.method('Promise', 'all', 1)
def promise_all(realm, this, args):
    return _combinator(realm, this, args, 'all')


@reg.method('Promise', 'allSettled', 1)
def promise_all_settled(realm, this, args):
    return _combinator(realm, this, args, 'allSettled')


@reg.method('Promise', 'any', 1)
def promise_any(realm, this, args):
    return _combinator(realm, this, args, 'any')


@reg.method('Promise', 'race', 1)
def promise_race(realm, this, args):
    return _combinator(realm, this, args, 'race')


@reg.setup
def setup(realm):
    realm.intrinsics['PromisePrototype'].define(SYM_TO_STRING_TAG, 'Promise', CONFIGURABLE)

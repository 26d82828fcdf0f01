"""27.2 Promise Objects, with jobs on the realm's job queue (9.5 Jobs)."""
from reflow.interp.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.function import NativeFunction, is_callable, is_constructor
from reflow.interp.objects import CONFIGURABLE, JSObject, create_data_property_or_throw
from reflow.interp.values import NULL, SYM_SPECIES, SYM_TO_STRING_TAG, UNDEFINED
from .object import arg
from .registry import Registry

reg = Registry()


class PromiseObject(JSObject):
    """[[PromiseState]], [[PromiseResult]], [[PromiseFulfillReactions]],
    [[PromiseRejectReactions]], [[PromiseIsHandled]]."""
    __slots__ = ('state', 'result', 'fulfill_reactions', 'reject_reactions', 'is_handled')

    def __init__(self, proto):
        JSObject.__init__(self, proto, 'Promise')
        self.state = 'pending'
        self.result = UNDEFINED
        self.fulfill_reactions = []
        self.reject_reactions = []
        self.is_handled = False


class Capability:
    """27.2.1.1 PromiseCapability Records."""
    __slots__ = ('promise', 'resolve', 'reject')

    def __init__(self, promise=UNDEFINED, resolve=UNDEFINED, reject=UNDEFINED):
        self.promise = promise
        self.resolve = resolve
        self.reject = reject


def thrown_value(realm, exc):
    """The JS value of an abrupt completion caught in Python."""
    if isinstance(exc, JSThrow):
        return exc.value
    return (exc.realm or realm).make_error(exc.name, exc.message)


def fn(realm, python_fn, name='', length=0):
    return NativeFunction(realm, python_fn, name, length)


# 27.2.1.3 CreateResolvingFunctions ( promise )
def create_resolving_functions(realm, promise):
    already = [False]

    # 27.2.1.3.2 Promise Resolve Functions
    def resolve(this, args):
        if already[0]:
            return UNDEFINED
        already[0] = True
        resolution = arg(args, 0)
        if resolution is promise:
            reject_promise(realm, promise, realm.make_error(
                'TypeError', 'Chaining cycle detected for promise'))
            return UNDEFINED
        if not isinstance(resolution, JSObject):
            fulfill_promise(realm, promise, resolution)
            return UNDEFINED
        try:
            then = resolution.get('then')
        except (JSThrow, JSErrorSignal) as exc:
            reject_promise(realm, promise, thrown_value(realm, exc))
            return UNDEFINED
        if not is_callable(then):
            fulfill_promise(realm, promise, resolution)
            return UNDEFINED
        realm.enqueue_job(lambda: promise_resolve_thenable_job(realm, promise, resolution,
                                                               then))
        return UNDEFINED

    # 27.2.1.3.1 Promise Reject Functions
    def reject(this, args):
        if already[0]:
            return UNDEFINED
        already[0] = True
        reject_promise(realm, promise, arg(args, 0))
        return UNDEFINED

    return fn(realm, resolve, '', 1), fn(realm, reject, '', 1)


# 27.2.2.2 NewPromiseResolveThenableJob ( promiseToResolve, thenable, then )
def promise_resolve_thenable_job(realm, promise, thenable, then):
    resolve, reject = create_resolving_functions(realm, promise)
    try:
        then.call(thenable, [resolve, reject])
    except (JSThrow, JSErrorSignal) as exc:
        reject.call(UNDEFINED, [thrown_value(realm, exc)])


# 27.2.1.4 FulfillPromise ( promise, value )
def fulfill_promise(realm, promise, value):
    reactions = promise.fulfill_reactions
    promise.result = value
    promise.fulfill_reactions = promise.reject_reactions = None
    promise.state = 'fulfilled'
    trigger_reactions(realm, reactions, value)


# 27.2.1.7 RejectPromise ( promise, reason )
def reject_promise(realm, promise, reason):
    reactions = promise.reject_reactions
    promise.result = reason
    promise.fulfill_reactions = promise.reject_reactions = None
    promise.state = 'rejected'
    if not promise.is_handled:
        realm.track_rejection(promise, 'reject')
    trigger_reactions(realm, reactions, reason)


# 27.2.1.8 TriggerPromiseReactions ( reactions, argument )
def trigger_reactions(realm, reactions, argument):
    for reaction in reactions:
        realm.enqueue_job(lambda r=reaction: promise_reaction_job(realm, r, argument))


# 27.2.2.1 NewPromiseReactionJob ( reaction, argument )
def promise_reaction_job(realm, reaction, argument):
    capability, kind, handler = reaction
    if handler is None:
        if kind == 'fulfill':
            ok, value = True, argument
        else:
            ok, value = False, argument
    else:
        try:
            value = handler(argument) if callable(handler) and not isinstance(
                handler, JSObject) else handler.call(UNDEFINED, [argument])
            ok = True
        except (JSThrow, JSErrorSignal) as exc:
            ok, value = False, thrown_value(realm, exc)
    if capability is None:
        if not ok:
            raise JSThrow(value)
        return
    if ok:
        capability.resolve.call(UNDEFINED, [value])
    else:
        capability.reject.call(UNDEFINED, [value])


# 27.2.1.5 NewPromiseCapability ( C )
def new_promise_capability(realm, c):
    if not is_constructor(c):
        raise type_error('Promise resolver is not a constructor')
    if c is realm.intrinsics['Promise']:
        # the intrinsic constructor: skip the observable executor dance
        promise = PromiseObject(realm.intrinsics['PromisePrototype'])
        resolve, reject = create_resolving_functions(realm, promise)
        return Capability(promise, resolve, reject)
    cap = Capability()

    def executor(this, args):
        if cap.resolve is not UNDEFINED or cap.reject is not UNDEFINED:
            raise type_error('Promise executor has already been invoked with non-undefined '
                             'arguments')
        cap.resolve = arg(args, 0)
        cap.reject = arg(args, 1)
        return UNDEFINED
    promise = c.construct([fn(realm, executor, '', 2)], c)
    if not is_callable(cap.resolve):
        raise type_error('Promise resolve function is not callable')
    if not is_callable(cap.reject):
        raise type_error('Promise reject function is not callable')
    cap.promise = promise
    return cap


# 27.2.4.7.1 PromiseResolve ( C, x )
def promise_resolve(realm, c, x):
    if isinstance(x, PromiseObject):
        if x.get('constructor') is c:
            return x
    cap = new_promise_capability(realm, c)
    cap.resolve.call(UNDEFINED, [x])
    return cap.promise


# 27.2.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
def perform_promise_then(realm, promise, on_fulfilled, on_rejected, capability):
    if not (callable(on_fulfilled) or is_callable(on_fulfilled)):
        on_fulfilled = None
    if not (callable(on_rejected) or is_callable(on_rejected)):
        on_rejected = None
    fulfill_reaction = (capability, 'fulfill', on_fulfilled)
    reject_reaction = (capability, 'reject', on_rejected)
    if promise.state == 'pending':
        promise.fulfill_reactions.append(fulfill_reaction)
        promise.reject_reactions.append(reject_reaction)
    elif promise.state == 'fulfilled':
        value = promise.result
        realm.enqueue_job(lambda: promise_reaction_job(realm, fulfill_reaction, value))
    else:
        reason = promise.result
        if not promise.is_handled:
            realm.track_rejection(promise, 'handle')
        realm.enqueue_job(lambda: promise_reaction_job(realm, reject_reaction, reason))
    promise.is_handled = True
    return UNDEFINED if capability is None else capability.promise


# 27.2.3.1 Promise ( executor )
@reg.constructor('Promise', 1, 'PromisePrototype')
def promise_ctor(realm, this, args, new_target):
    if new_target is None:
        raise type_error("Promise constructor cannot be invoked without 'new'")
    executor = arg(args, 0)
    if not is_callable(executor):
        raise type_error('Promise resolver %s is not a function' % realm.describe(executor))
    from reflow.interp.proxy import get_prototype_from_constructor
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


# 7.3.22 SpeciesConstructor ( O, defaultConstructor )
def species_constructor(realm, obj, default):
    c = obj.get('constructor')
    if c is UNDEFINED:
        return default
    if not isinstance(c, JSObject):
        raise type_error('object.constructor is not an object')
    s = c.get(SYM_SPECIES)
    if s is UNDEFINED or s is NULL:
        return default
    if is_constructor(s):
        return s
    raise type_error('object.constructor[Symbol.species] is not a constructor')


# 27.2.5.1 Promise.prototype.catch ( onRejected )
@reg.method('PromisePrototype', 'catch', 1)
def catch(realm, this, args):
    from reflow.interp.vm_ops import get_value
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
    from reflow.interp.vm_ops import get_value
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
            err = realm.make_error('AggregateError', 'All promises were rejected') \
                if 'AggregateError' in realm.intrinsics else \
                realm.make_error('Error', 'All promises were rejected')
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

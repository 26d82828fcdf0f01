"""27.2.1 Promise Abstract Operations and 27.2.2 Promise Jobs: what the VM (async
functions, modules, async generators) and the Promise built-ins share. The job queue is
the realm's (9.5 Jobs)."""
from .errors import JSErrorSignal, JSThrow, thrown_value, type_error
from .function import NativeFunction, arg, is_callable, is_constructor
from .objects import JSObject
from .values import UNDEFINED


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

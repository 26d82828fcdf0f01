"""27.6 AsyncGenerator objects: the request queue and the driver of the suspended frame.

The frame stops at AWAIT (the driver waits on the promise and resumes it), at YIELD
(27.6.3.8 AsyncGeneratorYield: the first request is settled) and at YIELD_DELEGATE
(15.5.5 yield* with generatorKind async: the driver runs the inner async iterator).
"""
from .coroutines import ReturnSignal, Suspend, await_value, get_method, resume
from .errors import JSErrorSignal, JSThrow, thrown_value, type_error
from .function import is_callable
from .objects import JSObject
from .operations import to_boolean
from .values import UNDEFINED


class AsyncGeneratorRequest:
    """27.6.3.1 AsyncGeneratorRequest Records."""
    __slots__ = ('mode', 'value', 'capability')

    def __init__(self, mode, value, capability):
        self.mode = mode          # 'next', 'throw' or 'return'
        self.value = value
        self.capability = capability


class AsyncGeneratorObject(JSObject):
    """[[AsyncGeneratorState]], [[AsyncGeneratorContext]] (the frame) and
    [[AsyncGeneratorQueue]]."""
    __slots__ = ('frame', 'state', 'queue', 'delegate', 'realm')

    def __init__(self, proto, frame, realm):
        JSObject.__init__(self, proto, 'AsyncGenerator')
        self.frame = frame
        self.state = 'suspendedStart'
        self.queue = []
        self.delegate = None
        self.realm = realm


def start_async_generator(vm, func, this, args):
    """27.6.3.? EvaluateAsyncGeneratorBody: bind the parameters now (errors throw at
    the call), stop at the start of the body, return the generator object."""
    realm = func.realm
    frame = vm.new_frame(func, func.code, this, args, None)
    try:
        vm.run(frame)
    except Suspend:
        pass
    proto = func.get('prototype')
    if not isinstance(proto, JSObject):
        proto = realm.intrinsics['AsyncGeneratorPrototype']
    return AsyncGeneratorObject(proto, frame, realm)


# 27.6.3.4 AsyncGeneratorCompleteStep ( generator, completion, done [ , realm ] )
def complete_step(gen, mode, value, done):
    from .iteration import create_iter_result
    request = gen.queue.pop(0)
    cap = request.capability
    if mode == 'throw':
        cap.reject.call(UNDEFINED, [value])
    else:
        cap.resolve.call(UNDEFINED, [create_iter_result(gen.realm, value, done)])


# 27.6.3.5 AsyncGeneratorResume ( generator, completion )
def async_generator_resume(gen, mode, value):
    was_start = gen.state == 'suspendedStart'
    gen.state = 'executing'
    if was_start:
        _send_to_frame(gen, mode, value)
    else:
        _unwrap_resumption(gen, mode, value)


# 27.6.3.7 AsyncGeneratorUnwrapYieldResumption ( resumptionValue )
def _unwrap_resumption(gen, mode, value):
    if mode != 'return':
        _send(gen, mode, value)
        return
    await_value(gen.realm.vm, gen.realm, value,
                lambda v: _send(gen, 'return', v),
                lambda e: _send(gen, 'throw', e))


def _send(gen, mode, value):
    """Deliver a completion at the suspension point: the inner iterator of a running
    yield*, or the frame."""
    if gen.delegate is not None:
        _delegate_send(gen, mode, value)
    else:
        _send_to_frame(gen, mode, value)


def _send_to_frame(gen, mode, value):
    realm = gen.realm
    try:
        result, kind = resume(realm.vm, gen.frame, mode, value)
    except (JSThrow, JSErrorSignal) as exc:
        # 27.6.3.2 AsyncGeneratorStart step 4.g-j: a throw completes the generator
        _finish(gen, 'throw', thrown_value(realm, exc))
        return
    if kind == 'done':
        _finish(gen, 'next', result)
    elif kind == 'await':
        await_value(realm.vm, realm, result,
                    lambda v: _send_to_frame(gen, 'next', v),
                    lambda e: _send_to_frame(gen, 'throw', e))
    elif kind == 'yield':
        _yield(gen, result)
    else:   # 'delegate': yield* starts with received = NormalCompletion(undefined)
        gen.delegate = result
        _delegate_send(gen, 'next', UNDEFINED)


def _finish(gen, mode, value):
    gen.state = 'completed'
    gen.frame = None
    gen.delegate = None
    complete_step(gen, mode, value, True)
    drain_queue(gen)


# 27.6.3.8 AsyncGeneratorYield ( value ), after the Await of the value
def _yield(gen, value):
    complete_step(gen, 'next', value, False)
    if gen.queue:
        # execution continues without suspending the generator
        request = gen.queue[0]
        _unwrap_resumption(gen, request.mode, request.value)
    else:
        gen.state = 'suspendedYield'


# 15.5.5 yield* step 7 with generatorKind async
def _delegate_send(gen, mode, value):
    realm = gen.realm
    rec = gen.delegate
    it = rec.iterator
    try:
        if mode == 'next':
            if not is_callable(rec.next_method):
                raise type_error('%s is not a function' % realm.describe(rec.next_method))
            inner = rec.next_method.call(it, [value])
        elif mode == 'throw':
            m = get_method(realm, it, 'throw')
            if m is None:
                # 7.c.iii: AsyncIteratorClose, then a TypeError into the frame
                gen.delegate = None
                _async_close_then_throw(gen, rec)
                return
            inner = m.call(it, [value])
        else:
            m = get_method(realm, it, 'return')
            if m is None:
                gen.delegate = None
                await_value(realm.vm, realm, value,
                            lambda v: _send_to_frame(gen, 'return', v),
                            lambda e: _send_to_frame(gen, 'throw', e))
                return
            inner = m.call(it, [value])
    except (JSThrow, JSErrorSignal) as exc:
        gen.delegate = None
        _send_to_frame(gen, 'throw', thrown_value(realm, exc))
        return
    await_value(realm.vm, realm, inner,
                lambda r: _delegate_result(gen, mode, r),
                lambda e: _delegate_abort(gen, e))


def _delegate_abort(gen, error):
    gen.delegate = None
    _send_to_frame(gen, 'throw', error)


def _delegate_result(gen, mode, result):
    realm = gen.realm
    try:
        if not isinstance(result, JSObject):
            raise type_error('Iterator result %s is not an object' %
                             realm.describe(result))
        done = to_boolean(result.get('done'))
        value = result.get('value')
    except (JSThrow, JSErrorSignal) as exc:
        _delegate_abort(gen, thrown_value(realm, exc))
        return
    if done:
        gen.delegate = None
        _send_to_frame(gen, 'return' if mode == 'return' else 'next', value)
        return
    # received = AsyncGeneratorYield(? IteratorValue(innerResult))
    _yield(gen, value)


def _async_close_then_throw(gen, rec):
    realm = gen.realm
    error = realm.make_error('TypeError', 'The iterator does not provide a throw method')
    it = rec.iterator
    try:
        ret = get_method(realm, it, 'return')
        if ret is None:
            _send_to_frame(gen, 'throw', error)
            return
        inner = ret.call(it, [])
    except (JSThrow, JSErrorSignal) as exc:
        _send_to_frame(gen, 'throw', thrown_value(realm, exc))
        return

    def closed(r):
        if not isinstance(r, JSObject):
            _send_to_frame(gen, 'throw', realm.make_error(
                'TypeError', 'iterator.return() did not return an object'))
        else:
            _send_to_frame(gen, 'throw', error)
    await_value(realm.vm, realm, inner, closed,
                lambda e: _send_to_frame(gen, 'throw', e))


# 27.6.3.9 AsyncGeneratorAwaitReturn ( generator )
def await_return(gen):
    from .promises import perform_promise_then, promise_resolve
    realm = gen.realm
    request = gen.queue[0]
    try:
        promise = promise_resolve(realm, realm.intrinsics['Promise'], request.value)
    except (JSThrow, JSErrorSignal) as exc:
        gen.state = 'completed'
        complete_step(gen, 'throw', thrown_value(realm, exc), True)
        drain_queue(gen)
        return

    def fulfilled(value):
        gen.state = 'completed'
        complete_step(gen, 'next', value, True)
        drain_queue(gen)
        return UNDEFINED

    def rejected(reason):
        gen.state = 'completed'
        complete_step(gen, 'throw', reason, True)
        drain_queue(gen)
        return UNDEFINED
    perform_promise_then(realm, promise, fulfilled, rejected, None)


# 27.6.3.10 AsyncGeneratorDrainQueue ( generator )
def drain_queue(gen):
    while gen.queue:
        request = gen.queue[0]
        if request.mode == 'return':
            gen.state = 'awaiting-return'
            await_return(gen)
            return
        if request.mode == 'throw':
            complete_step(gen, 'throw', request.value, True)
        else:
            complete_step(gen, 'next', UNDEFINED, True)


__all__ = ['AsyncGeneratorObject', 'AsyncGeneratorRequest', 'start_async_generator',
           'async_generator_resume', 'await_return', 'ReturnSignal']

"""Resumable frames: 27.5 generators and 27.7 async functions.

A generator's or async function's frame is always the base frame of a ``VM.run``; the
YIELD, AWAIT and GENERATOR_START opcodes raise ``Suspend`` out of the loop (the frame
keeps its pc, stack and handlers), and resuming runs the same frame again, pushing the
sent value or injecting a throw or a return at the suspension point.
"""
from .errors import JSErrorSignal, JSThrow, thrown_value, type_error
from .objects import JSObject


class Suspend(Exception):
    """Raised by YIELD / AWAIT / GENERATOR_START: the frame stops here for now."""

    def __init__(self, value, kind):
        super().__init__()
        self.value = value
        self.kind = kind   # 'start', 'yield', 'await'


class ReturnSignal:
    """A return completion injected by generator.return(): catch blocks let it pass,
    finally blocks run, and the frame then completes with ``value``."""
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return '<return %r>' % (self.value,)


class GeneratorObject(JSObject):
    """[[GeneratorState]] and the suspended frame ([[GeneratorContext]])."""
    __slots__ = ('frame', 'state', 'delegate')

    def __init__(self, proto, frame):
        JSObject.__init__(self, proto, 'Generator')
        self.frame = frame
        self.state = 'suspendedStart'
        self.delegate = None   # the inner iterator record of a running yield*


def start_generator(vm, func, this, args):
    """27.5.3.? the [[Call]] of a generator function: bind the parameters now, stop at the
    start of the body, return the generator object."""
    realm = func.realm
    frame = vm.new_frame(func, func.code, this, args, None)
    try:
        vm.run(frame)
    except Suspend:
        pass
    proto = func.get('prototype')
    if not isinstance(proto, JSObject):
        proto = realm.intrinsics['GeneratorPrototype']
    return GeneratorObject(proto, frame)


def resume(vm, frame, mode, value):
    """Run a suspended frame: mode 'next' sends ``value``; 'throw' throws it at the
    suspension point; 'return' returns it from there. Returns (value, kind): kind is
    the Suspend kind ('yield', 'await', 'delegate') or 'done' when the frame returned;
    a throw out of the frame raises JSThrow / JSErrorSignal."""
    if mode == 'next':
        frame.stack.append(value)
        inject = None
    elif mode == 'throw':
        inject = value
    else:
        inject = ReturnSignal(value)
    try:
        result = vm.run(frame, inject)
    except Suspend as s:
        return s.value, s.kind
    return result, 'done'


def get_method(realm, obj, key):
    """7.3.11 GetMethod ( V, P ): None when undefined or null."""
    from .values import NULL, UNDEFINED
    from .function import is_callable
    m = obj.get(key)
    if m is UNDEFINED or m is NULL:
        return None
    if not is_callable(m):
        raise type_error('%s is not a function' % realm.describe(m))
    return m


def delegate_sync_step(realm, rec, mode, value):
    """One round of 15.5.5 yield* (generatorKind sync) step 7: send the completion to the
    inner iterator. Returns ('yield', innerResult) to suspend with the inner result as
    is, or the completion to resume the frame with: ('next', v) for the value of the
    yield* expression, ('return', v) or ('throw', e)."""
    from .operations import to_boolean
    it = rec.iterator
    try:
        if mode == 'next':
            from .function import is_callable
            if not is_callable(rec.next_method):
                raise type_error('%s is not a function' % realm.describe(rec.next_method))
            r = rec.next_method.call(it, [value])
        elif mode == 'throw':
            m = get_method(realm, it, 'throw')
            if m is None:
                # 7.c.iii: close the iterator, then a TypeError (protocol violation)
                rec.close()
                raise type_error('The iterator does not provide a throw method')
            r = m.call(it, [value])
        else:
            m = get_method(realm, it, 'return')
            if m is None:
                return 'return', value
            r = m.call(it, [value])
        if not isinstance(r, JSObject):
            raise type_error('Iterator result %s is not an object' % realm.describe(r))
        if to_boolean(r.get('done')):
            return ('return' if mode == 'return' else 'next'), r.get('value')
        return 'yield', r
    except (JSThrow, JSErrorSignal) as exc:
        return 'throw', thrown_value(realm, exc)


def call_async_function(vm, func, this, args):
    """27.7.5.1 AsyncFunctionStart: run until the first await; the result is a promise."""
    from .promises import new_promise_capability
    realm = func.realm
    cap = new_promise_capability(realm, realm.intrinsics['Promise'])
    try:
        frame = vm.new_frame(func, func.code, this, args, None)
    except (JSThrow, JSErrorSignal) as exc:
        cap.reject.call(None, [thrown_value(realm, exc)])
        return cap.promise
    _async_step(vm, realm, frame, cap, None, None, first=True)
    return cap.promise


def _async_step(vm, realm, frame, cap, mode, value, first=False):
    from .values import UNDEFINED
    try:
        if first:
            result = vm.run(frame)
        elif mode == 'next':
            frame.stack.append(value)
            result = vm.run(frame)
        else:
            result = vm.run(frame, value)
    except Suspend as s:
        await_value(vm, realm, s.value,
                    lambda v: _async_step(vm, realm, frame, cap, 'next', v),
                    lambda e: _async_step(vm, realm, frame, cap, 'throw', e),
                    frame)
        return
    except (JSThrow, JSErrorSignal) as exc:
        cap.reject.call(UNDEFINED, [thrown_value(realm, exc)])
        return
    cap.resolve.call(UNDEFINED, [result])


def await_value(vm, realm, value, on_fulfilled, on_rejected, frame=None):
    """27.7.5.3 Await ( value ): PromiseResolve(%Promise%, value), then continue with
    the fulfillment value or the rejection reason as a job."""
    from .promises import perform_promise_then, promise_resolve
    try:
        promise = promise_resolve(realm, realm.intrinsics['Promise'], value)
    except (JSThrow, JSErrorSignal) as exc:
        reason = thrown_value(realm, exc)
        realm.enqueue_job(lambda: on_rejected(reason))
        return
    perform_promise_then(realm, promise, lambda v: on_fulfilled(v) or _UNDEF(),
                         lambda e: on_rejected(e) or _UNDEF(), None)


def _UNDEF():
    from .values import UNDEFINED
    return UNDEFINED

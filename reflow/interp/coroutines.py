"""Resumable frames: 27.5 generators and 27.7 async functions.

A generator's or async function's frame is always the base frame of a ``VM.run``; the
YIELD, AWAIT and GENERATOR_START opcodes raise ``Suspend`` out of the loop (the frame
keeps its pc, stack and handlers), and resuming runs the same frame again, pushing the
sent value or injecting a throw or a return at the suspension point.
"""
from .errors import JSErrorSignal, JSThrow, type_error


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


def start_generator(vm, func, this, args):
    """27.5.3.? the [[Call]] of a generator function: bind the parameters now, stop at the
    start of the body, return the generator object."""
    from reflow.builtins.generator import GeneratorObject
    realm = func.realm
    frame = vm.new_frame(func, func.code, this, args, None)
    try:
        vm.run(frame)
    except Suspend:
        pass
    proto = func.get('prototype')
    from .objects import JSObject
    if not isinstance(proto, JSObject):
        proto = realm.intrinsics['GeneratorPrototype']
    return GeneratorObject(proto, frame)


def resume(vm, frame, mode, value):
    """Run a suspended frame: mode 'next' sends ``value``; 'throw' throws it at the
    suspension point; 'return' returns it from there. Returns (value, done) or raises
    JSThrow; Suspend propagates as ('yield' value, False)."""
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
        return s.value, False
    return result, True


def call_async_function(vm, func, this, args):
    """27.7.5.1 AsyncFunctionStart: run until the first await; the result is a promise."""
    from reflow.builtins.promise import new_promise_capability
    realm = func.realm
    cap = new_promise_capability(realm, realm.intrinsics['Promise'])
    try:
        frame = vm.new_frame(func, func.code, this, args, None)
    except (JSThrow, JSErrorSignal) as exc:
        cap.reject.call(None, [_thrown(realm, exc)])
        return cap.promise
    _async_step(vm, realm, frame, cap, None, None, first=True)
    return cap.promise


def _thrown(realm, exc):
    if isinstance(exc, JSThrow):
        return exc.value
    return realm.make_error(exc.name, exc.message)


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
        cap.reject.call(UNDEFINED, [_thrown(realm, exc)])
        return
    cap.resolve.call(UNDEFINED, [result])


def await_value(vm, realm, value, on_fulfilled, on_rejected, frame=None):
    """27.7.5.3 Await ( value ): PromiseResolve(%Promise%, value), then continue with
    the fulfillment value or the rejection reason as a job."""
    from reflow.builtins.promise import perform_promise_then, promise_resolve
    try:
        promise = promise_resolve(realm, realm.intrinsics['Promise'], value)
    except (JSThrow, JSErrorSignal) as exc:
        reason = _thrown(realm, exc)
        realm.enqueue_job(lambda: on_rejected(reason))
        return
    perform_promise_then(realm, promise, lambda v: on_fulfilled(v) or _UNDEF(),
                         lambda e: on_rejected(e) or _UNDEF(), None)


def _UNDEF():
    from .values import UNDEFINED
    return UNDEFINED

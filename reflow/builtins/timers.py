"""HTML 8.6 Timers (setTimeout, setInterval, clearTimeout, clearInterval) and 8.7
queueMicrotask, on the realm's event loop (reflow/interp/event_loop.py) with Node's
clamping and ordering."""
import math

from reflow.interp.vm.errors import type_error
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import to_number, to_string
from reflow.interp.vm.values import UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


def _timer_callback(realm, handler, extra):
    if is_callable(handler):
        return lambda: handler.call(UNDEFINED, list(extra))
    # a string handler is compiled as a script when the timer fires, as browsers do
    source = to_string(handler)

    def run():
        from reflow.interp.vm.script import evaluate_script
        evaluate_script(realm, source, '[timer]')
    return run


def _set_timer(realm, args, repeat):
    handler = arg(args, 0)
    if handler is UNDEFINED:
        raise type_error('The "callback" argument must be of type function. '
                         'Received undefined')
    delay = to_number(arg(args, 1)) if len(args) > 1 else 0.0
    callback = _timer_callback(realm, handler, args[2:])
    return float(realm.event_loop.add_timer(callback, delay, repeat))


def _clear_timer(realm, args):
    timer_id = arg(args, 0)
    if isinstance(timer_id, JSObject):
        # WebIDL's long: ToNumber, so node:timers' Timeout (its Symbol.toPrimitive is
        # its id) is cleared by the global clearTimeout too, as in Node
        timer_id = to_number(timer_id)
    if type(timer_id) is float and math.isfinite(timer_id):   # no timer has another id
        realm.event_loop.clear_timer(int(timer_id))
    return UNDEFINED


# 8.6 setTimeout ( handler, timeout = 0, ...arguments )
@reg.method('global', 'setTimeout', 1)
def set_timeout(realm, this, args):
    return _set_timer(realm, args, False)


# 8.6 setInterval ( handler, timeout = 0, ...arguments )
@reg.method('global', 'setInterval', 1)
def set_interval(realm, this, args):
    return _set_timer(realm, args, True)


# 8.6 clearTimeout ( id ) / clearInterval ( id ): one list of timers, as the spec says
@reg.method('global', 'clearTimeout', 0)
def clear_timeout(realm, this, args):
    return _clear_timer(realm, args)


@reg.method('global', 'clearInterval', 0)
def clear_interval(realm, this, args):
    return _clear_timer(realm, args)


# 8.7 queueMicrotask ( callback )
@reg.method('global', 'queueMicrotask', 1)
def queue_microtask(realm, this, args):
    callback = arg(args, 0)
    if not is_callable(callback):
        raise type_error('The "callback" argument must be of type function. Received %s'
                         % realm.describe(callback))
    realm.enqueue_job(lambda: callback.call(UNDEFINED, []))
    return UNDEFINED

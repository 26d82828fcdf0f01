"""Host ops of node:timers (lib/timers.js): the realm's event loop timers (the ones the
global setTimeout uses, reflow/ext/event_loop.py) and its setImmediate queue."""
from reflow.interp.vm.function import arg
from reflow.interp.vm.operations import to_boolean, to_number
from reflow.interp.vm.values import UNDEFINED
from ..hostops import ops_object


def create(realm):
    loop = realm.event_loop

    def callback_of(fn):
        return lambda: fn.call(UNDEFINED, [])

    def timer_id(args):
        return int(to_number(arg(args, 0)))

    def set_timer(this, args):
        # (callback, delay, repeat[, id to re-arm])
        again = arg(args, 3)
        return float(loop.add_timer(callback_of(arg(args, 0)), to_number(arg(args, 1)),
                                    to_boolean(arg(args, 2)),
                                    None if again is UNDEFINED else int(to_number(again))))

    def clear_timer(this, args):
        loop.clear_timer(timer_id(args))
        return UNDEFINED

    def set_timer_ref(this, args):
        loop.set_timer_ref(timer_id(args), to_boolean(arg(args, 1)))
        return UNDEFINED

    def set_immediate(this, args):
        return float(loop.add_immediate(callback_of(arg(args, 0))))

    def clear_immediate(this, args):
        loop.clear_immediate(timer_id(args))
        return UNDEFINED

    def set_immediate_ref(this, args):
        loop.set_immediate_ref(timer_id(args), to_boolean(arg(args, 1)))
        return UNDEFINED

    return ops_object(realm, {
        'setTimer': (set_timer, 4), 'clearTimer': (clear_timer, 1),
        'setTimerRef': (set_timer_ref, 2), 'setImmediate': (set_immediate, 1),
        'clearImmediate': (clear_immediate, 1), 'setImmediateRef': (set_immediate_ref, 2),
    })

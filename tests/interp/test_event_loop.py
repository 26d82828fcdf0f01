"""reflow/interp/event_loop.py: timers in due-time then creation order, Node's clamping,
microtasks between macrotasks, host tasks that keep the loop alive, errors ending it."""
import asyncio

import pytest

from reflow.interp.vm.errors import JSThrow
from reflow.ext.event_loop import TIMEOUT_MAX, clamp_delay
from reflow.ext.host import create_realm
from reflow.interp.vm.script import evaluate_script
from reflow.interp.vm.values import UNDEFINED


def test_clamp_delay_follows_node():
    assert clamp_delay(float('nan')) == 1.0
    assert clamp_delay(0.0) == 1.0
    assert clamp_delay(-5.0) == 1.0
    assert clamp_delay(TIMEOUT_MAX + 1.0) == 1.0
    assert clamp_delay(25.0) == 25.0


def test_timers_run_by_due_time_then_creation_with_microtasks_between():
    realm = create_realm()
    order = []
    loop = realm.event_loop
    loop.add_timer(lambda: order.append('late'), 20)
    loop.add_timer(lambda: (order.append('a'), realm.enqueue_job(lambda: order.append('job'))),
                   1)
    loop.add_timer(lambda: order.append('b'), 1)
    cancelled = loop.add_timer(lambda: order.append('never'), 1)
    loop.clear_timer(cancelled)
    loop.run()
    assert order == ['a', 'job', 'b', 'late']


def test_a_host_task_keeps_the_loop_alive_and_reports_in_a_macrotask():
    realm = create_realm()
    seen = []
    loop = realm.event_loop

    async def io():
        await asyncio.sleep(0.01)
        return 42

    async def main():
        loop.track(io(), lambda ok, value: seen.append((ok, value)))
        await loop.run_async()
    asyncio.run(main())
    assert seen == [(True, 42)]


def test_an_uncaught_error_in_a_timer_ends_the_loop_with_it():
    realm = create_realm()
    evaluate_script(realm, 'setTimeout(() => { throw new Error("boom") }, 1);'
                           'setTimeout(() => { globalThis.after = 1 }, 50);', 't.js')
    with pytest.raises(JSThrow) as info:
        realm.event_loop.run()
    assert info.value.value.get('message') == 'boom'
    assert realm.global_object.get('after') is UNDEFINED   # the loop stopped there

"""The limits of an embedded engine: execution_timeout, interrupt() from another
thread, memory_limit and max_stack_depth; each stops the script, JS cannot catch it,
and the same runtime runs the next script correctly."""
import threading

import pytest

import reflow
from reflow import CoreRuntimeConfig, JSError, JavascriptRuntime
from tests.host.conftest import run


def runtime(**config):
    return JavascriptRuntime(CoreRuntimeConfig(**config))


def py(rt, source):
    return rt.convert_value_to_python(run(rt.execute('t.js', source)))


RUNAWAY = {
    'loop': 'while (true) {}',
    'regexp': '/(a|aa)+$/.test("a".repeat(40) + "b")',   # catastrophic for the regex module
    'sort': 'const a = []; for (let i = 0; i < 3e5; i++) a.push((i * 7919) % 1e5); '
            'for (;;) a.slice().sort((x, y) => x - y)',
    'repeat': 'let s = ""; for (;;) s = "x".repeat(2 ** 27).slice(1) + s.slice(0, 1)',
    'timer': 'new Promise(r => setTimeout(r, 60000))',
}


@pytest.mark.parametrize('kind', sorted(RUNAWAY))
def test_execution_timeout_stops_any_script(kind):
    with runtime(execution_timeout=0.3) as rt:
        with pytest.raises(reflow.TimeoutError):
            run(rt.execute('t.js', RUNAWAY[kind]))
        assert py(rt, '1 + 1') == 2


def test_the_timeout_is_not_seen_by_catch_or_finally():
    with runtime(execution_timeout=0.2) as rt:
        with pytest.raises(reflow.TimeoutError):
            run(rt.execute('t.js', 'var seen = [];'
                                   'try { try { while (true) {} } catch (e) { seen.push("catch") }'
                                   ' finally { seen.push("finally") } } finally { seen.push(2) }'))
        assert py(rt, 'seen.length') == 0


def test_interrupt_from_another_thread():
    with JavascriptRuntime() as rt:
        started = threading.Event()
        rt.register_function('started', started.set)
        stopper = threading.Thread(target=lambda: (started.wait(10), rt.interrupt()))
        stopper.start()
        with pytest.raises(reflow.InterruptedError):
            run(rt.execute('t.js', 'started(); for (;;) {}'))
        stopper.join(10)
        assert not stopper.is_alive()
        assert py(rt, '"usable"') == 'usable'


def test_interrupt_while_waiting_for_a_timer():
    with JavascriptRuntime() as rt:
        rt.register_function('arm', lambda: threading.Timer(0.1, rt.interrupt).start())
        with pytest.raises(reflow.InterruptedError):
            run(rt.execute('t.js', 'arm(); new Promise(r => setTimeout(r, 60000))'))
        assert py(rt, '2') == 2


def test_interrupted_program_timers_are_dropped():
    with runtime(execution_timeout=0.2) as rt:
        with pytest.raises(reflow.TimeoutError):
            run(rt.execute('t.js', 'var fired = 0; setInterval(() => fired++, 1); for (;;) {}'))
        assert py(rt, 'new Promise(r => setTimeout(() => r(fired), 20))') == 0


def test_memory_limit_ends_an_allocation_loop_with_a_range_error():
    with runtime(memory_limit=64 * 1024 * 1024) as rt:
        with pytest.raises(JSError) as info:
            run(rt.execute('t.js', 'const keep = []; for (;;) keep.push("x".repeat(1000) + keep.length)'))
        assert info.value.name == 'RangeError'
        # catchable in JS, and the runtime goes on
        assert py(rt, 'try { const k = []; for (;;) k.push({a: k.length}) } '
                      'catch (e) { e instanceof RangeError }') is True
        assert py(rt, 'let n = 0; for (let i = 0; i < 1e5; i++) { const o = {i}; n += o.i }; n') \
            == 4999950000


def test_memory_limit_lets_garbage_go():
    with runtime(memory_limit=32 * 1024 * 1024) as rt:
        assert py(rt, 'let t = 0; for (let i = 0; i < 3e5; i++) '
                      '{ const s = "y".repeat(200) + i; t += s.length }; t') > 6e7


def test_max_stack_depth():
    with runtime(max_stack_depth=200) as rt:
        assert py(rt, 'function d(n) { return n ? 1 + d(n - 1) : 0 }; d(150)') == 150
        with pytest.raises(JSError) as info:
            run(rt.execute('t.js', 'd(500)'))
        assert (info.value.name, info.value.message) == (
            'RangeError', 'Maximum call stack size exceeded')
        assert py(rt, 'd(100)') == 100

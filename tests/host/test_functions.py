"""Calls both ways: registered Python functions called from JS (sync and async,
exceptions crossing as JS errors), declare_function, call_function(_async)."""
import asyncio

import pytest

from reflow import JSError, JavascriptRuntime
from tests.host.conftest import run


def py(rt, source):
    return rt.convert_value_to_python(run(rt.execute('test.js', source)))


def test_a_registered_function_gets_converted_arguments(rt):
    seen = []

    def record(*args):
        seen.append(args)
        return {'sum': sum(a for a in args if isinstance(a, (int, float)))}
    rt.register_function('record', record)
    assert py(rt, 'record(1, 2.5, "x").sum') == 3.5
    assert seen == [(1, 2.5, 'x')]


def test_a_python_exception_is_a_catchable_js_error(rt):
    def fail():
        raise ValueError('no such thing')
    rt.register_function('fail', fail)
    result = py(rt, 'try { fail(); "not thrown" } catch (e) { '
                    '[e instanceof Error, e.message, String(e.stack).includes("Traceback")] }')
    assert result[0] is True and 'no such thing' in result[1] and result[2] is False


def test_an_uncaught_python_exception_reaches_the_host_as_jserror(rt):
    rt.register_function('fail', lambda: 1 / 0)
    with pytest.raises(JSError) as info:
        run(rt.execute('t.js', 'fail()'))
    assert 'division by zero' in info.value.message


def test_an_async_python_function_returns_a_promise(rt):
    async def fetch_value(x):
        await asyncio.sleep(0.001)
        return x * 10
    rt.register_function('fetchValue', fetch_value)
    assert py(rt, 'fetchValue(4).then(v => v + 2)') == 42
    assert py(rt, 'fetchValue(1) instanceof Promise') is True


def test_an_async_python_failure_rejects_the_promise(rt):
    async def fail():
        raise KeyError('gone')
    rt.register_function('failLater', fail)
    assert 'gone' in py(rt, 'failLater().then(() => "no", e => e.message)')


def test_a_host_function_exposes_no_python_to_js(rt):
    rt.register_function('hostFn', lambda: 1)
    names = py(rt, 'Object.getOwnPropertyNames(hostFn).sort().join()')
    assert names == 'length,name'
    assert py(rt, 'hostFn.toString()') == 'function hostFn() { [native code] }'
    assert py(rt, 'hostFn.constructor === Function') is True


def test_declare_and_call_function(rt):
    rt.declare_function('add', '(a, b) => a + b')
    assert rt.call_function('add', [2, 3]) == 5
    assert run(rt.call_function_async('add', ['a', 'b'])) == 'ab'


def test_call_function_settles_a_returned_promise(rt):
    rt.declare_function('later', 'async function (x) { await null; return x + 1 }')
    assert rt.call_function('later', [1]) == 2
    rt.declare_function('timer', '(x) => new Promise(r => setTimeout(() => r(x), 5))')
    assert rt.call_function('timer', ['t']) == 't'
    assert run(rt.call_function_async('timer', ['u'])) == 'u'


def test_call_function_of_a_missing_name_is_a_type_error(rt):
    with pytest.raises(JSError) as info:
        rt.call_function('nothing', [])
    assert info.value.name == 'TypeError'


def test_declare_function_rejects_what_is_not_a_function(rt):
    with pytest.raises(JSError, match='not a function expression'):
        rt.declare_function('f', '42')


def test_a_js_function_converted_to_python_is_callable(rt):
    fn = py(rt, '(x) => x * 3')
    assert fn(5) == 15


def test_js_calls_python_which_calls_js_again(rt):
    rt.declare_function('inner', '(x) => x + 1')
    rt.register_function('outer', lambda x: rt.call_function('inner', [x]) * 2)
    assert py(rt, 'outer(4)') == 10


def test_a_js_error_from_a_nested_call_keeps_its_value(rt):
    rt.declare_function('thrower', '() => { throw new SyntaxError("inner") }')
    rt.register_function('viaPython', lambda: rt.call_function('thrower', []))
    assert py(rt, 'try { viaPython() } catch (e) { e.name + ":" + e.message }') == \
        'SyntaxError:inner'


def test_the_sync_call_inside_a_running_loop_refuses_timers():
    async def main():
        with JavascriptRuntime() as rt:
            rt.declare_function('timer', '() => new Promise(r => setTimeout(r, 5))')
            with pytest.raises(RuntimeError, match='async method'):
                rt.call_function('timer', [])
            rt.declare_function('quick', 'async () => 1')
            return rt.call_function('quick', [])
    assert run(main()) == 1

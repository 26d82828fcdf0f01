"""Python callables called from JS, JS promises awaited from Python, and exceptions
crossing both ways (reflow/ext/host_function.py, reflow/ext/bridge.py)."""
import asyncio
from typing import List, Optional

import pytest

from reflow.ext.convert import to_python
from reflow.ext.errors import JSError
from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.values import UNDEFINED
from reflow.interp.vm.dispatch import ExecutionInterrupted


def test_name_length_and_call(env):
    def greet(who, punctuation='!', *rest):
        return 'hello %s%s' % (who, punctuation)
    env.set_global('greet', greet)
    assert env.js('[greet.name, greet.length, greet("you"), greet("me", "?")].join()') == \
        'greet,1,hello you!,hello me?'
    env.set_global('anon', lambda: 1)
    assert env.js('anon.name') == ''


def test_missing_arguments_are_undefined_and_extra_ones_dropped(env):
    seen = []
    env.set_global('f', lambda a, b: seen.append((a, b)))
    env.js('f(1); f(1, 2, 3)')
    assert seen == [(1, UNDEFINED), (1, 2)]
    env.set_global('g', lambda *args: list(args))
    assert env.js('g(1, "a", null).length') == 3.0


def test_arguments_and_results_convert(env):
    def total(items, scale):
        return {'sum': sum(items) * scale, 'bytes': bytes(items)}
    env.set_global('total', total)
    assert env.js('const r = total([1, 2], 2); r.sum === 6 && r.bytes instanceof '
                  'Uint8Array && r.bytes[1] === 2')


def test_annotated_parameters_are_converted_typed(env):
    def pick(names: List[str], index: int, default: Optional[str] = None):
        return names[index] if index < len(names) else default
    env.set_global('pick', pick)
    assert env.js('pick(["a", "b"], 1)') == 'b'
    assert env.js('try { pick(["a", 2], 0) } catch (e) { `${e.name}: ${e.message}` }') == \
        'TypeError: names[1]: expected str, got number 2'
    assert env.js('try { pick(["a"]) } catch (e) { e.message }') == \
        'index: expected int, got undefined'


def test_python_exceptions_become_js_errors(env):
    def fail(kind):
        raise {'type': TypeError('bad type'), 'value': ValueError('bad value'),
               'overflow': OverflowError('too big'), 'key': KeyError('k'),
               'runtime': RuntimeError('broken')}[kind]
    env.set_global('fail', fail)
    got = env.js('''["type", "value", "overflow", "key", "runtime"].map(k => {
        try { fail(k) } catch (e) { return `${e.constructor.name}|${e.name}|${e.message}` }
    }).join("\\n")''')
    assert got.split('\n') == ['TypeError|TypeError|bad type',
                               'RangeError|RangeError|bad value',
                               'RangeError|RangeError|too big',
                               "Error|Error|'k'",
                               'Error|Error|broken']


def test_nothing_of_python_is_reachable_from_js(env):
    def secret():
        raise RuntimeError('oops')
    env.set_global('secret', secret)
    assert env.js('secret.toString()') == 'function secret() { [native code] }'
    assert env.js('Object.getOwnPropertyNames(secret).join()') == 'length,name'
    assert env.js('Object.getOwnPropertySymbols(secret).length') == 0.0
    assert env.js('secret.constructor === Function && '
                  'Object.getPrototypeOf(secret) === Function.prototype')
    assert env.js('try { secret() } catch (e) { Object.getOwnPropertyNames(e).join() }') \
        == 'message,stack'
    stack = env.js('function outer() { secret() } '
                   'try { outer() } catch (e) { e.stack }')
    assert stack.startswith('Error: oops\n    at outer (test.js:1:')
    for python_text in ('Traceback', '.py', 'RuntimeError', 'line '):
        assert python_text not in stack


def test_jserror_from_a_nested_call_rethrows_the_original_value(env):
    env.js('globalThis.thrower = () => { throw globalThis.original = new SyntaxError("x") }')
    calls = to_python(env.realm, env.js('thrower'), env.bridge)

    def middle():
        calls()   # raises JSError; not caught here
    env.set_global('middle', middle)
    assert env.js('try { middle() } catch (e) { e === original }') is True

    def catches():
        try:
            calls()
        except JSError as e:
            return 'caught %s: %s' % (e.name, e.message)
    env.set_global('catches', catches)
    assert env.js('catches()') == 'caught SyntaxError: x'


def test_throw_of_a_non_error_value_crosses_unchanged(env):
    f = env.py('() => { throw {code: 7} }')

    def relay():
        f()
    env.set_global('relay', relay)
    assert env.js('try { relay() } catch (e) { e.code }') == 7.0


def test_base_exceptions_pass_through(env):
    def stop():
        raise KeyboardInterrupt
    env.set_global('stop', stop)
    with pytest.raises(KeyboardInterrupt):
        env.js('try { stop() } catch (e) { "caught" }')

    def interrupted():
        raise ExecutionInterrupted('interrupted')
    env.set_global('interrupted', interrupted)
    with pytest.raises(ExecutionInterrupted):
        env.js('try { interrupted() } catch (e) {} finally {}')


def test_recursion_error_is_a_range_error(env):
    def deep():
        raise RecursionError('maximum recursion depth exceeded')
    env.set_global('deep', deep)
    assert env.js('try { deep() } catch (e) { `${e.name}: ${e.message}` }') == \
        'RangeError: Maximum call stack size exceeded'


def test_a_result_with_no_js_form_is_a_type_error(env):
    env.set_global('odd', lambda: {'x': object()})
    assert env.js('try { odd() } catch (e) { `${e.name}: ${e.message}` }') == \
        'TypeError: $.x: a Python object has no JS form'


def test_calling_js_drains_microtasks_only_at_the_outermost_level(env):
    env.js('globalThis.log = []')
    queue = env.py('() => { Promise.resolve().then(() => log.push("job")); '
                   'log.push("call") }')
    queue()
    assert env.js('log.join()') == 'call,job'

    def nested():
        queue()
        return env.js('log.join()')
    env.set_global('nested', nested)
    assert env.js('log.length = 0; nested()') == 'call'   # the outer JS is still running
    env.realm.run_jobs()
    assert env.js('log.join()') == 'call,job'


# -- async ---------------------------------------------------------------------------------

def run_async(env, source):
    """Evaluate ``source`` inside asyncio.run, then drive the realm's event loop."""
    async def main():
        env.js(source)
        await env.realm.event_loop.run_async()
    asyncio.run(main())


def test_async_host_function_returns_a_promise(env):
    async def fetch(x: int):
        await asyncio.sleep(0)
        return {'got': x * 2}
    env.set_global('fetch', fetch)
    run_async(env, 'globalThis.p = fetch(21); globalThis.isPromise = p instanceof '
                   'Promise; p.then(v => { globalThis.result = v.got })')
    assert env.js('isPromise && result') == 42.0


def test_async_host_function_exception_rejects(env):
    async def broken():
        await asyncio.sleep(0)
        raise ValueError('late failure')
    env.set_global('broken', broken)
    run_async(env, 'broken().catch(e => { globalThis.err = `${e.name}: ${e.message}` })')
    assert env.js('err') == 'RangeError: late failure'


def test_plain_callable_returning_an_awaitable_is_a_promise(env):
    async def later():
        return 'done'
    env.set_global('starts', lambda: later())
    run_async(env, '(async () => { globalThis.r = await starts() })()')
    assert env.js('r') == 'done'


def test_async_host_function_without_a_loop_rejects(env):
    async def needs_loop():
        return 1
    env.set_global('needs_loop', needs_loop)
    env.js('needs_loop().catch(e => { globalThis.err = e.message })')
    env.realm.run_jobs()
    assert env.js('err') == 'an async host function needs a running asyncio loop'


def test_awaiting_js_promises_from_python(env):
    resolved = env.py('Promise.resolve([1, 2])')
    rejected = env.py('Promise.reject(new TypeError("no"))')
    timed = env.py('new Promise(r => setTimeout(() => r("later"), 1))')

    async def main():
        out = [await resolved]
        with pytest.raises(JSError) as e:
            await rejected   # before the event loop runs: it is handled by then
        out.append(e.value.name)
        out.append(await timed)
        return out
    assert asyncio.run(main()) == [[1, 2], 'TypeError', 'later']
    assert env.realm.rejections == []


def test_an_unhandled_rejection_while_waiting_is_raised(env):
    env.js('Promise.reject(new URIError("nobody handles me"))')
    timed = env.py('new Promise(r => setTimeout(() => r("later"), 1))')

    async def main():
        await timed
    with pytest.raises(JSError) as e:
        asyncio.run(main())
    assert (e.value.name, e.value.message) == ('URIError', 'nobody handles me')


def test_awaiting_a_promise_nothing_can_settle_is_an_error(env):
    never = env.py('new Promise(() => {})')

    async def main():
        await never
    with pytest.raises(RuntimeError) as e:
        asyncio.run(main())
    assert 'still pending' in str(e.value)


def test_js_async_function_called_from_python(env):
    f = env.py('async (x) => { await null; if (x < 0) throw new RangeError("neg"); '
               'return x + 1 }')

    async def main():
        ok = await f(1)
        with pytest.raises(JSError) as e:
            await f(-1)
        return ok, e.value.message
    assert asyncio.run(main()) == (2, 'neg')


def test_js_sees_no_python_through_async_paths(env):
    async def fails():
        raise RuntimeError('async oops')
    env.set_global('fails', fails)
    run_async(env, 'fails().catch(e => { globalThis.keys = Object.getOwnPropertyNames(e)'
                   '.join(); globalThis.proto = Object.getPrototypeOf(e) === '
                   'Error.prototype })')
    assert env.js('keys') == 'message,stack' and env.js('proto') is True


def test_throw_inside_a_host_function_callback_is_catchable_in_js(env):
    def apply(fn):
        return fn(2)
    env.set_global('apply', apply)
    assert env.js('apply(x => x * 5)') == 10.0
    assert env.js('try { apply(() => { throw new EvalError("e") }) } '
                  'catch (e) { e instanceof EvalError }') is True


def test_jsthrow_is_not_an_argument_of_python(env):
    # a JS error in flight is never handed to Python code as the engine's exception
    seen = []

    def record(fn):
        try:
            fn()
        except JSThrow:
            seen.append('engine exception')
        except JSError:
            seen.append('JSError')
    env.set_global('record', record)
    env.js('record(() => { throw 1 })')
    assert seen == ['JSError']


def test_a_dataclass_as_a_host_function_takes_typed_fields(env):
    import dataclasses

    @dataclasses.dataclass
    class Point:
        x: int
        y: int = 0
    env.set_global('Point', Point)
    assert env.js('const p = Point(3); p.x === 3 && p.y === 0 && Point.length === 1')
    assert env.js('try { Point("a") } catch (e) { e.message }') == \
        'x: expected int, got string "a"'
    assert env.js('try { new Point(1) } catch (e) { e.name }') == 'TypeError'


def test_a_cancelled_host_coroutine_rejects(env):
    async def cancelled():
        raise asyncio.CancelledError
    env.set_global('cancelled', cancelled)
    run_async(env, 'cancelled().catch(e => { globalThis.err = e.message })')
    assert env.js('err') == 'the host coroutine was cancelled'

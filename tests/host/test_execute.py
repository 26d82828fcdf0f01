"""JavascriptRuntime.execute and execute_module: values, persistence, promises with
timers, and errors as JSError with the JS name, message and stack."""
import asyncio

import pytest

from reflow import JSError, JavascriptRuntime, UNDEFINED
from tests.host.conftest import run


def py(rt, source, name='test.js'):
    return rt.convert_value_to_python(run(rt.execute(name, source)))


def test_execute_returns_a_handle_of_the_completion_value(rt):
    handle = run(rt.execute('calc.js', '1 + 1'))
    assert rt.convert_value_to_python(handle) == 2
    assert 'number' in repr(handle)


def test_globals_persist_across_calls(rt):
    py(rt, 'var counter = 40; let lexical = 1; function bump() { return ++counter }')
    assert py(rt, 'bump() + lexical') == 42


def test_a_promise_completion_value_is_awaited_with_its_timers(rt):
    source = 'new Promise(r => setTimeout(() => r("late"), 5)).then(v => v + "!")'
    assert py(rt, source) == 'late!'


def test_execute_awaits_on_the_callers_loop():
    async def main():
        with JavascriptRuntime() as rt:
            other = asyncio.create_task(asyncio.sleep(0.001, result='python ran too'))
            value = await rt.execute('t.js', 'new Promise(r => setTimeout(() => r(7), 20))')
            # the other task ran on the same loop while the timer was pending
            return rt.convert_value_to_python(value), other.done() and other.result()
    assert run(main()) == (7, 'python ran too')


def test_a_throw_is_a_jserror_with_name_message_and_stack(rt):
    with pytest.raises(JSError) as info:
        run(rt.execute('boom.js', 'function f() {\n  throw new TypeError("bad " + 1)\n}\nf()'))
    err = info.value
    assert (err.name, err.message) == ('TypeError', 'bad 1')
    assert err.stack.split('\n')[0] == 'TypeError: bad 1'
    assert 'boom.js:2:' in err.stack
    assert isinstance(rt.convert_value_to_python(err.value), JSError)


def test_a_rejected_promise_is_a_jserror(rt):
    with pytest.raises(JSError) as info:
        run(rt.execute('r.js', 'Promise.reject(new RangeError("no"))'))
    assert (info.value.name, info.value.message) == ('RangeError', 'no')


def test_a_thrown_non_error_keeps_its_value(rt):
    with pytest.raises(JSError) as info:
        run(rt.execute('t.js', 'throw {code: 7}'))
    assert info.value.name == 'Uncaught'
    assert rt.convert_value_to_python(info.value.value) == {'code': 7}


def test_a_syntax_error_names_file_line_and_column(rt):
    with pytest.raises(JSError) as info:
        run(rt.execute('bad.js', 'let x = 1;\nlet = = 2;'))
    assert info.value.name == 'SyntaxError'
    assert 'bad.js:2:' in str(info.value)


def test_a_getter_on_the_thrown_error_never_runs_into_the_host(rt):
    source = ('const e = new Error("m"); Object.defineProperty(e, "name", '
              '{get() { throw new Error("trap") }}); throw e')
    with pytest.raises(JSError) as info:
        run(rt.execute('g.js', source))
    assert info.value.message == 'm'


def test_the_runtime_goes_on_after_an_error(rt):
    with pytest.raises(JSError):
        run(rt.execute('a.js', 'var kept = 1; throw new Error("x")'))
    assert py(rt, 'kept + 1') == 2


def test_undefined_is_its_own_sentinel(rt):
    assert py(rt, 'undefined') is UNDEFINED
    assert py(rt, 'null') is None


def test_a_promise_that_can_never_settle_is_an_error(rt):
    with pytest.raises(JSError) as info:
        run(rt.execute('p.js', 'new Promise(() => {})'))
    assert 'never settles' in info.value.message


def test_execute_module_from_memory_gives_its_namespace(rt):
    ns = run(rt.execute_module('mem.mjs', 'export const a = 1; export default await 2;'))
    assert rt.convert_value_to_python(ns) == {'a': 1, 'default': 2}


def test_execute_module_from_a_file_with_imports(rt, tmp_path):
    (tmp_path / 'lib.mjs').write_text('export const twice = (x) => x * 2;')
    (tmp_path / 'main.mjs').write_text('import { twice } from "./lib.mjs";\n'
                                       'export const four = twice(2);')
    ns = run(rt.execute_module(str(tmp_path / 'main.mjs')))
    assert rt.convert_value_to_python(ns) == {'four': 4}


def test_a_missing_module_file_is_a_jserror(rt, tmp_path):
    with pytest.raises(JSError) as info:
        run(rt.execute_module(str(tmp_path / 'none.mjs')))
    assert info.value.name == 'TypeError'
    assert 'Cannot find module' in info.value.message


def test_wrong_argument_types_are_python_type_errors(rt):
    with pytest.raises(TypeError, match='source must be a str'):
        run(rt.execute('x.js', b'1'))
    with pytest.raises(TypeError, match='config must be a CoreRuntimeConfig'):
        JavascriptRuntime({'typescript': True})


def test_console_output_goes_to_the_configured_sink():
    from reflow import CoreRuntimeConfig
    lines = []
    rt = JavascriptRuntime(CoreRuntimeConfig(
        console_output=lambda text, stream: lines.append((stream, text))))
    run(rt.execute('c.js', 'console.log("out", 1); console.error("err")'))
    rt.close()
    assert lines == [('stdout', 'out 1'), ('stderr', 'err')]


def test_console_output_to_a_logger(caplog):
    import logging
    from reflow import CoreRuntimeConfig
    logger = logging.getLogger('reflow.test.console')
    with caplog.at_level(logging.INFO, logger='reflow.test.console'):
        rt = JavascriptRuntime(CoreRuntimeConfig(console_output=logger))
        run(rt.execute('c.js', 'console.log("to the log"); console.warn("careful")'))
        rt.close()
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ('INFO', 'to the log'), ('WARNING', 'careful')]


def test_new_async_makes_a_runtime_with_a_config():
    from reflow import CoreRuntimeConfig, PermissionOptions

    async def main():
        rt = await JavascriptRuntime.new_async(CoreRuntimeConfig(
            permissions=PermissionOptions(allow_read=[]), typescript=True))
        try:
            return rt.convert_value_to_python(await rt.execute('a.js', '"ok"'))
        finally:
            rt.close()
    assert run(main()) == 'ok'


def test_a_closed_runtime_refuses_calls():
    from reflow.ext.errors import RuntimeClosed
    rt = JavascriptRuntime()
    rt.close()
    rt.close()   # idempotent
    with pytest.raises(RuntimeClosed):
        run(rt.execute('a.js', '1'))


def test_with_and_async_with_close_the_runtime():
    with JavascriptRuntime() as rt:
        assert py(rt, '3') == 3
    assert rt.closed

    async def main():
        async with JavascriptRuntime() as rt:
            await rt.execute('a.js', '1')
        return rt
    assert run(main()).closed


def test_process_exit_ends_the_program_not_the_runtime():
    import reflow
    with JavascriptRuntime() as rt:
        with pytest.raises(reflow.ProgramExited) as info:
            run(rt.execute('t.js', 'setTimeout(() => { throw 1 }, 0);'
                                   'process.on("exit", (c) => { globalThis.seen = c });'
                                   'process.exit(4); "not reached"'))
        assert info.value.code == 4
        # the runtime goes on, its globals kept and the exited program's timer dropped
        assert rt.convert_value_to_python(run(rt.execute('u.js', 'seen'))) == 4
        run(rt.run_event_loop())

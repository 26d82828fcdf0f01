"""Stopping running code: Ctrl-C ends `reflow run` with status 130 in both builds
(wherever the loop is: the script, a timer, a promise job), and the VM's poll serves the
host's interrupt() and time limit, which no JS catch or finally intercepts."""
import os
import signal
import subprocess
import sys

import pytest

from reflow.interp.vm import dispatch as vm_module
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import native_stack
from reflow.ext.host import create_realm
from reflow.interp.vm.script import evaluate_script
from reflow.interp.vm.values import UNDEFINED
from reflow.interp.vm.dispatch import ExecutionInterrupted

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SPINNERS = {
    'script': "console.log('started'); while (true) {}",
    'timer': "setTimeout(() => { console.log('started'); for (;;) {} }, 1);",
    'promise_job': "Promise.resolve().then(() => { console.log('started'); do {} while (1); });",
    'recursion': "console.log('started'); (function f() { try { f(); } finally { f(); } })();",
    'sort': "console.log('started'); const a = Array.from({ length: 1e6 }, (_, i) => -i);"
            "while (true) a.sort((x, y) => x - y);",
}


@pytest.mark.parametrize('pure', ['0', '1'])
@pytest.mark.parametrize('where', sorted(SPINNERS))
def test_sigint_ends_the_program_with_130(tmp_path, pure, where):
    path = tmp_path / 'spin.js'
    path.write_text(SPINNERS[where])
    env = dict(os.environ, REFLOW_PURE=pure, PYTHONUNBUFFERED='1')
    proc = subprocess.Popen([sys.executable, '-m', 'reflow', 'run', str(path)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline() == 'started\n'   # the JS code runs now
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert 'Traceback' not in err


def realm_with_stop():
    """A realm whose global stop() asks its VM to stop, as another thread would."""
    realm = create_realm()

    def stop(this, args):
        realm.vm.interrupt()
        return UNDEFINED
    realm.global_object.define('stop', NativeFunction(realm, stop, 'stop', 0))
    return realm


@pytest.mark.parametrize('source', [
    'stop(); while (true) {}',
    'stop(); for (;;) { try { throw 1; } catch (e) {} }',
    'stop(); (function f() { try { f(); } finally { f(); } })()',   # no loop: calls poll
    'stop(); do {} while (true)',
    # a long built-in calling back into JS polls as it enters the callback
    'stop(); Array.from({ length: 5000 }, (_, i) => -i).sort((a, b) => a - b); leaked = 1',
])
def test_interrupt_stops_the_running_code(source):
    realm = realm_with_stop()
    with pytest.raises(ExecutionInterrupted):
        evaluate_script(realm, 'var leaked = 0;' + source, 'spin.js')
    assert realm.vm.depth == 0 and realm.vm.frame is None and native_stack().depth == 0
    assert vm_module.running_vm() is None
    assert realm.global_object.get('leaked') == 0
    # the request was used up: the realm runs code again
    assert evaluate_script(realm, '1 + 1', 'again.js') == 2.0


def test_catch_and_finally_do_not_see_an_interrupt():
    realm = realm_with_stop()
    with pytest.raises(ExecutionInterrupted):
        evaluate_script(realm, '''
            var seen = [];
            try { stop(); while (true) {} }
            catch (e) { seen.push('catch'); }
            finally { seen.push('finally'); }''', 'spin.js')
    assert evaluate_script(realm, 'seen.length', 'check.js') == 0.0


def test_a_time_limit_stops_the_running_code():
    realm = create_realm()
    realm.vm.set_time_limit(0)   # already past: the first poll stops the loop
    with pytest.raises(ExecutionInterrupted):
        evaluate_script(realm, 'while (true) {}', 'spin.js')
    assert realm.vm.deadline is None
    assert evaluate_script(realm, "'after'", 'again.js') == 'after'


def test_a_time_limit_in_the_future_lets_short_code_finish():
    realm = create_realm()
    realm.vm.set_time_limit(3600)
    assert evaluate_script(realm, 'let s = 0; for (let i = 0; i < 20000; i++) s += i; s',
                           'sum.js') == 199990000.0


# a long built-in polls on its own: asked to stop before it starts, it stops inside
# (the statement after it never runs; there is no loop of the script to poll)
SPARSE = '{ length: 2 ** 40, __proto__: [0] }'   # every index read: a prototype has one
BIG = 'var big = Array.from({ length: 100000 }, (_, i) => (i * 7919) % 100000);'


@pytest.mark.parametrize('source', [
    'stop(); [].indexOf.call(%s, 1); leaked = 1' % SPARSE,
    'stop(); [].includes.call(%s, 1); leaked = 1' % SPARSE,
    'stop(); [].lastIndexOf.call({ length: 2 ** 40, __proto__: [0] }, 1); leaked = 1',
    'stop(); [].fill.call(%s, 1); leaked = 1' % SPARSE,
    'stop(); [].copyWithin.call(%s, 1, 0); leaked = 1' % SPARSE,
    'stop(); [].join.call({ length: 2 ** 28, __proto__: [0] }); leaked = 1',
    'stop(); Array.from({ length: 2 ** 30 }); leaked = 1',
    BIG + 'stop(); big.sort(); leaked = 1',
    BIG + 'stop(); big.toString(); leaked = 1',
    BIG + 'stop(); big.reverse(); leaked = 1',
    BIG + 'stop(); JSON.stringify(big); leaked = 1',
    "stop(); /^(\\w|\\w\\w)*$/.test('a'.repeat(60) + '!'); leaked = 1",
    "stop(); ('a'.repeat(60) + '!').replace(/^(\\w|\\w\\w)*$/g, 'x'); leaked = 1",
])
def test_a_long_builtin_polls(source):
    realm = realm_with_stop()
    with pytest.raises(vm_module.InterruptRequested):
        evaluate_script(realm, 'var leaked = 0;' + source, 'long.js')
    assert_reset(realm)
    assert realm.global_object.get('leaked') == 0


def assert_reset(realm):
    """Nothing of the stopped run is left: the same realm runs the next script."""
    assert realm.vm.depth == 0 and realm.vm.frame is None and native_stack().depth == 0
    assert vm_module.running_vm() is None and not realm.vm.interrupt_requested
    assert evaluate_script(realm, '''
        function f(n) { return n ? f(n - 1) + 1 : 0; }
        [f(500), /a+b/.exec('xaab')[0], [3, 1, 2].sort().join()].join()''',
        'again.js') == '500,aab,1,2,3'


# the blocks each program sets up: none of their catch or finally blocks runs
SKIPPED = {
    'generator': '''function* g() { try { yield 1; stop(); for (;;) {} }
                     catch (e) { seen.push('catch'); } finally { seen.push('finally'); } }
                     for (const x of g()) {}''',
    'for_of_close': '''const it = { [Symbol.iterator]() { return this; },
                         next() { return { value: 1, done: false }; },
                         return() { seen.push('return'); return {}; } };
                        for (const x of it) { stop(); for (;;) {} }''',
    'async_function': '''(async () => { try { await null; stop(); for (;;) {} }
                          finally { seen.push('finally'); } })();''',
    'promise_job': '''Promise.resolve().then(() => { try { stop(); for (;;) {} }
                       catch (e) { seen.push('catch'); } finally { seen.push('finally'); } });''',
    'sort_comparator': '''try { [3, 2, 1].sort(() => { try { stop(); for (;;) {} }
                           finally { seen.push('inner'); } }); }
                          finally { seen.push('outer'); }''',
    'array_from': '''try { Array.from([1, 2], () => { try { stop(); for (;;) {} }
                      catch (e) { seen.push('catch'); } }); }
                     catch (e) { seen.push('outer'); }''',
    'getter': '''const o = { get x() { try { stop(); while (1) {} } finally { seen.push('f'); } } };
                 try { o.x; } catch (e) { seen.push('catch'); }''',
}


@pytest.mark.parametrize('where', sorted(SKIPPED))
def test_no_catch_or_finally_sees_an_interrupt(where):
    realm = realm_with_stop()
    with pytest.raises(ExecutionInterrupted):
        evaluate_script(realm, 'var seen = [];' + SKIPPED[where], 'skip.js')
        realm.run_jobs()
    assert evaluate_script(realm, 'seen.join()', 'check.js') == ''
    realm.jobs.clear()
    assert_reset(realm)


def stop_from_a_thread(realm, source, stopper):
    """Run ``source`` here while another thread runs ``stopper`` (after 0.2 s): the
    exception the run ended with (the test asserts what it is, not when)."""
    import threading
    timer = threading.Timer(0.2, stopper)
    timer.start()
    try:
        evaluate_script(realm, source, 'spin.js')
    except BaseException as exc:
        return exc
    finally:
        timer.cancel()
        timer.join(10)


@pytest.mark.parametrize('source', [
    'while (true) {}',
    "/^(\\w|\\w\\w)*$/.test('a'.repeat(60) + '!')",
    'const p = new Proxy({}, { get: (t, k) => p[k] }); for (;;) { try { p.x } catch (e) {} }',
    'for (;;) [].indexOf.call(%s, 1)' % SPARSE,
])
def test_interrupt_from_another_thread(source):
    realm = create_realm()
    exc = stop_from_a_thread(realm, source, realm.vm.interrupt)
    assert type(exc) is vm_module.InterruptRequested and not exc.timed_out
    assert_reset(realm)


@pytest.mark.parametrize('source', [
    'for (;;) {}',
    "/^(\\w|\\w\\w)*$/.test('a'.repeat(60) + '!')",
])
def test_a_time_limit_names_its_cause(source):
    realm = create_realm()
    realm.vm.set_time_limit(0.3)
    with pytest.raises(vm_module.TimeLimitExceeded) as info:
        evaluate_script(realm, source, 'spin.js')
    assert info.value.timed_out
    assert realm.vm.deadline is None
    assert_reset(realm)

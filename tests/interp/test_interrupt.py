"""Stopping running code: Ctrl-C ends `reflow run` with status 130 in both builds
(wherever the loop is: the script, a timer, a promise job), and the VM's poll serves the
host's interrupt() and time limit, which no JS catch or finally intercepts."""
import os
import signal
import subprocess
import sys

import pytest

from reflow.interp import vm as vm_module
from reflow.interp.function import NativeFunction
from reflow.interp.objects import STACK
from reflow.ext.host import create_realm
from reflow.interp.script import evaluate_script
from reflow.interp.values import UNDEFINED
from reflow.interp.vm import ExecutionInterrupted

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
    assert realm.vm.depth == 0 and realm.vm.frame is None and STACK.depth == 0
    assert vm_module.RUNNING is None
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

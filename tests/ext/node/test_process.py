"""node:process at the host's side: process.exit and exitCode (ProcessExit, the 'exit'
listeners, finish), argv from the host, the environment behind the 'env' permission
and never written to the host's, nextTick's order, warnings and raw output."""
import os

import pytest

from reflow.ext.errors import ProcessExit
from reflow.ext.host import Host, create_realm
from reflow.ext.node.bindings.process import finish
from reflow.ext.permissions import PermissionOptions, Permissions
from reflow.ext.program import run_to_completion
from reflow.interp.vm.errors import JSThrow
from tests.jshelpers import OutputHost


def run(source, host=None):
    """(lines printed, exit status) of a program run as `reflow run` runs it."""
    host = host if host is not None else OutputHost()
    realm = create_realm(host)
    try:
        run_to_completion(realm, source, 'test.js')
        code = finish(realm)
    except ProcessExit as exc:
        code = exc.code
    return host.lines, code


def test_exit_runs_exit_listeners_and_no_finally():
    lines, code = run('''
        process.on('exit', (c) => console.log('exit', c, process.exitCode));
        try { process.exit(7); } catch (e) { console.log('caught'); }
        finally { console.log('finally'); }
        console.log('after');''')
    assert lines == ['exit 7 7']
    assert code == 7


def test_exit_from_a_timer_ends_the_loop():
    lines, code = run('''
        setTimeout(() => { console.log('first'); process.exit(3); }, 1);
        setTimeout(() => console.log('never'), 50);''')
    assert lines == ['first']
    assert code == 3


def test_exit_in_an_exit_listener_keeps_its_code():
    lines, code = run('''
        process.on('exit', (c) => { console.log('once', c); process.exit(9); });
        process.exit(2);''')
    assert lines == ['once 2']
    assert code == 9


def test_exit_code_at_the_natural_end():
    lines, code = run('''
        process.on('exit', (c) => console.log('exit', c));
        process.exitCode = '5';''')
    assert lines == ['exit 5']
    assert code == 5


def test_exit_without_code_uses_exit_code():
    assert run('process.exitCode = 4; process.exit();')[1] == 4
    assert run('process.exit();')[1] == 0


def test_a_program_without_process_ends_with_zero():
    assert run('console.log(1)') == (['1'], 0)


def test_bad_exit_codes_are_node_errors():
    lines, code = run('''
        for (const c of ['abc', 1.5, {}]) {
          try { process.exitCode = c; } catch (e) { console.log(e.name, e.code); }
        }
        try { process.exit('x'); } catch (e) { console.log(e.code, e.message); }''')
    assert lines == ['TypeError ERR_INVALID_ARG_TYPE', 'RangeError ERR_OUT_OF_RANGE',
                     'TypeError ERR_INVALID_ARG_TYPE',
                     'ERR_INVALID_ARG_TYPE The "code" argument must be of type number. '
                     "Received type string ('x')"]
    assert code == 0


def test_the_embedder_sees_process_exit():
    realm = create_realm(OutputHost())
    with pytest.raises(ProcessExit) as info:
        run_to_completion(realm, 'process.exit(12)', 'test.js')
    assert info.value.code == 12
    assert not isinstance(info.value, (SystemExit, Exception))


def test_argv_comes_from_the_host():
    host = OutputHost()
    host.argv = ['/usr/bin/reflow', '/tmp/x.js', 'a', 'b c']
    lines, _ = run('console.log(JSON.stringify(process.argv))', host)
    assert lines == ['["/usr/bin/reflow","/tmp/x.js","a","b c"]']
    lines, _ = run('console.log(process.argv.length, process.argv[0] === process.execPath)')
    assert lines == ['1 true']


def test_env_reads_the_host_and_writes_its_own_copy(monkeypatch):
    monkeypatch.setenv('REFLOW_TEST_VAR', 'hello')
    lines, _ = run('''
        console.log(process.env.REFLOW_TEST_VAR, 'REFLOW_TEST_VAR' in process.env);
        process.env.REFLOW_TEST_VAR = 42;
        process.env.REFLOW_NEW = undefined;
        console.log(process.env.REFLOW_TEST_VAR, typeof process.env.REFLOW_TEST_VAR,
                    process.env.REFLOW_NEW);
        delete process.env.REFLOW_NEW;
        console.log('REFLOW_NEW' in process.env, Object.keys(process.env).includes('REFLOW_TEST_VAR'));''')
    assert lines == ['hello true', '42 string undefined', 'false true']
    assert os.environ['REFLOW_TEST_VAR'] == 'hello'
    assert 'REFLOW_NEW' not in os.environ


def permissions(**flags):
    return Permissions(PermissionOptions(**flags))


def refused(source, perms):
    host = OutputHost()
    host.permissions = perms
    return run('try { %s; console.log("allowed") } catch (e) { console.log(e.name, e.message) }'
               % source, host)[0]


def test_env_needs_the_env_permission():
    none = permissions()
    expect = 'NotCapable Requires env access to "HOME", run again with the --allow-env flag'
    assert refused('process.env.HOME', none) == [expect]
    assert refused('"HOME" in process.env', none) == [expect]
    assert refused('process.env.HOME = "x"', none) == [expect]
    assert refused('Object.keys(process.env)', none) == [
        'NotCapable Requires env access, run again with the --allow-env flag']
    assert refused('process.env.HOME', permissions(allow_env=['HOME'])) == ['allowed']
    assert refused('process.env.PATH', permissions(allow_env=['HOME'])) == [
        'NotCapable Requires env access to "PATH", run again with the --allow-env flag']


def test_chdir_umask_kill_need_their_permissions():
    none = permissions()
    assert refused('process.chdir("/")', none) == [
        'NotCapable Requires read access to "/", run again with the --allow-read flag']
    assert refused('process.umask()', none) == [
        'NotCapable Requires sys access to "umask", run again with the --allow-sys flag']
    assert refused('process.kill(process.pid, 0)', none) == [
        'NotCapable Requires run access, run again with the --allow-run flag']
    # what Deno grants without a flag
    assert refused('process.cwd(), process.pid, process.memoryUsage(), process.uptime()',
                   none) == ['allowed']


def test_next_tick_runs_before_promise_jobs():
    lines, _ = run('''
        Promise.resolve().then(() => {
          console.log('p1'); process.nextTick(() => console.log('t-from-p'));
          Promise.resolve().then(() => console.log('p2'));
        });
        process.nextTick((a, b) => {
          console.log('t1', a, b); process.nextTick(() => console.log('t2'));
          Promise.resolve().then(() => console.log('p-from-t'));
        }, 'x', 'y');
        setTimeout(() => {
          Promise.resolve().then(() => console.log('p3'));
          process.nextTick(() => console.log('t3'));
        }, 1);
        console.log('sync');''')
    assert lines == ['sync', 't1 x y', 't2', 'p1', 'p-from-t', 'p2', 't-from-p', 't3', 'p3']


def test_warnings_go_to_stderr_as_node_words_them():
    streams = []

    class Recording(OutputHost):
        def write_text(self, text, stream):
            streams.append((stream, text))
    run('''
        process.emitWarning('hi');
        process.emitWarning('old', 'DeprecationWarning', 'DEP0001');
        const E = require('events'); const e = new E();
        for (let i = 0; i < 11; i++) e.on('foo', () => {});''' .replace(
        "require('events')", 'Object.getPrototypeOf(Object.getPrototypeOf(process)).constructor'),
        Recording())
    pid = os.getpid()
    assert streams == [
        ('stderr', '(node:%d) Warning: hi\n(Use `node --trace-warnings ...` to show where '
                   'the warning was created)\n' % pid),
        ('stderr', '(node:%d) [DEP0001] DeprecationWarning: old\n' % pid),
        ('stderr', '(node:%d) MaxListenersExceededWarning: Possible EventEmitter memory '
                   'leak detected. 11 foo listeners added to [EventEmitter]. MaxListeners '
                   'is 10. Use emitter.setMaxListeners() to increase limit\n' % pid)]


def test_stdout_write_keeps_line_order_with_a_line_sink():
    got = []
    host = Host(output=lambda text, stream: got.append((stream, text)))
    realm = create_realm(host)
    run_to_completion(realm, '''
        process.stdout.write('a'); process.stdout.write('b\\nc');
        process.stdout.write('\\n'); console.log('d');
        process.stdout.write(new Uint8Array([0xc3, 0xa9, 10]));''', 'test.js')
    assert got == [('stdout', 'ab'), ('stdout', 'c'), ('stdout', 'd'), ('stdout', 'é')]
    # an unfinished last line reaches the sink when the program ends
    run_to_completion(realm, 'process.stdout.write("tail")', 'test.js')
    assert got[-1] == ('stdout', 'é')
    assert finish(realm) == 0
    assert got[-1] == ('stdout', 'tail')


def test_stdout_write_to_the_process_stream(capfd):
    realm = create_realm(Host())
    run_to_completion(realm, '''
        process.stdout.write('a'); console.log('b'); process.stdout.write('c\\n');
        process.stdout.write('x', () => console.log('callback'));''', 'test.js')
    assert capfd.readouterr().out == 'ab\nc\nxcallback\n'


def test_bad_arguments_are_node_errors():
    lines, _ = run('''
        const t = (f) => { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } };
        t(() => process.nextTick(1));
        t(() => process.stdout.write(1));
        t(() => process.hrtime([1]));
        t(() => process.chdir(1));
        t(() => process.kill('x'));
        t(() => process.kill(process.pid, 'SIGFOO'));
        t(() => process.emitWarning(1));''')
    assert lines == [
        'TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. '
        'Received type number (1)',
        'TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an '
        'instance of Buffer, TypedArray, or DataView. Received type number (1)',
        'RangeError ERR_OUT_OF_RANGE The value of "time" is out of range. It must be 2. '
        'Received 1',
        'TypeError ERR_INVALID_ARG_TYPE The "directory" argument must be of type string. '
        'Received type number (1)',
        'TypeError ERR_INVALID_ARG_TYPE The "pid" argument must be of type number. '
        "Received type string ('x')",
        'TypeError ERR_UNKNOWN_SIGNAL Unknown signal: SIGFOO',
        'TypeError ERR_INVALID_ARG_TYPE The "warning" argument must be of type string or '
        'an instance of Error. Received type number (1)']


def test_uncaught_error_in_an_exit_listener_is_a_js_throw():
    realm = create_realm(OutputHost())
    run_to_completion(realm, 'process.on("exit", () => { throw new Error("x") })', 't.js')
    with pytest.raises(JSThrow):
        finish(realm)

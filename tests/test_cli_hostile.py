"""`reflow run` and `reflow eval` as a process, on hostile input: values whose printing
throws, odd script paths, and a stdout that is closed, full or a pipe closed early.
Whatever happens, no Python traceback and no "Exception ignored" at exit."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def reflow(*args, stdout=subprocess.PIPE, preexec_fn=None, shell_redirect=None):
    """(exit status, stdout, stderr) of `python -m reflow ARGS`; with shell_redirect
    the command runs under bash with that redirection of its stdout (`>&-`, a pipe),
    the status of the pipeline being reflow's."""
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get('PYTHONPATH', ''))
    command = [sys.executable, '-m', 'reflow'] + list(args)
    if shell_redirect is not None:
        command = ['bash', '-c', 'set -o pipefail; "$@" ' + shell_redirect, 'bash'] + command
    proc = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, env=env,
                          cwd=ROOT, timeout=60)
    out = proc.stdout.decode('utf-8', 'replace') if proc.stdout is not None else ''
    err = proc.stderr.decode('utf-8', 'replace')
    # a stale compiled copy is a warning of the build, not of the program
    err = '\n'.join(line for line in err.split('\n') if not line.startswith('reflow: compiled'))
    assert 'Traceback' not in err and 'Exception ignored' not in err, err
    return proc.returncode, out, err.strip()


def run_script(tmp_path, source, name='main.js', **kw):
    path = tmp_path / name
    path.write_text(source)
    return reflow('run', str(path), **kw)


STACK_THROWS = "const e = new Error('x'); Object.defineProperty(e, 'stack', " \
               "{ get() { throw new Error('boom'); } });"
REVOKED = 'const r = Proxy.revocable({}, {}); r.revoke();'


@pytest.mark.parametrize('source, first_line', [
    (STACK_THROWS + ' throw e;', 'Uncaught Error: x'),
    (STACK_THROWS + ' Promise.reject(e);', 'Uncaught (in promise) Error: x'),
    (STACK_THROWS + ' throw { e };', 'Uncaught { e: [Error: x] }'),
    (REVOKED + ' throw r.proxy;', 'Uncaught <Revoked Proxy>'),
    (REVOKED + ' Promise.reject(r.proxy);', 'Uncaught (in promise) <Revoked Proxy>'),
    ("throw new Proxy({ a: 1 }, { ownKeys() { throw 1 }, get() { throw 2 } });",
     'Uncaught { a: 1 }'),
    ("const e = new Error('m'); delete e.stack; "
     "Object.defineProperty(e, 'name', { get() { throw 1 } }); throw e;", 'Uncaught Error: m'),
    ("throw { get [Symbol.toStringTag]() { throw 1 } };",
     'Uncaught { [Symbol(Symbol.toStringTag)]: [Getter] }'),
    ("throw Object.assign(Object.create(new Proxy({}, { getPrototypeOf() { throw 1 }, "
     "get() { throw 2 } })), { k: 1 });", 'Uncaught { k: 1 }'),
    ("const a = []; a.length = 2 ** 32 - 1; throw a;", 'Uncaught [ <4294967295 empty items> ]'),
    ("throw 'lone \\ud800';", 'Uncaught lone \ufffd'),
])
def test_uncaught_values_whose_printing_throws(tmp_path, source, first_line):
    status, out, err = run_script(tmp_path, source)
    assert status == 1
    assert err.split('\n')[0] == first_line


def test_the_stack_made_with_the_error_is_printed_when_its_getter_throws(tmp_path):
    status, out, err = run_script(tmp_path, STACK_THROWS + ' throw e;')
    # main.js is CommonJS: its code is in Node's module wrapper
    assert err.split('\n')[1] == '    at Object.<anonymous> (%s:1:11)' % (tmp_path / 'main.js')


@pytest.mark.parametrize('code, printed', [
    (STACK_THROWS + ' e', '[Error: x]'),
    (REVOKED + ' r.proxy', '<Revoked Proxy>'),
    ('const o = {}; o.o = o; o', '<ref *1> { o: [Circular *1] }'),
    ("'\\udc00'", "'\\udc00'"),
])
def test_eval_prints_any_completion_value(code, printed):
    assert reflow('eval', code) == (0, printed + '\n', '')


def test_a_static_import_that_fails_is_an_uncaught_error_with_the_reason(tmp_path):
    status, out, err = run_script(tmp_path, "import '/dev/zero';", name='main.mjs')
    assert status == 1
    assert err == "Uncaught Error: Cannot load module '/dev/zero' imported from " \
                  "%s: not a regular file" % (tmp_path / 'main.mjs')


@pytest.mark.parametrize('make, reason', [
    (lambda p: p.mkdir(), 'is a directory'),
    (lambda p: os.mkfifo(p), 'not a regular file'),
    (lambda p: None, 'No such file or directory'),
    (lambda p: os.symlink(p.name, p), 'Too many levels of symbolic links'),
])
def test_run_on_an_odd_path(tmp_path, make, reason):
    path = tmp_path / 'script.js'
    make(path)
    assert reflow('run', str(path)) == (2, '', 'reflow: cannot read %s: %s' % (path, reason))


def test_run_on_a_device():
    assert reflow('run', '/dev/zero') == (2, '', 'reflow: cannot read /dev/zero: not a '
                                          'regular file')


def test_run_on_a_binary_file(tmp_path):
    path = tmp_path / 'data.js'
    path.write_bytes(b'\xff\x00\x01' * 50)
    status, out, err = reflow('run', str(path))
    assert status == 1
    assert err == 'Uncaught SyntaxError: Invalid or unexpected token (%s:1:1)' % path


def test_a_script_name_that_is_not_utf8(tmp_path):
    status, out, err = reflow('run', os.fsdecode(bytes(tmp_path) + b'/\xff.js'))
    assert status == 2
    assert err == 'reflow: cannot read %s/\ufffd.js: No such file or directory' % tmp_path


PRINTS_THEN_GOES_ON = "console.log('first'); setTimeout(() => { console.log('later'); " \
                      "console.error('still running'); }, 1);"


@pytest.mark.parametrize('redirect', ['>&-', '>/dev/full'])
def test_a_closed_or_full_stdout_drops_the_output_as_node_does(tmp_path, redirect):
    status, out, err = run_script(tmp_path, PRINTS_THEN_GOES_ON, shell_redirect=redirect)
    assert (status, err) == (0, 'still running')


@pytest.mark.parametrize('redirect', ['>&-', '>/dev/full'])
def test_reflow_output_to_a_closed_or_full_stdout(redirect):
    assert reflow('eval', '1 + 1', shell_redirect=redirect)[0] == 0


def test_parse_to_a_full_disk_is_a_one_line_error(tmp_path):
    path = tmp_path / 'x.js'
    path.write_text('let x = 1;')
    assert reflow('parse', str(path), shell_redirect='>/dev/full') == \
        (1, '', 'reflow: cannot write the output: No space left on device')


def test_a_pipe_closed_early_ends_the_program_quietly(tmp_path):
    path = tmp_path / 'loop.js'
    path.write_text("for (let i = 0; i < 1e6; i++) console.log('line', i);"
                    "console.error('not reached');")
    status, out, err = reflow('run', str(path), shell_redirect='| head -n 1')
    assert (status, out, err) == (0, 'line 0\n', '')

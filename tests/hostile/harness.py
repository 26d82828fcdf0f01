"""The parent side of the hostile tests: worker processes (tests/hostile/worker.py),
one per build, that run JS programs one after another and report each outcome; a worker
that crashes or runs past a program's budget is killed and restarted, and the crash or
the hang is the outcome of the program it was running. Also the detector of Python
text (a traceback, a repr, Python's wording of an error) in what a program printed."""
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# the two builds: compiled (the Cython copies of the hot modules) and pure Python
BUILDS = ('compiled', 'pure')
START_BUDGET = 120.0    # seconds for a worker to import reflow (the machine may be busy)


class Outcome:
    """What became of one request: status is 'done', 'crash' (the worker died: ``exit``
    is its return code, negative for a signal) or 'timeout' (killed after the budget).
    ``result`` is the worker's report when done; ``streamed`` the lines it reported
    while running."""

    def __init__(self, status, result=None, streamed=(), exit=None, stderr=''):
        self.status = status
        self.result = result or {}
        self.streamed = list(streamed)
        self.exit = exit
        self.stderr = stderr

    def describe(self):
        if self.status == 'crash':
            code = self.exit
            how = ('killed by signal %s' % signal.Signals(-code).name if code < 0
                   else 'exited with status %d' % code)
            return 'the process crashed (%s)%s' % (how, tail(self.stderr))
        if self.status == 'timeout':
            last = self.streamed[-1] if self.streamed else '(nothing printed)'
            return 'timed out; last line printed: %r' % last
        return 'done'


def tail(text, lines=15):
    text = text.strip()
    return ('\n' + '\n'.join(text.split('\n')[-lines:])) if text else ''


class Worker:
    """One worker process for ``build``, started on the first request and after each
    crash or timeout."""

    def __init__(self, build):
        self.build = build
        self.proc = None
        self.info = None     # the worker's ready message: is the build compiled?

    def env(self):
        env = dict(os.environ)
        env.pop('REFLOW_PURE', None)
        if self.build == 'pure':
            env['REFLOW_PURE'] = '1'
        env['PYTHONPATH'] = ROOT + os.pathsep + env.get('PYTHONPATH', '')
        return env

    def start(self):
        read_end, write_end = os.pipe()
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, '-m', 'tests.hostile.worker', str(write_end)],
            cwd=ROOT, env=self.env(), stdin=subprocess.PIPE, stdout=self.stderr,
            stderr=self.stderr, pass_fds=(write_end,), start_new_session=True)
        os.close(write_end)
        self.pipe = read_end
        self.buffer = b''
        message = self.receive(START_BUDGET)
        if not isinstance(message, dict) or not message.get('ready'):
            outcome = message if isinstance(message, Outcome) else None
            self.stop()
            raise RuntimeError('the %s worker did not start: %s' % (
                self.build, outcome.describe() if outcome else message))
        self.info = message

    def stop(self):
        if self.proc is not None:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            self.proc.stdin.close()
            os.close(self.pipe)
            self.proc = None

    def stderr_text(self):
        self.stderr.seek(0)
        return self.stderr.read().decode('utf-8', 'replace')

    def receive(self, budget, streamed=None):
        """The next message from the worker, or an Outcome if it died or the budget
        ran out first."""
        deadline = time.monotonic() + budget
        while b'\n' not in self.buffer:
            left = deadline - time.monotonic()
            ready = select.select([self.pipe], [], [], max(left, 0))[0] if left > 0 else []
            if not ready:
                self.kill()
                return Outcome('timeout', streamed=streamed or ())
            chunk = os.read(self.pipe, 1 << 16)
            if not chunk:
                code = self.proc.wait()
                stderr = self.stderr_text()
                self.stop()
                return Outcome('crash', streamed=streamed or (), exit=code, stderr=stderr)
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b'\n', 1)
        return json.loads(line)

    def kill(self):
        self.stop()

    def request(self, request, budget):
        """Send one request; the Outcome of the program it names."""
        self.send(request)
        return self.collect(budget)

    def send(self, request):
        if self.proc is None:
            self.start()
        self.proc.stdin.write((json.dumps(request) + '\n').encode())
        self.proc.stdin.flush()

    def collect(self, budget, streamed=None):
        """The Outcome of the request sent last (``streamed``: its lines received so
        far)."""
        streamed = [] if streamed is None else streamed
        deadline = time.monotonic() + budget
        while True:
            message = self.receive(deadline - time.monotonic(), streamed)
            if isinstance(message, Outcome):
                return message
            if 'line' in message:
                streamed.append(message['line'])
            elif message.get('done'):
                return Outcome('done', message, streamed)


def compiled_unavailable(worker):
    """Why the compiled build cannot be tested (None when it can): the worker says
    which copies it imported."""
    if worker.info is None:
        worker.start()
    if worker.info['compiled']:
        return None
    return ('compiled build not available (the VM came from %s, parser compiled: %s)%s'
            % (worker.info['vm'], worker.info['parser_compiled'], tail(worker.stderr_text())))


def in_parallel(*calls):
    """Run the calls, each in its own thread (their workers are separate processes, so
    the two builds use both cores); the results in order."""
    results = [None] * len(calls)
    errors = []

    def run(i, call):
        try:
            results[i] = call()
        except BaseException as exc:    # noqa: B036 - re-raised in the caller
            errors.append(exc)
    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results


# -- Python text in what a program printed ------------------------------------------------

PYTHON_EXCEPTIONS = (
    'AttributeError', 'KeyError', 'IndexError', 'ZeroDivisionError', 'RecursionError',
    'OverflowError', 'ValueError', 'AssertionError', 'NameError', 'UnboundLocalError',
    'NotImplementedError', 'StopIteration', 'MemoryError', 'UnicodeEncodeError',
    'UnicodeDecodeError', 'ImportError', 'ModuleNotFoundError', 'SystemError',
    'LookupError', 'BufferError', 'FloatingPointError', 'KeyboardInterrupt',
    'GeneratorExit', 'JSThrow', 'JSErrorSignal')

# Python's wording of a TypeError (JS's TypeError has its own words)
PYTHON_WORDING = (
    # (not 'object is not iterable': V8 says 'object is not iterable (cannot read ...)')
    'unsupported operand type', 'object is not subscriptable', 'has no attribute', 'positional argument',
    'keyword argument', 'unhashable type', "can't multiply sequence", 'must be str, not',
    'argument of type', 'not supported between instances of', 'invalid literal for int',
    'math domain error', 'maximum recursion depth', 'list index out of range',
    'string index out of range', 'tuple index out of range', 'int too large to convert',
    'cannot convert float', 'division by zero', 'NoneType', 'object cannot be interpreted',
    'can only concatenate', 'unexpected keyword', 'Exception ignored in',
    'dictionary changed size', 'Python int too large', 'integer string conversion')

PYTHON_PATTERNS = [
    (re.compile(r'Traceback \(most recent call last\)'), 'a Python traceback'),
    (re.compile(r'File "[^"]+\.py", line \d+'), 'a Python stack frame'),
    (re.compile(r'\bobject at 0x[0-9a-fA-F]+'), 'a Python object repr'),
    (re.compile(r"<(class|function|bound method|built-in function|built-in method|"
                r"module|method|generator object|coroutine object) "), 'a Python repr'),
    (re.compile(r'\b(%s)\b' % '|'.join(PYTHON_EXCEPTIONS)), 'a Python exception name'),
    (re.compile('|'.join(re.escape(w) for w in PYTHON_WORDING)), "Python's wording"),
    (re.compile(r"'(dict|list|str|int|float|tuple|set|bytes|function|NoneType)' object"),
     "Python's wording"),
    (re.compile(r'(?<![\w$.])(True|False|None)(?![\w$])'), 'a Python True/False/None'),
    (re.compile(r'\b(JSObject|JSFunction|JSSymbol|JSString|PropertyKey|Descriptor|'
                r'Cell|Realm|Frame|Code)\(|reflow\.(interp|builtins|parser)\.'),
     'a reflow internal repr'),
]


def python_text(text, allowed=()):
    """What marks ``text`` as Python text leaking out of the engine (None if nothing
    does). Lines also in ``allowed`` (what Node prints) are not looked at."""
    allowed = set(allowed)
    for line in text.split('\n'):
        if line in allowed:
            continue
        for pattern, what in PYTHON_PATTERNS:
            m = pattern.search(line)
            if m:
                return '%s (%r) in %r' % (what, m.group(0), line[:300])
    return None

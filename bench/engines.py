"""The engines that bench/compare.py and bench/test_engines_bench.py run the workloads on,
and the one way both time a workload.

An in-process engine is a class whose instance is a fresh context (created outside the
timed region): calling it with a script's source runs the script and returns its
completion value as Python; ``close()`` frees it. The time of one round is the time of
that call: parse, compile and run, after the engine and its context exist.

Run as a script, this file is the worker compare.py starts once per engine and workload
(each reflow build needs a process of its own: REFLOW_PURE=1 must be set before reflow is
imported):  python bench/engines.py ENGINE WORKLOAD ROUNDS wall|cpu  prints one JSON
line.
"""
import gc
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NODE = '/usr/bin/node'


class ReflowContext:
    """A JavascriptRuntime, through the public API (whichever build is active)."""
    module = 'reflow'

    def __init__(self):
        import asyncio
        from reflow import JavascriptRuntime
        self.runtime = JavascriptRuntime()
        self.loop = asyncio.new_event_loop()

    def __call__(self, source):
        handle = self.loop.run_until_complete(self.runtime.execute('bench.js', source))
        return self.runtime.convert_value_to_python(handle)

    def close(self):
        # not runtime.close(): it dismantles the compiled regexps that all runtimes of the
        # process share, and the next runtime's regexps fail (a reflow bug); the
        # collector frees this one instead, here, outside the timed call
        self.runtime = None
        self.loop.close()
        gc.collect()


class QuickJSContext:
    """PyPI `quickjs`: a quickjs.Context per round."""
    module = 'quickjs'

    def __init__(self):
        import quickjs
        self.context = quickjs.Context()

    def __call__(self, source):
        return self.context.eval(source)

    def close(self):
        self.context = None


class DuktapeContext:
    """PyPI `dukpy` (before 0.6: Duktape, ES5); the completion value comes back as JSON."""
    module = 'dukpy'

    def __init__(self):
        import dukpy
        self.interpreter = dukpy.JSInterpreter()

    def __call__(self, source):
        return self.interpreter.evaljs(source)

    def close(self):
        self.interpreter = None


class Js2pyContext:
    """PyPI `js2py`: JS translated to Python, then run."""
    module = 'js2py'

    def __init__(self):
        import js2py
        self.context = js2py.EvalJs()

    def __call__(self, source):
        return self.context.eval(source)

    def close(self):
        self.context = None


# the in-process engines; 'pure' is reflow with REFLOW_PURE=1 in its environment
IN_PROCESS = {'reflow': ReflowContext, 'pure': ReflowContext, 'quickjs': QuickJSContext,
              'dukpy': DuktapeContext, 'js2py': Js2pyContext}
# all engines compare.py knows, in its column order
ENGINES = ['reflow', 'pure', 'quickjs', 'dukpy', 'js2py', 'node']
# engines run one round only: they are slow enough that one round is seconds
SLOW = {'pure', 'js2py'}


def normal(value):
    """A completion value in the form compared across engines: numbers as float (engines
    disagree on int vs float for integral numbers), strings and booleans as themselves."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    return repr(value)


# what a round's time is: 'wall' (time.perf_counter), or 'cpu', the process's CPU time,
# which a machine shared with other work disturbs far less
CLOCKS = {'wall': time.perf_counter, 'cpu': time.process_time}


def time_rounds(make_context, source, rounds, clock='wall'):
    """(seconds of each round, the last round's completion value): each round in a new
    context, only the evaluation timed."""
    now = CLOCKS[clock]
    times = []
    value = None
    for _ in range(rounds):
        context = make_context()
        try:
            start = now()
            value = context(source)
            times.append(now() - start)
        finally:
            context.close()
    return times, normal(value)


def reflow_build():
    """'compiled' when the compiled VM and parser are the ones in use, else 'pure'."""
    from reflow._speedups import compiled_path
    import reflow.parser
    if compiled_path('interp', 'vm/dispatch') and reflow.parser.COMPILED:
        return 'compiled'
    return 'pure'


# -- out of process: compare.py's way ------------------------------------------------

# Node times the program inside its process: each round is an indirect eval (a global
# script, as for the other engines) of the source with a round-numbered comment added,
# so that no round reuses the code V8 compiled for the one before. Its CPU clock is
# process.cpuUsage, which counts V8's helper threads (compiler, GC) too.
NODE_DRIVER = r'''
const source = require('fs').readFileSync(0, 'utf8');
const [rounds, clock] = process.argv.slice(-2);
const now = clock === 'cpu'
  ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6 }
  : () => Number(process.hrtime.bigint()) / 1e9;
const times = [];
let value;
for (let r = 0; r < Number(rounds); r++) {
  const start = now();
  value = (0, eval)(source + '\n// round ' + r);
  times.push(now() - start);
}
process.stdout.write(JSON.stringify({times: times, value: value}) + '\n');
'''


class Result:
    """One engine on one workload: its round times (seconds) and completion value, or
    why there are none: `timeout` (the cap, in seconds, that it ran past) or `error`."""

    def __init__(self, times=(), value=None, error=None, timeout=None, build=None):
        self.times = list(times)
        self.value = value
        self.error = error
        self.timeout = timeout
        self.build = build

    @property
    def seconds(self):
        return min(self.times) if self.times else None


def available(engine):
    """None when `engine` can run here, else why not."""
    if engine == 'node':
        return None if os.path.exists(NODE) else '%s is not installed' % NODE
    module = IN_PROCESS[engine].module
    try:
        __import__(module)
    except ImportError:
        return 'PyPI %s is not installed' % module
    return None


def choose_build(environ, engine):
    """Set `environ` for the reflow build the engine names ('pure': REFLOW_PURE=1)."""
    environ.pop('REFLOW_PURE', None)
    if engine == 'pure':
        environ['REFLOW_PURE'] = '1'
    return environ


def engine_environment(engine):
    return choose_build(dict(os.environ), engine)


def measure(engine, workload, rounds, timeout, clock='wall'):
    """Run `workload` on `engine` in a process of its own, at most `timeout` seconds."""
    from workloads import WORKLOADS
    if engine == 'node':
        command = [NODE, '-e', NODE_DRIVER, str(rounds), clock]
        stdin = WORKLOADS[workload]
    else:
        command = [sys.executable, __file__, engine, workload, str(rounds), clock]
        stdin = None
    try:
        proc = subprocess.run(command, input=stdin, capture_output=True, text=True,
                              timeout=timeout, cwd=ROOT, env=engine_environment(engine))
    except subprocess.TimeoutExpired:
        return Result(timeout=timeout)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ['exit status %d' % proc.returncode])
        return Result(error=tail[-1])
    report = json.loads(lines[-1])
    return Result(report.get('times', ()), normal(report.get('value')), report.get('error'),
                  build=report.get('build'))


def worker(engine, workload, rounds, clock):
    choose_build(os.environ, engine)   # before reflow is imported
    sys.path.insert(0, ROOT)   # this checkout's reflow, not an installed one
    from workloads import WORKLOADS
    report = {}
    try:
        if engine in ('reflow', 'pure'):
            report['build'] = reflow_build()
        report['times'], report['value'] = time_rounds(IN_PROCESS[engine],
                                                       WORKLOADS[workload], rounds, clock)
    except Exception as exc:   # the engine failed on the workload: compare.py shows it
        report['error'] = '%s: %s' % (type(exc).__name__, str(exc).splitlines()[0]
                                      if str(exc) else '')
    sys.stdout.write(json.dumps(report) + '\n')


if __name__ == '__main__':
    worker(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])

"""reflow beside other JavaScript engines, in one table, and the start-up, memory,
runtime-creation and parsing numbers of issue 12, each against its goal.

    python bench/compare.py                      # everything (several minutes)
    python bench/compare.py --workloads fib,sort --engines reflow,quickjs --skip startup
    python bench/compare.py --markdown           # the table as markdown, for bench/README.md

Each engine runs each workload of bench/workloads.py in a process of its own
(bench/engines.py is the worker); the time is measured inside that process, after the
engine and its context exist: the minimum of --rounds rounds for the fast engines, one
round for reflow's pure build and js2py, which also has a time cap (--js2py-timeout).
Every completion value is checked against QuickJS's.
"""
import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

import engines
from workloads import WORKLOADS

ROOT = engines.ROOT
REFERENCE = 'quickjs'
# the ratio columns: (numerator, denominator)
RATIOS = [('reflow', 'quickjs'), ('pure', 'quickjs'), ('dukpy', 'quickjs'),
          ('node', 'quickjs'), ('pure', 'reflow'), ('js2py', 'reflow')]
SHORT = {'quickjs': 'qjs', 'dukpy': 'duk'}
SECTIONS = ['table', 'startup', 'memory', 'runtime', 'parse']
LODASH = os.path.join(ROOT, '.cache', 'npm', 'node_modules', 'lodash', 'lodash.js')


# -- cells: a number, or a lower bound on it ("> 60 s"), or nothing -------------------

class Cell:
    """A measured number; `bound` is True when only a lower bound is known (the engine ran
    past its time cap)."""

    def __init__(self, value, bound=False):
        self.value = value
        self.bound = bound

    def __repr__(self):
        return 'Cell(%r%s)' % (self.value, ', bound=True' if self.bound else '')


def time_cell(result):
    """The milliseconds of an engine's Result, or None if it failed."""
    if result is None:
        return None
    if result.timeout is not None:
        return Cell(result.timeout * 1000, bound=True)
    if result.seconds is None:
        return None
    return Cell(result.seconds * 1000)


def ratio(a, b):
    """a / b. A lower bound over a number is a lower bound; over a bound nothing is known."""
    if a is None or b is None or b.bound or b.value <= 0:
        return None
    return Cell(a.value / b.value, a.bound)


def geomean(cells):
    """The geometric mean of the cells present (a lower bound if any of them is one), and
    how many there were."""
    present = [c for c in cells if c is not None]
    if not present:
        return None, 0
    mean = math.exp(sum(math.log(c.value) for c in present) / len(present))
    return Cell(mean, any(c.bound for c in present)), len(present)


def fmt(cell, decimals=1):
    if cell is None:
        return '-'
    v = cell.value
    text = ('%.0f' % v) if v >= 100 else ('%.*f' % (decimals if v >= 1 else 2, v))
    return ('>' + text) if cell.bound else text


# -- the table ------------------------------------------------------------------------

def build_table(results, workloads, columns):
    """The rows of the table (header first) from results[(workload, engine)]: the ms of
    each engine, the ratios whose two engines ran, and the geomean row. A value that is
    not QuickJS's is marked '!', a failure 'error'."""
    ratios = [(a, b) for a, b in RATIOS if a in columns and b in columns]
    header = ['workload'] + ['%s ms' % SHORT.get(e, e) for e in columns] + \
        ['%s/%s' % (SHORT.get(a, a), SHORT.get(b, b)) for a, b in ratios]
    rows = [header]
    times = {}
    for w in workloads:
        reference = results.get((w, REFERENCE))
        row = [w]
        for e in columns:
            res = results.get((w, e))
            times[w, e] = time_cell(res)
            text = fmt(times[w, e])
            if res is not None and res.error is not None:
                text = 'error'
            elif mismatch(res, reference):
                text += '!'
            row.append(text)
        for a, b in ratios:
            row.append(fmt(ratio(times[w, a], times[w, b])))
        rows.append(row)
    row = ['geomean']
    for e in columns:
        row.append(fmt_mean(*geomean([times[w, e] for w in workloads]), len(workloads)))
    for a, b in ratios:
        cells = [ratio(times[w, a], times[w, b]) for w in workloads]
        row.append(fmt_mean(*geomean(cells), len(workloads)))
    rows.append(row)
    return rows, times


def fmt_mean(cell, count, total):
    text = fmt(cell)
    return text if count == total or cell is None else '%s (%d/%d)' % (text, count, total)


def mismatch(result, reference):
    """True when both ran and their completion values differ."""
    if result is None or reference is None or result.times == [] or not reference.times:
        return False
    return result.value != reference.value


def render(rows, markdown=False):
    if markdown:
        lines = ['| ' + ' | '.join(rows[0]) + ' |',
                 '|' + '|'.join(['---'] + ['---:'] * (len(rows[0]) - 1)) + '|']
        lines += ['| ' + ' | '.join(r) + ' |' for r in rows[1:]]
        return '\n'.join(lines)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join('  '.join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i])
                               for i, c in enumerate(r)) for r in rows)


def goal_lines(times, workloads):
    """PASS / FAIL (or CANNOT TELL) for the speed goals of issue 12."""
    def ratios(a, b):
        return [ratio(times.get((w, a)), times.get((w, b))) for w in workloads]

    def verdict(ok):
        return {True: 'PASS', False: 'FAIL', None: 'CANNOT TELL'}[ok]
    lines = []
    if all((w, e) in times for w in workloads for e in ('reflow', 'quickjs')):
        cells = ratios('reflow', 'quickjs')
        mean, count = geomean(cells)
        worst = max((c.value, w) for c, w in zip(cells, workloads) if c) if count else None
        ok = None if count < len(workloads) else (mean.value <= 5 and worst[0] <= 10)
        lines.append('%s  reflow/qjs: geomean %s (goal <= 5), worst %s (goal <= 10)' % (
            verdict(ok), fmt(mean), '%s %.1f' % (worst[1], worst[0]) if worst else '-'))
    if all((w, e) in times for w in workloads for e in ('js2py', 'reflow')):
        cells = ratios('js2py', 'reflow')
        # a lower bound under 30 (js2py ran past its cap) says nothing either way
        low = [w for c, w in zip(cells, workloads) if c and not c.bound and c.value < 30]
        unknown = [w for c, w in zip(cells, workloads) if c is None or
                   c.bound and c.value < 30]
        ok = False if low else (None if unknown else True)
        lines.append('%s  js2py/reflow >= 30 on every workload%s%s' % (
            verdict(ok), '; below on: ' + ', '.join(low) if low else '',
            '; unknown on: ' + ', '.join(unknown) if unknown else ''))
    if all((w, e) in times for w in workloads for e in ('pure', 'reflow')):
        cells = ratios('pure', 'reflow')
        mean, count = geomean(cells)
        ok = None if count < len(workloads) else mean.value >= 5
        lines.append('%s  pure/compiled: geomean %s (goal >= 5), lowest %s' % (
            verdict(ok), fmt(mean), fmt(min((c for c in cells if c), key=lambda c: c.value,
                                            default=None))))
    return lines


def run_table(args, columns):
    results = {}
    for w in args.workloads:
        for e in columns:
            rounds = 1 if e in engines.SLOW else args.rounds
            timeout = args.js2py_timeout if e == 'js2py' else args.timeout
            res = results[w, e] = engines.measure(e, w, rounds, timeout, args.clock)
            progress('%-10s %-8s %s' % (w, e, describe(res)))
    rows, times = build_table(results, args.workloads, columns)
    print(render(rows, args.markdown))
    print()
    notes = []
    for e in ('reflow', 'pure'):
        builds = {results[w, e].build for w in args.workloads if (w, e) in results} - {None}
        expected = 'compiled' if e == 'reflow' else 'pure'
        if builds and builds != {expected}:
            notes.append('WARNING: the %s column ran the %s build (build the compiled '
                         'copies: python setup.py build_ext --inplace)' % (e, '/'.join(builds)))
    for (w, e), res in sorted(results.items()):
        if res.error is not None:
            notes.append('ERROR %s on %s: %s' % (w, e, res.error))
        elif mismatch(res, results.get((w, REFERENCE))):
            notes.append('MISMATCH %s on %s: %r, QuickJS gives %r' % (
                w, e, res.value, results[w, REFERENCE].value))
    for line in notes + goal_lines(times, args.workloads):
        print(line)
    print('(ms of %s time: inside the engine\'s process, after its context exists; min of '
          '%d rounds, one round for %s; node: indirect eval in one process per workload)'
          % (args.clock, args.rounds, ' and '.join(sorted(engines.SLOW))))


def describe(res):
    if res.timeout is not None:
        return '> %.0f s (time cap)' % res.timeout
    if res.error is not None:
        return 'error: ' + res.error
    return '%.1f ms  %r' % (res.seconds * 1000, res.value)


def progress(text):
    sys.stderr.write(text + '\n')
    sys.stderr.flush()


# -- the other sections ---------------------------------------------------------------

def wall_time(command, runs, env=None):
    """The minimum wall time, in seconds, of running `command` to its end, and what its
    last run wrote to stderr."""
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(command, cwd=ROOT, env=env, check=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, proc.stderr


def measured_environment(build):
    """The environment of a measured Python process of the given reflow build, with
    Python's bytecode cache on: with PYTHONDONTWRITEBYTECODE set and no .pyc written
    yet, every process compiles reflow's sources anew, which adds ~0.15 s to a start
    and ~2 MiB to the idle memory; an installed reflow (pip writes its .pyc) never
    pays that."""
    env = engines.engine_environment('pure' if build == 'pure' else 'reflow')
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    return env


def python_report(code, build='compiled'):
    """Run `code` in a Python of the given reflow build (in this checkout); it prints a
    JSON line, which is returned."""
    proc = subprocess.run([sys.executable, '-c', code], cwd=ROOT, capture_output=True,
                          text=True, env=measured_environment(build))
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def verdict_line(ok, text):
    return '%s  %s' % ('PASS' if ok else 'FAIL', text)


def run_startup(runs):
    with tempfile.NamedTemporaryFile('w', suffix='.js', delete=False) as f:
        f.write('console.log(1 + 1)\n')
    env = measured_environment('compiled')   # (the first run writes the .pyc)
    try:
        bare = wall_time([sys.executable, '-c', 'pass'], runs, env)[0]
        goal = 2 * bare + 0.030
        print('start-up (whole process, min of %d): python -c pass %.1f ms' % (runs, bare * 1e3))
        commands = [('python -m reflow run', [sys.executable, '-m', 'reflow', 'run', f.name])]
        script = shutil.which('reflow')
        if script:
            commands.append(('%s run' % script, [script, 'run', f.name]))
        for label, command in commands:
            took, errors = wall_time(command, runs, env)
            print(verdict_line(took <= goal, '%s: %.1f ms (goal <= 2 x python + 30 ms = '
                               '%.1f ms)' % (label, took * 1e3, goal * 1e3)))
            if errors.strip():   # e.g. an installed reflow whose compiled copies are stale
                print('      its stderr: ' + errors.strip().splitlines()[0])
    finally:
        os.unlink(f.name)


RSS = '''
import json
def rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
bare = rss()
import reflow
runtime = reflow.JavascriptRuntime()
print(json.dumps({'bare': bare, 'runtime': rss()}))
'''


def run_memory():
    for build in ('compiled', 'pure'):
        python_report(RSS, build)   # writes the .pyc files the measured run reads
        report = python_report(RSS, build)
        extra = (report['runtime'] - report['bare']) / 2 ** 20
        line = 'idle runtime (%s): %.1f MiB above a bare interpreter (%.1f MiB)' % (
            build, extra, report['bare'] / 2 ** 20)
        print(verdict_line(extra <= 8, line + ' (goal <= 8 MiB)') if build == 'compiled'
              else '      ' + line)


SECOND_RUNTIME = '''
import json, time
from reflow import JavascriptRuntime
first = JavascriptRuntime()
times = []
for _ in range(%d):
    start = time.perf_counter()
    runtime = JavascriptRuntime()
    times.append(time.perf_counter() - start)
    runtime.close()
times.sort()
print(json.dumps({'min': times[0], 'median': times[len(times) // 2]}))
'''


def run_second_runtime(count):
    for build in ('compiled', 'pure'):
        report = python_report(SECOND_RUNTIME % count, build)
        line = 'second JavascriptRuntime() (%s): min %.2f ms, median %.2f ms of %d' % (
            build, report['min'] * 1e3, report['median'] * 1e3, count)
        print(verdict_line(report['min'] < 0.002, line + ' (goal < 2 ms)')
              if build == 'compiled' else '      ' + line)


PARSE = '''
import json, time
import reflow.parser
with open(%r, encoding='utf-8') as f:
    source = f.read()
times = []
for _ in range(%d):
    start = time.perf_counter()
    reflow.parser.parse(source)
    times.append(time.perf_counter() - start)
print(json.dumps({'compiled': bool(reflow.parser.COMPILED), 'bytes': len(source.encode()),
                  'seconds': min(times)}))
'''


def run_parse(path, rounds):
    if not os.path.exists(path):
        print('parse: skipped, %s is missing (.ci/run installs it; or --lodash PATH)' % path)
        return
    report = python_report(PARSE % (path, rounds))
    rate = report['bytes'] / 1e6 / report['seconds']
    line = 'parse lodash.js (%d KB, %s parser, min of %d): %.0f ms, %.1f MB/s (goal >= 5)' % (
        report['bytes'] // 1000, 'compiled' if report['compiled'] else 'PURE', rounds,
        report['seconds'] * 1e3, rate)
    print(verdict_line(report['compiled'] and rate >= 5, line))


# -- the command line -----------------------------------------------------------------

def names(text, known, what):
    chosen = [n.strip() for n in text.split(',') if n.strip()]
    unknown = [n for n in chosen if n not in known]
    if unknown:
        raise argparse.ArgumentTypeError('unknown %s: %s (known: %s)' % (
            what, ', '.join(unknown), ', '.join(known)))
    return chosen


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--workloads', default=','.join(WORKLOADS),
                   type=lambda t: names(t, list(WORKLOADS), 'workload'),
                   help='comma-separated workloads (default: all ten)')
    p.add_argument('--engines', default=','.join(engines.ENGINES),
                   type=lambda t: names(t, engines.ENGINES, 'engine'),
                   help='comma-separated engines, of %s (default: all installed; quickjs '
                        'always runs, it is the reference)' % ','.join(engines.ENGINES))
    p.add_argument('--rounds', type=int, default=5,
                   help='rounds per workload of the fast engines, the minimum counts '
                        '(default 5)')
    p.add_argument('--js2py-timeout', type=float, default=60,
                   help='seconds js2py may take on one workload (default 60)')
    p.add_argument('--timeout', type=float, default=600,
                   help='seconds any other engine may take on one workload (default 600)')
    p.add_argument('--clock', choices=sorted(engines.CLOCKS), default='wall',
                   help='wall time (default), or the process\'s CPU time, which other work '
                        'on the machine disturbs far less (node\'s counts its helper threads)')
    p.add_argument('--skip', default='', type=lambda t: names(t, SECTIONS, 'section'),
                   help='comma-separated sections to leave out, of %s' % ','.join(SECTIONS))
    p.add_argument('--markdown', action='store_true', help='print the table as markdown')
    p.add_argument('--lodash', default=LODASH, help='lodash.js for the parse section '
                   '(default: .cache/npm, which .ci/run fills)')
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if 'table' not in args.skip:
        columns = [e for e in engines.ENGINES if e in args.engines or e == REFERENCE]
        for e in list(columns):
            missing = engines.available(e)
            if missing:
                progress('skipping %s: %s' % (e, missing))
                columns.remove(e)
        if REFERENCE not in columns:
            sys.exit('compare.py needs QuickJS, the reference: pip install quickjs')
        run_table(args, columns)
    for section, run in [('startup', lambda: run_startup(10)), ('memory', run_memory),
                         ('runtime', lambda: run_second_runtime(50)),
                         ('parse', lambda: run_parse(args.lodash, 5))]:
        if section not in args.skip:
            print()
            run()


if __name__ == '__main__':
    main()

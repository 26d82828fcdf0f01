"""Differential fuzzing against Node: generated programs (tests/hostile/jsgen.py) run
in reflow (both builds) and in Node, many programs to a process, and must print the
same lines (the same values, or the same error name).

Bounded for CI: a few batches of programs, derandomized (the same programs each run).
REFLOW_FUZZ_LONG=1 runs many more, with fresh random programs, and reports every failing
batch at the end (REFLOW_FUZZ_BATCHES=N sets the number of batches). Skipped without Node."""
import os
import shutil
import subprocess
import tempfile

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from tests.hostile.harness import BUILDS, Worker, compiled_unavailable, in_parallel, \
    python_text
from tests.hostile.jsgen import batch_source, program
from hypothesis import strategies as st

NODE = shutil.which('node')
LONG = os.environ.get('REFLOW_FUZZ_LONG') == '1'
PER_BATCH = 50
BATCHES = int(os.environ.get('REFLOW_FUZZ_BATCHES', 60 if LONG else 4))
BUDGET = 60.0     # seconds per batch (a batch takes well under one)

# Known differences, each with the reason: (what, predicate(program, node lines,
# reflow lines), why). A difference matching one is not a failure.
ALLOWED = []

FOUND = []    # the failures of a long run

pytestmark = pytest.mark.skipif(NODE is None, reason='node is not installed')


def split(lines):
    """The printed lines of a batch, by program number."""
    by_id = {}
    for line in lines:
        head, _, rest = line.partition(': ')
        if head.isdigit():
            by_id.setdefault(int(head), []).append(rest)
    return by_id


def run_node(source):
    with tempfile.NamedTemporaryFile('w', suffix='.js', delete=False) as f:
        f.write(source)
    try:
        done = subprocess.run([NODE, f.name], capture_output=True, text=True, timeout=BUDGET)
    finally:
        os.unlink(f.name)
    return done.stdout.split('\n')


class Reflow:
    """One worker per build for the whole session."""

    def __init__(self):
        self.workers = {b: Worker(b) for b in BUILDS}
        self.skipped = {}
        reason = compiled_unavailable(self.workers['compiled'])
        if reason:
            self.skipped['compiled'] = reason

    def run(self, build, source):
        return self.workers[build].request({'source': source, 'name': 'fuzz.js',
                                            'stream': True}, BUDGET)

    def stop(self):
        for w in self.workers.values():
            w.stop()


@pytest.fixture(scope='module')
def reflow():
    r = Reflow()
    yield r
    r.stop()


def running(programs, lines):
    """The program a batch was running when it stopped: the last one that printed."""
    started = split(lines)
    last = max(started) if started else 0
    if started.get(last, [])[-1:] == ['end'] and last + 1 < len(programs):
        last += 1
    return 'program %d:\n%s' % (last, programs[last])


def compare(programs, node_lines, build, outcome):
    """The first program whose output differs, described (None when all agree)."""
    if outcome.status != 'done':
        return '%s build: %s while running %s' % (
            build, outcome.describe(), running(programs, outcome.streamed))
    r = outcome.result
    if r['python_error']:
        return '%s build: a Python exception escaped while running %s\n%s' % (
            build, running(programs, r['lines']), r['python_error'])
    leaked = python_text('\n'.join(r['lines'] + [r['stray']]))
    if leaked:
        return '%s build: Python text: %s' % (build, leaked)
    if r['uncaught'] is not None:
        return '%s build: the batch ended with %s while running %s' % (
            build, r['uncaught'], running(programs, r['lines']))
    ours, theirs = split(r['lines']), split(node_lines)
    for i, body in enumerate(programs):
        a, b = theirs.get(i, []), ours.get(i, [])
        if a != b and not any(ok(body, a, b) for _, ok, _ in ALLOWED):
            first = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            return ('%s build differs from Node in program %d at line %d:\n  node:   %r\n'
                    '  reflow: %r\nprogram:\n%s' % (build, i, first, a[first:first + 1],
                                                    b[first:first + 1], body))
    return None


@settings(max_examples=BATCHES, deadline=None, derandomize=not LONG,
          phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=list(HealthCheck))
@given(programs=st.lists(program, min_size=PER_BATCH, max_size=PER_BATCH))
def test_programs_print_what_node_prints(reflow, programs):
    source = batch_source(programs)
    node_lines = run_node(source)
    builds = [b for b in BUILDS if b not in reflow.skipped]
    outcomes = in_parallel(*[lambda b=b: reflow.run(b, source) for b in builds])
    failures = [compare(programs, node_lines, b, o) for b, o in zip(builds, outcomes)]
    failures = [f for f in failures if f]
    if failures:
        kept = tempfile.NamedTemporaryFile('w', suffix='.js', prefix='fuzz-batch-', delete=False)
        with kept:
            kept.write(source)
        failures.append('the whole batch: %s' % kept.name)
    if LONG:
        # a long run goes on past a failing batch and reports them all at the end
        FOUND.extend(failures)
        return
    assert not failures, '\n\n'.join(failures)
    if 'compiled' in reflow.skipped:
        pytest.skip(reflow.skipped['compiled'])


@pytest.mark.skipif(not LONG, reason='only a long run (REFLOW_FUZZ_LONG=1) collects')
def test_long_run_found_nothing():
    print('%d batches of %d programs' % (BATCHES, PER_BATCH))
    assert not FOUND, '%d failing batches:\n\n%s' % (len(FOUND), '\n\n'.join(FOUND))

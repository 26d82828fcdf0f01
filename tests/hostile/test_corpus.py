"""The hostile corpus: every tests/hostile/**/*.js and *.mjs (a file whose name starts
with `_` is a module imported by others, not a program), run in both builds.

Each program's expectations are its comments, as in tests/interp/test_js_files.py:
`// expect: TEXT` lines are the lines it prints, in order; `// expect uncaught: TEXT` is
the first line of its uncaught error. For each file and build: the process must not
crash (a signal exit is a crash) nor run past the budget, print no Python text, and
print what the comments say; and the two builds must print exactly the same.

One worker process per build runs the files one after another, each in a fresh realm
(tests/hostile/harness.py); the two workers run at the same time."""
import glob
import os

import pytest

from tests.hostile.harness import BUILDS, Worker, compiled_unavailable, in_parallel, \
    python_text

HERE = os.path.dirname(os.path.abspath(__file__))
BUDGET = 10.0     # seconds per file


def corpus_files():
    found = glob.glob(os.path.join(HERE, '**', '*.js'), recursive=True) + \
        glob.glob(os.path.join(HERE, '**', '*.mjs'), recursive=True)
    return sorted(os.path.relpath(f, HERE) for f in found
                  if not os.path.basename(f).startswith('_'))


FILES = corpus_files()


class Corpus:
    """The outcome of every file in each build, computed once for the session."""

    def __init__(self):
        self.outcomes = None
        self.skipped = {}     # build -> why it cannot be tested

    def run_build(self, build):
        worker = Worker(build)
        try:
            if build == 'compiled':
                reason = compiled_unavailable(worker)
                if reason:
                    self.skipped[build] = reason
                    return {}
            return {name: worker.request({'path': os.path.join(HERE, name)}, BUDGET)
                    for name in FILES}
        finally:
            worker.stop()

    def outcome(self, build, name):
        if self.outcomes is None:
            self.outcomes = dict(zip(BUILDS, in_parallel(
                *[lambda b=b: self.run_build(b) for b in BUILDS])))
        if build in self.skipped:
            pytest.skip(self.skipped[build])
        return self.outcomes[build][name]


@pytest.fixture(scope='session')
def corpus():
    return Corpus()


def check(outcome):
    """The failures of one file's run in one build (an empty list when it passed)."""
    if outcome.status != 'done':
        return [outcome.describe()]
    r = outcome.result
    failures = []
    if r['python_error']:
        return ['a Python exception escaped the engine:\n' + r['python_error']]
    if r['stray']:
        failures.append('output on the process stdout/stderr: %r' % r['stray'][:2000])
    allowed = r['expected'] + [r['expected_uncaught']]
    leaked = python_text('\n'.join(r['lines'] + [r['uncaught'] or '', r['stray']]),
                         allowed)
    if leaked:
        failures.append('Python text: ' + leaked)
    if r['lines'] != r['expected']:
        failures.append(diff_lines(r['expected'], r['lines']))
    if r['uncaught'] != r['expected_uncaught']:
        failures.append('uncaught error: expected %r, got %r'
                        % (r['expected_uncaught'], r['uncaught']))
    return failures


def diff_lines(expected, got):
    for i, (a, b) in enumerate(zip(expected, got)):
        if a != b:
            return 'printed line %d: expected %r, got %r' % (i + 1, a, b)
    if len(expected) > len(got):
        return 'missing printed lines from %d: %r' % (len(got) + 1, expected[len(got):][:5])
    return 'extra printed lines from %d: %r' % (len(expected) + 1, got[len(expected):][:5])


@pytest.mark.parametrize('build', BUILDS)
@pytest.mark.parametrize('name', FILES)
def test_file(corpus, name, build):
    failures = check(corpus.outcome(build, name))
    assert not failures, '%s (%s build):\n%s' % (name, build, '\n'.join(failures))


@pytest.mark.parametrize('name', FILES)
def test_builds_agree(corpus, name):
    compiled = corpus.outcome('compiled', name)
    pure = corpus.outcome('pure', name)

    def seen(outcome):
        # what the program showed: a traceback's text names the build's own files
        r = outcome.result
        return outcome.status, r.get('lines'), r.get('uncaught'), bool(r.get('python_error'))
    assert seen(compiled) == seen(pure), '%s: the compiled and the pure build differ' % name


def test_corpus_is_there():
    # the glob above must find the corpus (an empty parametrization would pass)
    assert len(FILES) >= 80

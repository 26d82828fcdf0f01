"""The program trees in fixtures/programs/: each folder's main.{js,mjs,cjs} runs under
`reflow run` and must print what Node printed for it, expected.txt (recorded with
`node --experimental-detect-module --experimental-require-module main.X > expected.txt`
in the folder: Node 20 needs the flags for what Node 22 does by default). They cover
CommonJS (cycles, the cache, the wrapper), ES modules importing CommonJS (the names
the static analysis finds), require() of ES modules, package.json "type", syntax
detection, JSON modules and import() from CommonJS."""
import os
import subprocess
import sys

import pytest

HERE = os.path.join(os.path.dirname(__file__), 'fixtures', 'programs')
CASES = sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)))


def entry_of(folder):
    return next(f for f in sorted(os.listdir(folder)) if f.startswith('main.'))


def run_reflow(folder, entry, *args):
    return subprocess.run([sys.executable, '-m', 'reflow', 'run', entry, *args],
                          cwd=folder, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize('case', CASES)
def test_program_prints_what_node_printed(case):
    folder = os.path.join(HERE, case)
    with open(os.path.join(folder, 'expected.txt'), encoding='utf-8') as f:
        expected = f.read()
    done = run_reflow(folder, entry_of(folder))
    assert done.stdout == expected, done.stderr
    assert done.returncode == 0, done.stderr
    assert 'Traceback' not in done.stderr

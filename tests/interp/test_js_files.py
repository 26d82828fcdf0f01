"""The JS programs in tests/interp/js/: each `// expect: TEXT` line is the next line the
program prints; `// expect uncaught: TEXT` is the first line of the uncaught error. The
program runs to the end of its event loop (timers included), as `reflow run` does
(tests/jshelpers.py runs it)."""
import os

import pytest

from tests.jshelpers import run_file

HERE = os.path.join(os.path.dirname(__file__), 'js')
FILES = sorted(f for f in os.listdir(HERE) if f.endswith(('.js', '.mjs')))


@pytest.mark.parametrize('name', FILES)
def test_program(name):
    run_program(HERE, name)


def run_program(directory, name):
    lines, uncaught, printed, expected_uncaught = run_file(os.path.join(directory, name))
    assert lines == printed
    assert uncaught == expected_uncaught

"""The JS programs in tests/builtins/js/, one per built-in: `// expect: TEXT` lines are
what the program prints, in order (see tests/interp/test_js_files.py)."""
import os

import pytest

from tests.interp.test_js_files import run_program

HERE = os.path.join(os.path.dirname(__file__), 'js')
FILES = sorted(f for f in os.listdir(HERE) if f.endswith(('.js', '.mjs')))


@pytest.mark.parametrize('name', FILES)
def test_program(name):
    run_program(HERE, name)

import os

import pytest

# the compiler checks its register invariant on every code object
# (reflow/interp/compiler/code.py check_registers); set before reflow is imported,
# inherited by subprocesses
os.environ['REFLOW_CHECK_REGISTERS'] = '1'

from tests.jshelpers import make_js


@pytest.fixture
def js():
    return make_js()

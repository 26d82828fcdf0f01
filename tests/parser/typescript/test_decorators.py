"""Decorators lowered by reflow.parser.typescript_decorators run as tsc (--target ES2022,
with and without --experimentalDecorators) + Node run them: each program of
decorators/ prints what decorators_expected.json says (record_decorators.py records
it), and the lowered tree is plain ESTree keeping the user's ranges."""
import json
import os

import pytest

from reflow.parser import TSOptions, parse
from reflow.parser.typescript_decorators import lower_decorators
from tests.parser.typescript.decorated_trees import decorated_tree, run_module_tree, run_tree

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'decorators')
with open(os.path.join(HERE, 'decorators_expected.json'), encoding='utf-8') as f:
    EXPECTED = json.load(f)


def lowered(source, legacy=False):
    return lower_decorators(decorated_tree(source),
                            TSOptions(experimental_decorators=legacy))


def run(source, legacy=False):
    return run_tree(lowered(source, legacy), source)


@pytest.mark.parametrize('name', sorted(EXPECTED))
def test_a_program_prints_what_tsc_and_node_print(name):
    with open(os.path.join(PROGRAMS, name), encoding='utf-8') as f:
        source = f.read()
    legacy = name.startswith('legacy_')
    if name.endswith('_module.ts'):
        # the module imports itself (as the .mjs tsc makes of it) to see its exports
        path = os.path.join(PROGRAMS, name[:-3] + '.mjs')
        tree = lower_decorators(decorated_tree(source, 'module'),
                                TSOptions(experimental_decorators=legacy))
        lines = run_module_tree(tree, source, path)[0]
    else:
        lines = run(source, legacy)
    assert lines == EXPECTED[name]

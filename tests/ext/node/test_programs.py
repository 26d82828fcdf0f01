"""The programs in tests/ext/node/programs/: each <name>.js (CommonJS) or <name>.mjs
uses Node's built-in modules and prints; <name>.out is what Node printed for it
(re-record one with `node programs/<name>.js > programs/<name>.out`, from this folder).
Each runs under reflow as `reflow run` runs it and must print the same."""
import os

import pytest

from tests.jshelpers import OutputHost

HERE = os.path.join(os.path.dirname(__file__), 'programs')
PROGRAMS = sorted(f for f in os.listdir(HERE) if f.endswith(('.js', '.mjs', '.cjs')))


def run_program(path):
    """What the program prints (stdout and stderr lines, in order) and the first line
    of its uncaught error (or None), run as `reflow run` runs it: CommonJS or a module
    as Node decides, then the 'exit' listeners."""
    from reflow.ext.errors import ProcessExit
    from reflow.ext.host import create_realm
    from reflow.ext.modules.loader import ModuleLoader
    from reflow.ext.node.bindings.process import finish
    from reflow.ext.program import run_to_completion
    from reflow.interp.vm.errors import JSThrow
    loader = ModuleLoader()
    host = OutputHost(loader=loader)
    host.argv = [None, path]
    realm = create_realm(host)
    with open(path, encoding='utf-8') as f:
        source = f.read()
    try:
        try:
            kind = loader.entry_kind(path, source, False, host.lines.append)
            run_to_completion(realm, source, path, module=kind == 'module',
                              commonjs=kind == 'commonjs')
            finish(realm)
        except ProcessExit:
            pass
        uncaught = None
    except JSThrow as exc:
        from tests.jshelpers import uncaught_header
        uncaught = uncaught_header(realm, exc.value)
    return host.lines, uncaught


@pytest.mark.parametrize('name', PROGRAMS)
def test_program(name):
    path = os.path.join(HERE, name)
    with open(os.path.splitext(path)[0] + '.out', encoding='utf-8') as f:
        expected = f.read().split('\n')
    if expected and expected[-1] == '':
        expected.pop()
    lines, uncaught = run_program(path)
    assert uncaught is None
    assert lines == expected

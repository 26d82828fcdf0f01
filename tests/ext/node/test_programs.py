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
    of its uncaught error (or None)."""
    from reflow.ext.host import create_realm
    from reflow.ext.node import load_builtin
    from reflow.ext.program import run_to_completion
    from reflow.interp.vm.errors import JSThrow
    from reflow.interp.vm.function import NativeFunction
    from reflow.interp.vm.operations import to_string
    host = OutputHost()
    realm = create_realm(host)

    def require(this, args):   # the built-ins only, until CommonJS lands
        name = to_string(args[0])
        return load_builtin(realm, name[5:] if name.startswith('node:') else name)
    realm.global_object.define('require', NativeFunction(realm, require, 'require', 1))
    with open(path, encoding='utf-8') as f:
        source = f.read()
    from reflow.ext.errors import ProcessExit
    from reflow.ext.node.bindings.process import finish
    try:
        try:
            run_to_completion(realm, source, path, module=path.endswith('.mjs'))
            finish(realm)   # the 'exit' listeners, as `reflow run` runs them
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

"""bindings/assert.py: the source of the call at a stack frame's position."""
import importlib
import os

# (`assert` is a keyword: the module is imported by its name as a string)
call_source = importlib.import_module('reflow.ext.node.bindings.assert').call_source


def test_call_source(tmp_path):
    path = os.path.join(tmp_path, 'calls.js')
    with open(path, 'w') as f:
        f.write("x;\n  assert.ok(f(1),\n    g(2));\n")
    assert call_source(path, 2, 10) == ('assert.ok(f(1),\n    g(2))', 2)
    assert call_source(path, 2, 13) == ('f(1)', 12)
    assert call_source(path, 1, 1) is None          # no call there
    assert call_source(path, 9, 1) is None          # past the end
    assert call_source(os.path.join(tmp_path, 'none.js'), 1, 1) is None
    assert call_source(str(tmp_path), 1, 1) is None   # a directory
    with open(path, 'a') as f:
        f.write('broken(\n')                      # changed since it ran: no tree
    assert call_source(path, 2, 10) is None

"""lib/assert.js where a recorded program cannot pin it: assert.fail's deprecation
warning (stderr, with the process id) and assert.ok's message where the caller's
source cannot be read (Node's fallback, `value == true`)."""
import os

from tests.ext.node.test_programs import run_program


def _run(tmp_path, source):
    path = os.path.join(tmp_path, 'program.js')
    with open(path, 'w') as f:
        f.write(source)
    lines, uncaught = run_program(path)
    assert uncaught is None
    return lines


def test_fail_with_more_arguments_warns_once(tmp_path):
    lines = _run(tmp_path, "const assert = require('assert');\n"
                           "for (const i of [1, 2]) {\n"
                           "  try { assert.fail(i, 2, undefined, '>'); }\n"
                           "  catch (e) { console.log(e.message, e.operator); }\n"
                           "}\n")
    # process.emitWarning prints on a later tick, as Node's does: after the loop
    assert lines == [
        '1 > 2 >', '2 > 2 >',
        '(node:%d) [DEP0094] DeprecationWarning: assert.fail() with more than one argument '
        'is deprecated. Please use assert.strictEqual() instead or only pass a message.'
        % os.getpid(),
        '(Use `node --trace-deprecation ...` to show where the warning was created)']


def test_ok_without_source_falls_back(tmp_path):
    # the call runs from eval'd code: its frame names no file that holds it
    lines = _run(tmp_path, "const assert = require('assert');\n"
                           "try { eval('assert.ok(0)'); } catch (e) { console.log(e.message); }\n"
                           "try { new Function('a', 'a.ok(null)')(assert); }\n"
                           "catch (e) { console.log(e.message); }\n")
    assert lines == ['0 == true', 'null == true']

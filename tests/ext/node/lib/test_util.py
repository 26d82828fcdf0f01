"""lib/util.js where a recorded program cannot pin it: util.deprecate's warning (its
text holds the process id, and it goes to stderr)."""
import os
import re

from tests.ext.node.test_programs import run_program

PROGRAM = """
const util = require('util');
const old = util.deprecate((a) => a + 1, 'old() is deprecated', 'DEP0999');
const same = util.deprecate(() => 0, 'the same code again', 'DEP0999');
const uncoded = util.deprecate(function Thing(x) { this.x = x; }, 'Thing is old');
console.log(old(1), old(2), same());
console.log(new uncoded(5).x, new uncoded(6) instanceof uncoded);
"""


def test_deprecate_warns_once_per_function_and_code(tmp_path):
    path = os.path.join(tmp_path, 'deprecate.js')
    with open(path, 'w') as f:
        f.write(PROGRAM)
    lines, uncaught = run_program(path)
    assert uncaught is None
    pid = str(os.getpid())
    # (process.emitWarning prints on a later tick, as Node's does: after the lines)
    assert lines == [
        '2 3 0',
        '5 true',
        '(node:%s) [DEP0999] DeprecationWarning: old() is deprecated' % pid,
        '(Use `node --trace-deprecation ...` to show where the warning was created)',
        '(node:%s) DeprecationWarning: Thing is old' % pid,
    ]
    assert not any(re.search('Traceback|File "', line) for line in lines)

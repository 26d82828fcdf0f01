"""Source nested past the parser's bound is V8's RangeError (JSNestingError, a
JSSyntaxError with a position), in both builds, from every loader and from
`reflow check`; nesting within the bound parses."""
import os
import subprocess
import sys

import pytest

from reflow.interp.vm.errors import JSThrow
from reflow.ext.host import create_realm
from reflow.interp.vm.script import evaluate_script
from reflow.parser import JSSyntaxError, parse
from reflow.parser.errors import JSNestingError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
N = 20000

DEEP = {
    'parens': '(' * N + '1' + ')' * N,
    'arrays': '[' * N + ']' * N,
    'blocks': '{' * N + '}' * N,
    'not': '!' * N + 'x',
    'minus': '- ' * N + 'x',
    'decrement': '--' * N + 'x',
    'increment': '++' * N + 'x',
    'typeof': 'typeof ' * N + 'x',
    'await': 'async function f() { ' + 'await ' * N + '1 }',
    'power': '2' + ' ** 2' * N,
    'conditional': 'a ? b : ' * N + 'c',
    'conditional_nested': 'a ? ' * N + 'b' + ' : c' * N,
    'assignment': 'a = ' * N + '1',
    'arrows': 'x => ' * N + '1',
    'functions': 'function f() {' * N + '}' * N,
    'function_expressions': '(function () {' * N + '})' * N,
    'methods': '(class { m() {' * N + '} })' * N,
    'classes': 'class A extends (' * N + 'B' + ') {}' * N,
    'templates': '`${' * N + '1' + '}`' * N,
    'ifs': 'if (1) ' * N + ';',
    'patterns': 'var ' + '[' * N + 'a' + ']' * N + ' = 1',
    'objects': '({a:' * N + '1' + '})' * N,
    'new': 'new ' * N + 'F',
}


@pytest.mark.parametrize('name', sorted(DEEP))
def test_deep_nesting_is_a_nesting_error(name):
    with pytest.raises(JSNestingError) as info:
        parse(DEEP[name], 'script', 'deep.js')
    err = info.value
    assert isinstance(err, JSSyntaxError)
    assert err.name == 'RangeError'
    assert str(err).startswith('RangeError: Maximum call stack size exceeded (deep.js:1:')


def test_nesting_within_the_bound_parses():
    parse('(' * 300 + '1' + ')' * 300)
    parse('function f() {' * 200 + '}' * 200)
    parse('!' * 500 + 'x')


def test_loaders_throw_a_range_error():
    realm = create_realm()
    for source in (DEEP['parens'], "eval('(' .repeat(20000))", "Function('!'.repeat(20000))"):
        with pytest.raises(JSThrow) as info:
            evaluate_script(realm, source, 'deep.js')
        err = info.value.value
        assert (err.get('name'), err.get('message')) == \
            ('RangeError', 'Maximum call stack size exceeded')


@pytest.mark.parametrize('pure', ['0', '1'])
def test_check_reports_it_in_both_builds(tmp_path, pure):
    # these three overflowed the compiled parser's C stack (a segfault) before
    env = dict(os.environ, REFLOW_PURE=pure)
    for name in ('decrement', 'await', 'functions'):
        path = tmp_path / (name + '.js')
        path.write_text(DEEP[name])
        proc = subprocess.run([sys.executable, '-m', 'reflow', 'check', str(path)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 1, (name, proc.stderr)
        assert proc.stderr.startswith('RangeError: Maximum call stack size exceeded (')

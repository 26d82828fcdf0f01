"""Long and deep programs in the compiler: left-deep chains compile in loops (any length),
nesting deeper than the compiler's room ends in a RangeError, never a RecursionError."""
import sys

import pytest

from reflow.interp.compiler import compiler as compiler_module
from reflow.interp.vm import eval_code
from reflow.interp.compiler.compiler import Compiler
from reflow.interp.vm.errors import JSErrorSignal, JSThrow

N = 5000


@pytest.mark.parametrize('source, result', [
    ('+'.join(['1'] * N), float(N)),
    ('"" + ' + '+'.join(['"a"'] * N) + ' + ""', 'a' * N),
    ('2' + '**1' * N, 2.0),
    ('var t = 1; ' + '&&'.join(['t'] * N), 1.0),
    ('var f = 0; ' + '||'.join(['f'] * N) + '|| "end"', 'end'),
    ('var n = null; ' + '??'.join(['n'] * N) + '?? 5', 5.0),
    ('var t = 1; var r = "no"; if (' + '&&'.join(['t'] * N) + ') r = "yes"; r', 'yes'),
    ('var f = 0; !(' + '||'.join(['f'] * N) + ')', True),
    ('var o = {}; o.a = o; o' + '.a' * N + ' === o', True),
    ('var o = []; o[0] = o; o' + '[0]' * N + ' === o', True),
    ('var o = {}; o.a = o; o' + '?.a' * N + ' === o', True),
    ('var o = {m() { return this }}; o' + '.m()' * N + ' === o', True),
    ('function f() { return f } f' + '()' * N + ' === f', True),
    ('var o = {}; o.a = o; o' + '.a' * N + '.b = 3; o.b', 3.0),
    ('var i = 0; (' + ','.join(['i++'] * N) + '), i', float(N)),
    ('var v = 799; var r; ' + ' else '.join('if (v === %d) r = %d;' % (i, i)
                                           for i in range(800)) + ' r', 799.0),
])
def test_a_long_chain_compiles_and_runs(js, source, result):
    assert js(source) == result


def test_an_else_if_chain_keeps_its_completion_value(js):
    assert js('eval("if (0) 1; else if (0) 2; else if (1) 3; else 4")') == 3.0
    assert js('String(eval("1; if (0) 2; else if (0) 3"))') == 'undefined'


def _nested_arrays(depth):
    """An ESTree program `[[[...]]];` nested deeper than the parser would allow."""
    node = {'type': 'ArrayExpression', 'elements': [], 'range': [0, 1]}
    for _ in range(depth):
        node = {'type': 'ArrayExpression', 'elements': [node], 'range': [0, 1]}
    stmt = {'type': 'ExpressionStatement', 'expression': node, 'range': [0, 1]}
    return {'type': 'Program', 'body': [stmt], 'sourceType': 'script', 'range': [0, 1]}


DEEP = 60000   # past the compiler's recursion room


def test_nesting_past_the_compilers_room_is_a_range_error():
    limit = sys.getrecursionlimit()
    with pytest.raises(JSErrorSignal) as info:
        Compiler('[]', 'deep.js').compile_script(_nested_arrays(DEEP))
    assert (info.value.name, info.value.message) == ('RangeError',
                                                     'Maximum call stack size exceeded')
    assert sys.getrecursionlimit() == limit


def test_a_script_too_deep_to_compile_throws_a_js_range_error(js, monkeypatch):
    monkeypatch.setattr(compiler_module, 'parse', lambda *a, **k: _nested_arrays(DEEP))
    with pytest.raises(JSThrow) as info:
        js('[]')
    assert info.value.value.get('name') == 'RangeError'


def test_eval_code_too_deep_to_compile_throws_a_catchable_range_error(js, monkeypatch):
    real_parse = eval_code.parse

    def parse(source, *args, **kwargs):
        return _nested_arrays(DEEP) if source == 'deep' else real_parse(source, *args,
                                                                        **kwargs)
    monkeypatch.setattr(eval_code, 'parse', parse)
    assert js('try { eval("deep") } catch (e) { e.name + ": " + e.message }') == \
        'RangeError: Maximum call stack size exceeded'
    assert js('try { (0, eval)("deep") } catch (e) { e.name }') == 'RangeError'


def test_the_disassembler_walks_deeply_nested_functions():
    n = 900
    source = ''.join('function f%d() { ' % i for i in range(n)) + 'return 1' + ' }' * n
    from reflow.interp.compiler.compiler import compile_script
    text = compile_script(source).disassemble()
    assert text.count('== f') == n
    assert text.index('== f0 ') < text.index('== f1 ') < text.index('== f899 ')

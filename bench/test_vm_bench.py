"""The VM side by side with QuickJS (PyPI `quickjs`) and js2py, where installed.

Run: python -m pytest bench/test_vm_bench.py --benchmark-only
(REFLOW_PURE=1 for the uncompiled build). Each engine runs the same program; the
ratios against reflow are printed at the end of the run.
"""
import os
import time

import pytest

PROGRAMS = {
    'fib27': 'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } fib(27)',
    'closures': '''
        function counter() { let c = 0; return function () { c += 1; return c } }
        var total = 0;
        for (var i = 0; i < 3000; i++) {
            var f = counter();
            for (var j = 0; j < 100; j++) total += f();
        }
        total''',
    'properties': '''
        var o = {x: 1, y: 2, z: 3};
        var s = 0;
        for (var i = 0; i < 300000; i++) { o.x = o.y + o.z; o.y = o.x - o.z; s += o.x }
        s''',
    'strings': '''
        var parts = 'abcdefghij';
        var s = '';
        for (var i = 0; i < 200000; i++) s += parts[i % 10];
        s.length''',
}

TIMES = {}


def reflow_engine():
    from reflow.ext.host import create_realm
    from reflow.interp.script import evaluate_script

    def run(src):
        return evaluate_script(create_realm(), src, 'bench.js')
    return run


def quickjs_engine():
    quickjs = pytest.importorskip('quickjs')

    def run(src):
        return quickjs.Context().eval(src)
    return run


def js2py_engine():
    js2py = pytest.importorskip('js2py')

    def run(src):
        return js2py.eval_js(src)
    return run


ENGINES = {'reflow': reflow_engine, 'quickjs': quickjs_engine, 'js2py': js2py_engine}


@pytest.mark.parametrize('program', sorted(PROGRAMS))
@pytest.mark.parametrize('engine', list(ENGINES))
def test_program(benchmark, engine, program):
    run = ENGINES[engine]()
    src = PROGRAMS[program]
    benchmark.group = program
    benchmark.extra_info['build'] = build_name()
    rounds = 3 if engine == 'quickjs' else 1
    result = benchmark.pedantic(run, args=(src,), rounds=rounds, iterations=1)
    assert result is not None
    TIMES[(program, engine)] = benchmark.stats.stats.min


def build_name():
    if os.environ.get('REFLOW_PURE') == '1':
        return 'pure'
    try:
        import reflow.interp.vm as vm
        return 'compiled' if vm.__file__.endswith(('.so', '.pyd')) else 'pure'
    except ImportError:
        return 'pure'


def pytest_terminal_summary_ratios():
    lines = []
    for program in sorted(PROGRAMS):
        base = TIMES.get((program, 'reflow'))
        if base is None:
            continue
        for engine in ('quickjs', 'js2py'):
            other = TIMES.get((program, engine))
            if other:
                lines.append('%-12s reflow(%s)/%s = %.1fx' % (program, build_name(), engine,
                                                              base / other))
    return lines


@pytest.fixture(scope='module', autouse=True)
def report_ratios():
    yield
    lines = pytest_terminal_summary_ratios()
    if lines:
        print('\n' + '\n'.join(lines))

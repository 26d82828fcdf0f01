"""Parsing lodash.js: reflow (compiled copy and pure Python) beside esprima-python, and
linearity (10x the input should take about 10x the time).

Run: python -m pytest bench/test_parser_bench.py --benchmark-only -s
(.ci/run installs lodash into .cache/npm; without it these benchmarks skip)."""
import importlib
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
LODASH = os.path.join(HERE, '..', '.cache', 'npm', 'node_modules', 'lodash', 'lodash.js')
TIMES = {}


@pytest.fixture(scope='module')
def lodash():
    if not os.path.exists(LODASH):
        pytest.skip('lodash is not installed in .cache/npm')
    with open(LODASH, encoding='utf-8') as f:
        return f.read()


def pure_parser():
    return importlib.import_module('reflow.parser.parser').parse


def compiled_parser():
    import reflow.parser as p
    if not p.COMPILED:
        pytest.skip('the compiled parser is not built (python setup.py build_ext --inplace)')
    return p.parse


def test_reflow_compiled(benchmark, lodash):
    parse = compiled_parser()
    benchmark.group = 'lodash'
    benchmark.pedantic(parse, args=(lodash,), rounds=5, iterations=1)
    TIMES['compiled'] = benchmark.stats.stats.min


def test_reflow_pure(benchmark, lodash):
    parse = pure_parser()
    benchmark.group = 'lodash'
    benchmark.pedantic(parse, args=(lodash,), rounds=5, iterations=1)
    TIMES['pure'] = benchmark.stats.stats.min


def test_esprima(benchmark, lodash):
    esprima = pytest.importorskip('esprima')
    benchmark.group = 'lodash'
    benchmark.pedantic(esprima.parseScript, args=(lodash, {'range': True}), rounds=3,
                       iterations=1)
    TIMES['esprima'] = benchmark.stats.stats.min


def test_linearity(benchmark, lodash):
    import time
    parse = pure_parser()
    big = '\n'.join('(function () {\n%s\n})();' % lodash for _ in range(10))
    t0 = time.perf_counter()
    parse(lodash)
    one = time.perf_counter() - t0
    benchmark.group = 'linearity'
    benchmark.pedantic(parse, args=(big,), rounds=1, iterations=1)
    ten = benchmark.stats.stats.min
    TIMES['linearity'] = ten / one
    assert ten / one < 20   # linear, with room for noise


@pytest.fixture(scope='module', autouse=True)
def report():
    yield
    lines = []
    if 'esprima' in TIMES:
        for build in ('compiled', 'pure'):
            if build in TIMES:
                lines.append('lodash: reflow %s is %.1fx esprima-python' % (
                    build, TIMES['esprima'] / TIMES[build]))
    if 'linearity' in TIMES:
        lines.append('10x input took %.1fx the time' % TIMES['linearity'])
    if lines:
        print('\n' + '\n'.join(lines))

"""The host API side by side with QuickJS (PyPI `quickjs`), where installed:
creating a runtime (after the first), a Python -> JS -> Python call round trip, a
JS -> Python -> JS call of a registered function, and converting a 1 MB JSON-like
value each way (QuickJS has no structured conversion: its way is JSON text through
`parse_json` and `.json()`, which is what an embedder of it writes).

Run: python -m pytest bench/test_host_bench.py --benchmark-only -s
Goals (issue 11): creation under 2 ms after the first, a call round trip under 20 us.
The ratios against QuickJS are printed at the end of the run.
"""
import json

import pytest

TIMES = {}


def one_mb_value():
    """About 1 MB of JSON-like data: records of strings, numbers, booleans, lists."""
    return [{'id': i, 'name': 'user%d' % i, 'score': i * 1.5, 'active': i % 3 == 0,
             'tags': ['a', 'b', 'c%d' % (i % 7)], 'note': 'lorem ipsum dolor sit amet',
             'address': {'street': '%d Main Street' % i, 'zip': '0%d' % i}}
            for i in range(5200)]


def test_value_is_about_one_megabyte():
    assert 0.9e6 < len(json.dumps(one_mb_value())) < 1.2e6


# -- reflow ---------------------------------------------------------------------------

def reflow_runtime():
    from reflow import JavascriptRuntime
    return JavascriptRuntime()


def reflow_create():
    reflow_runtime().close()   # the first one pays for the imports
    return lambda: reflow_runtime().close()


def reflow_call():
    rt = reflow_runtime()
    rt.declare_function('add', '(a, b) => a + b')
    return lambda: rt.call_function('add', [1, 2])


def reflow_callback():
    rt = reflow_runtime()
    rt.register_function('twice', lambda x: x * 2)
    rt.declare_function('viaPython', '(x) => twice(x) + 1')
    return lambda: rt.call_function('viaPython', [20])


def reflow_to_js():
    rt = reflow_runtime()
    data = one_mb_value()
    return lambda: rt.convert_value_from_python(data)


def reflow_to_python():
    rt = reflow_runtime()
    handle = rt.convert_value_from_python(one_mb_value())
    return lambda: rt.convert_value_to_python(handle)


# -- QuickJS --------------------------------------------------------------------------

def quickjs_module():
    return pytest.importorskip('quickjs')


def quickjs_create():
    quickjs = quickjs_module()
    quickjs.Context()
    return lambda: quickjs.Context()


def quickjs_call():
    ctx = quickjs_module().Context()
    ctx.eval('var add = (a, b) => a + b')
    add = ctx.get('add')
    return lambda: add(1, 2)


def quickjs_callback():
    ctx = quickjs_module().Context()
    ctx.add_callable('twice', lambda x: x * 2)
    ctx.eval('var viaPython = (x) => twice(x) + 1')
    fn = ctx.get('viaPython')
    return lambda: fn(20)


def quickjs_to_js():
    ctx = quickjs_module().Context()
    data = one_mb_value()
    return lambda: ctx.parse_json(json.dumps(data))


def quickjs_to_python():
    ctx = quickjs_module().Context()
    obj = ctx.parse_json(json.dumps(one_mb_value()))
    return lambda: json.loads(obj.json())


CASES = {
    'create': {'reflow': reflow_create, 'quickjs': quickjs_create},
    'call_round_trip': {'reflow': reflow_call, 'quickjs': quickjs_call},
    'callback_round_trip': {'reflow': reflow_callback, 'quickjs': quickjs_callback},
    'convert_1mb_to_js': {'reflow': reflow_to_js, 'quickjs': quickjs_to_js},
    'convert_1mb_to_python': {'reflow': reflow_to_python, 'quickjs': quickjs_to_python},
}
EXPECTED = {'call_round_trip': 3, 'callback_round_trip': 41}


@pytest.mark.parametrize('case', list(CASES))
@pytest.mark.parametrize('engine', ['reflow', 'quickjs'])
def test_host_operation(benchmark, engine, case):
    operation = CASES[case][engine]()
    benchmark.group = case
    result = benchmark(operation)
    if case in EXPECTED:
        assert result == EXPECTED[case]
    if case == 'convert_1mb_to_python':
        assert result == one_mb_value()
    TIMES[(case, engine)] = benchmark.stats.stats.median


@pytest.fixture(scope='module', autouse=True)
def report_ratios():
    yield
    lines = []
    for case in CASES:
        ours, theirs = TIMES.get((case, 'reflow')), TIMES.get((case, 'quickjs'))
        if ours and theirs:
            lines.append('%-22s reflow %9.1f us, quickjs %9.1f us: %.1fx' % (
                case, ours * 1e6, theirs * 1e6, ours / theirs))
    if lines:
        print('\n' + '\n'.join(lines))

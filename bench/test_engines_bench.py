"""The ten workloads of bench/workloads.py on reflow (whichever build is active) beside
QuickJS, Duktape (dukpy) and js2py where installed, one benchmark group per workload.
Each engine's completion value must be QuickJS's.

Run: python -m pytest bench/test_engines_bench.py --benchmark-only
(REFLOW_PURE=1 for the pure build; -k "not js2py" leaves out js2py, which takes minutes;
--benchmark-timer time.process_time counts CPU time, on a machine busy with other work).
bench/compare.py runs the same engines, each build of reflow and Node, into one table.
"""
import os

import pytest

import engines
from workloads import WORKLOADS

ENGINES = ['reflow', 'quickjs', 'dukpy', 'js2py']
EXPECTED = {}


def expected(workload):
    """QuickJS's completion value of the workload."""
    if workload not in EXPECTED:
        quickjs = engines.QuickJSContext()
        EXPECTED[workload] = engines.normal(quickjs(WORKLOADS[workload]))
    return EXPECTED[workload]


def rounds_of(engine):
    slow = engine == 'js2py' or os.environ.get('REFLOW_PURE') == '1' and engine == 'reflow'
    return 1 if slow else 5


@pytest.mark.parametrize('workload', list(WORKLOADS))
@pytest.mark.parametrize('engine', ENGINES)
def test_workload(benchmark, engine, workload):
    pytest.importorskip('quickjs')
    pytest.importorskip(engines.IN_PROCESS[engine].module)
    make_context = engines.IN_PROCESS[engine]
    source = WORKLOADS[workload]
    benchmark.group = workload
    if engine == 'reflow':
        benchmark.extra_info['build'] = engines.reflow_build()
    values = []

    def run(context):
        values.append(context(source))
    # each round in a new context, created and closed outside the timed call
    benchmark.pedantic(run, setup=lambda: ((make_context(),), {}),
                       teardown=lambda context: context.close(), rounds=rounds_of(engine),
                       iterations=1)
    assert [engines.normal(v) for v in values] == [expected(workload)] * len(values)

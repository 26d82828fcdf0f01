"""bench/compare.py's arithmetic and table on given numbers (no engine runs, no timing):
ratios, lower bounds from a time cap, geomeans, mismatch marks and the goal verdicts."""
import importlib
import math
import os
import sys

import pytest

BENCH = os.path.join(os.path.dirname(__file__), '..', '..', 'bench')


@pytest.fixture(scope='module')
def compare():
    sys.path.insert(0, BENCH)
    try:
        yield importlib.import_module('compare')
    finally:
        sys.path.remove(BENCH)


def result(compare, ms, value=1.0, **kw):
    return compare.engines.Result([ms / 1000 + 0.5, ms / 1000], value, **kw)


def test_ratio_of_numbers_and_bounds(compare):
    Cell = compare.Cell
    assert compare.ratio(Cell(30), Cell(6)).value == 5
    capped = compare.ratio(Cell(60000, bound=True), Cell(1000))
    assert (capped.value, capped.bound) == (60, True)
    assert compare.ratio(Cell(5), Cell(60000, bound=True)) is None
    assert compare.ratio(None, Cell(1)) is None


def test_geomean_counts_what_is_present(compare):
    Cell = compare.Cell
    mean, count = compare.geomean([Cell(2), None, Cell(8)])
    assert (math.isclose(mean.value, 4), mean.bound, count) == (True, False, 2)
    mean, _ = compare.geomean([Cell(1), Cell(100, bound=True)])
    assert (math.isclose(mean.value, 10), mean.bound) == (True, True)
    assert compare.geomean([None]) == (None, 0)


def test_fmt(compare):
    Cell = compare.Cell
    assert [compare.fmt(Cell(v)) for v in (1234.5, 12.34, 0.456)] == ['1234', '12.3', '0.46']
    assert compare.fmt(Cell(60000, bound=True)) == '>60000'
    assert compare.fmt(None) == '-'


def test_table_rows_ratios_marks_and_geomean(compare):
    Result = compare.engines.Result
    results = {
        ('a', 'quickjs'): result(compare, 10), ('a', 'reflow'): result(compare, 40),
        ('a', 'js2py'): Result(timeout=60),
        ('b', 'quickjs'): result(compare, 20), ('b', 'reflow'): result(compare, 20, value=2.0),
        ('b', 'js2py'): Result(error='SyntaxError: nope'),
    }
    rows, _ = compare.build_table(results, ['a', 'b'], ['reflow', 'quickjs', 'js2py'])
    assert rows[0] == ['workload', 'reflow ms', 'qjs ms', 'js2py ms', 'reflow/qjs',
                       'js2py/reflow']
    assert rows[1] == ['a', '40.0', '10.0', '>60000', '4.0', '>1500']
    assert rows[2] == ['b', '20.0!', '20.0', 'error', '1.0', '-']
    assert rows[3] == ['geomean', '28.3', '14.1', '>60000 (1/2)', '2.0', '>1500 (1/2)']


def test_markdown_table(compare):
    text = compare.render([['w', 'x ms'], ['fib', '1.0']], markdown=True)
    assert text.splitlines() == ['| w | x ms |', '|---|---:|', '| fib | 1.0 |']


def goals(compare, reflow, pure, js2py):
    Cell = compare.Cell
    times = {}
    for i, (r, p, j) in enumerate(zip(reflow, pure, js2py)):
        times['w%d' % i, 'quickjs'] = Cell(10)
        times['w%d' % i, 'reflow'] = Cell(r)
        times['w%d' % i, 'pure'] = Cell(p)
        times['w%d' % i, 'js2py'] = j
    return compare.goal_lines(times, ['w%d' % i for i in range(len(reflow))])


def test_goals_pass(compare):
    Cell = compare.Cell
    lines = goals(compare, [40, 60], [400, 600], [Cell(1500), Cell(60000, bound=True)])
    assert [line.split()[0] for line in lines] == ['PASS', 'PASS', 'PASS']


def test_goals_fail(compare):
    Cell = compare.Cell
    # geomean 4.9 but one workload 12x QuickJS; pure only 3x; js2py 20x on w1
    lines = goals(compare, [20, 120], [60, 360], [Cell(6000), Cell(2400)])
    assert [line.split()[0] for line in lines] == ['FAIL', 'FAIL', 'FAIL']
    assert 'w1 12.0' in lines[0] and 'below on: w1' in lines[1]


def test_goal_cannot_tell_from_a_low_bound(compare):
    Cell = compare.Cell
    lines = goals(compare, [40], [400], [Cell(60000, bound=True)])
    assert lines[1].startswith('PASS')
    lines = goals(compare, [4000], [40000], [Cell(60000, bound=True)])
    assert lines[1].startswith('CANNOT TELL')

"""The core library side by side with QuickJS (PyPI `quickjs`), where installed: a JSON
round trip of a 10 MB document, Array.prototype.sort of 100k numbers with a comparator,
and a Map/Set-heavy loop.

Run: python -m pytest bench/test_library_bench.py --benchmark-only -s
Each program builds its input in JS first (that part is timed too, identically in both
engines); the ratios against reflow are printed at the end of the run.
"""
import os

import pytest

# a 10 MB JSON document: 40k records of nested objects, arrays, strings and numbers
JSON_ROUND_TRIP = '''
var records = [];
for (var i = 0; i < 40000; i++) {
    records.push({id: i, name: 'user' + i, email: 'user' + i + '@example.com',
                  score: i * 1.5, active: i % 3 === 0, tags: ['a', 'b', 'c' + (i % 7)],
                  address: {street: i + ' Main Street', city: 'Springfield', zip: '0' + i},
                  note: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit \\u00e9\\n'});
}
var text = JSON.stringify(records);
var back = JSON.parse(text);
var again = JSON.stringify(back, null, 1);
[text.length, back.length, again.length]
'''

SORT_100K = '''
var seed = 12345;
function random() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; }
var numbers = [];
for (var i = 0; i < 100000; i++) numbers.push(random() % 1000000);
numbers.sort(function (a, b) { return a - b; });
var ok = true;
for (var i = 1; i < numbers.length; i++) if (numbers[i - 1] > numbers[i]) ok = false;
[numbers.length, ok]
'''

MAP_SET_LOOP = '''
var m = new Map();
var s = new Set();
for (var i = 0; i < 100000; i++) {
    m.set('k' + (i % 5000), i);
    s.add(i % 7919);
    if (m.has('k' + (i % 3001))) s.delete(i % 101);
}
var total = 0;
m.forEach(function (v, k) { total += v; });
for (var v of s) total += v;
[m.size, s.size, total]
'''

PROGRAMS = {'json_10mb': JSON_ROUND_TRIP, 'sort_100k': SORT_100K, 'map_set': MAP_SET_LOOP}
TIMES = {}


def reflow_engine():
    from reflow.ext.host import create_realm
    from reflow.interp.vm.script import evaluate_script
    from reflow.builtins.json import stringify
    from reflow.interp.vm.values import UNDEFINED

    def run(src):
        realm = create_realm()
        return stringify(realm, UNDEFINED, [evaluate_script(realm, src, 'bench.js')])
    return run


def quickjs_engine():
    quickjs = pytest.importorskip('quickjs')

    def run(src):
        return quickjs.Context().eval('JSON.stringify(eval(%s))' % _js_string(src))
    return run


def _js_string(src):
    import json
    return json.dumps(src)


def build_name():
    if os.environ.get('REFLOW_PURE') == '1':
        return 'pure'
    import reflow.interp.vm.dispatch as vm
    return 'compiled' if vm.__file__.endswith(('.so', '.pyd')) else 'pure'


ENGINES = {'reflow': reflow_engine, 'quickjs': quickjs_engine}
RESULTS = {}


@pytest.mark.parametrize('program', sorted(PROGRAMS))
@pytest.mark.parametrize('engine', list(ENGINES))
def test_program(benchmark, engine, program):
    run = ENGINES[engine]()
    benchmark.group = program
    benchmark.extra_info['build'] = build_name()
    rounds = 3 if engine == 'quickjs' else 1
    result = benchmark.pedantic(run, args=(PROGRAMS[program],), rounds=rounds, iterations=1)
    # both engines must compute the same thing
    RESULTS[(program, engine)] = result
    other = RESULTS.get((program, 'reflow' if engine != 'reflow' else 'quickjs'))
    if other is not None:
        assert result == other
    TIMES[(program, engine)] = benchmark.stats.stats.min


@pytest.fixture(scope='module', autouse=True)
def report_ratios():
    yield
    lines = []
    for program in sorted(PROGRAMS):
        base, other = TIMES.get((program, 'reflow')), TIMES.get((program, 'quickjs'))
        if base and other:
            lines.append('%-10s reflow(%s) %.2fs, quickjs %.3fs: %.1fx' % (
                program, build_name(), base, other, base / other))
    if lines:
        print('\n' + '\n'.join(lines))

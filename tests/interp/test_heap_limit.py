"""A realm's memory limit (interp/heap.py): an allocation loop ends in a RangeError JS
can catch, garbage never counts, and the realm stays usable afterwards."""
import pytest

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.heap import live_bytes, set_memory_limit
from reflow.ext.host import create_realm
from reflow.interp.vm.script import evaluate_script

LIMIT = 8 << 20
MESSAGE = "Out of memory: the runtime's memory limit (%d bytes) is reached" % LIMIT


@pytest.fixture(scope='module')
def realm():
    realm = create_realm()
    set_memory_limit(realm, LIMIT)
    return realm


def caught(realm, loop):
    """What a catch around ``loop`` (in a block: its bindings die with it) sees."""
    return evaluate_script(realm, '''{
        let result = 'no error';
        try { %s } catch (e) { result = e.name + ': ' + e.message; }
        result }''' % loop, 'alloc.js')


@pytest.mark.parametrize('loop', [
    "let a = []; for (;;) a.push('x'.repeat(1000) + a.length);",
    'let a = []; for (;;) a.push({});',
    "let s = 'x'; for (;;) s += s;",
    'let a = []; for (;;) a.push(new ArrayBuffer(1 << 16));',
    'Array(1e8).fill(0);',
    'let m = new Map(); for (let i = 0; ; i++) m.set(i, i);',
    "let s = new Set(); for (let i = 0; ; i++) s.add('k' + i);",
    'let o = {}; for (;;) o = { o };',
    "let a = []; for (;;) a.push('y'.repeat(1 << 20));",
])
def test_an_allocation_loop_is_a_catchable_range_error(realm, loop):
    assert caught(realm, loop) == 'RangeError: ' + MESSAGE
    # what the loop held is garbage now: the same realm allocates again
    assert evaluate_script(realm, '{ let q = []; for (let i = 0; i < 10000; i++) '
                           'q.push({ i }); q.length }', 'after.js') == 10000.0


def test_a_big_allocation_is_refused_before_it_is_made(realm):
    assert caught(realm, "'x'.repeat(1 << 28);") == 'RangeError: ' + MESSAGE
    assert caught(realm, 'new ArrayBuffer(1 << 30);') == 'RangeError: ' + MESSAGE
    assert caught(realm, "'ab'.padStart(1 << 28, 'x');") == 'RangeError: ' + MESSAGE


def test_garbage_does_not_count(realm):
    before = realm.heap.measurements
    assert evaluate_script(realm, '''{
        for (let i = 0; i < 100000; i++) { let o = { a: i }; }
        let n = 0;
        for (let i = 0; i < 20000; i++) { let s = 'x'.repeat(20000) + i; n += s.length; }
        n }''', 'garbage.js') == 20000.0 * 20000 + sum(len(str(i)) for i in range(20000))
    assert realm.heap.measurements - before <= 2   # the estimate rarely even triggers


def test_what_a_script_keeps_counts_until_it_is_dropped():
    realm = create_realm()
    set_memory_limit(realm, LIMIT)
    evaluate_script(realm, "var kept = []; for (let i = 0; i < 5; i++) "
                    "kept.push('k'.repeat(1 << 20) + i);", 'keep.js')
    assert live_bytes(realm, realm.vm) > 5 << 20
    assert caught(realm, "let more = []; for (let i = 0; i < 5; i++) "
                  "more.push('m'.repeat(1 << 20) + i);") == 'RangeError: ' + MESSAGE
    evaluate_script(realm, 'kept = null', 'drop.js')
    assert caught(realm, "let more = []; for (let i = 0; i < 5; i++) "
                  "more.push('m'.repeat(1 << 20) + i);") == 'no error'


def test_the_walk_counts_what_js_reaches_and_not_the_engine():
    realm = create_realm()
    base = live_bytes(realm)
    evaluate_script(realm, "var big = []; for (let i = 0; i < 1000; i++) "
                    "big.push('z'.repeat(10000) + i);", 'big.js')
    grown = live_bytes(realm) - base
    assert 10000 * 1000 <= grown < 2 * 10000 * 1000
    # the intrinsics alone are far below a megabyte per realm... of JS-reachable data;
    # the engine's modules and code objects are not counted
    assert base < 16 << 20


def test_no_limit_by_default():
    assert create_realm().heap is None

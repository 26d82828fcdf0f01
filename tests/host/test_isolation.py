"""Isolation: runtimes share nothing observable; one runtime is used by one thread at
a time; closed runtimes free everything; no Python object is reachable from JS."""
import gc
import threading
import tracemalloc

import pytest

from reflow import JavascriptRuntime
from reflow.ext.errors import RuntimeBusy
from tests.host.conftest import run


def py(rt, source):
    return rt.convert_value_to_python(run(rt.execute('t.js', source)))


def test_runtimes_share_no_globals_prototypes_or_symbols():
    with JavascriptRuntime() as a, JavascriptRuntime() as b:
        py(a, 'var g = 1; Array.prototype.extra = 1; Object.prototype.polluted = 1;'
              'globalThis.sym = Symbol.for("shared")')
        assert py(b, 'typeof g') == 'undefined'
        assert py(b, '[].extra === undefined && ({}).polluted === undefined') is True
        # the symbol registry is each runtime's own (one agent each): the same key
        # gives two different symbols
        in_a = run(a.execute('t.js', 'Symbol.for("shared") === globalThis.sym && sym'))
        in_b = run(b.execute('t.js', 'Symbol.for("shared")'))
        assert in_a.value is not in_b.value
        assert py(b, 'Symbol.keyFor(Symbol.for("shared"))') == 'shared'


def test_a_runtime_used_from_two_threads_at_once_is_a_clear_error():
    with JavascriptRuntime() as rt:
        inside = threading.Event()
        release = threading.Event()
        rt.register_function('pause', lambda: (inside.set(), release.wait(10)))
        errors = []

        def second():
            inside.wait(10)
            try:
                run(rt.execute('b.js', '1'))
            except RuntimeBusy as exc:
                errors.append(str(exc))
            finally:
                release.set()
        t = threading.Thread(target=second)
        t.start()
        run(rt.execute('a.js', 'pause()'))
        t.join(10)
        assert errors and 'another thread' in errors[0]


def test_runtimes_in_threads_run_at_the_same_time():
    results = {}

    def work(n):
        with JavascriptRuntime() as rt:
            results[n] = py(rt, 'function d(k) { return k ? 1 + d(k - 1) : 0 }\n'
                                'function f(k) { return k < 2 ? k : f(k - 1) + f(k - 2) }\n'
                                'let deep; try { d(1e6) } catch (e) { deep = e.name }\n'
                                '[d(%d), f(18), deep, new Error().stack.split("\\n").length]'
                                % (500 + n))
    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == {n: [500 + n, 2584, 'RangeError', 2] for n in range(4)}


def test_closing_a_runtime_leaves_the_well_known_symbols_of_the_others():
    # they are the same objects in every realm: close() must not cut them apart
    with JavascriptRuntime() as a:
        py(a, 'Symbol.iterator; [][Symbol.iterator]')
    with JavascriptRuntime() as b:
        assert py(b, 'String(Symbol.iterator) + Function.prototype[Symbol.hasInstance].name'
                  ) == 'Symbol(Symbol.iterator)[Symbol.hasInstance]'


def test_a_hundred_runtimes_leave_flat_memory_and_no_cycles():
    def cycle(n):
        for _ in range(n):
            rt = JavascriptRuntime()
            py(rt, 'var data = []; for (let i = 0; i < 100; i++) data.push({i, self: data})')
            rt.close()
    cycle(5)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)   # what a collection finds stays in gc.garbage
    try:
        cycle(100)
        gc.collect()
        left = {type(o).__name__ for o in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    growth = sum(s.size_diff for s in after.compare_to(before, 'filename'))
    # closing cut the realm apart: reference counting freed its objects, nothing of a
    # runtime waited for the cycle collector (the compiler's scope records of each
    # script do, and are not the runtime's)
    runtime_types = {'Realm', 'VM', 'Frame', 'JSObject', 'JSArray', 'NativeFunction',
                     'JSFunction', 'EventLoop', 'Host', 'JavascriptRuntime', 'Cell'}
    assert left & runtime_types == set()
    assert growth < 2 * 1024 * 1024    # flat: not 100 realms' worth


JS_WALK = r'''
// every value reachable from the global object through properties, prototypes,
// accessors and function results that take no arguments
const seen = new Set(); const odd = [];
const todo = [globalThis];
while (todo.length) {
  const v = todo.pop();
  if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
  seen.add(v);
  todo.push(Object.getPrototypeOf(v));
  for (const k of Reflect.ownKeys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, k);
    for (const part of [d.value, d.get, d.set]) todo.push(part);
  }
}
for (const v of seen) {
  const t = Object.prototype.toString.call(v);
  if (/python|0x[0-9a-f]{6}/i.test(t)) odd.push(t);
  if (typeof v === 'function' && /python|\.py/i.test(Function.prototype.toString.call(v))) odd.push(String(v));
}
[seen.size > 500, odd]
'''


def test_no_python_object_is_reachable_from_js(rt):
    rt.register_function('host', lambda *a: {'x': [1, None]})
    rt.register_function('fails', lambda: 1 / 0)
    py(rt, 'globalThis.result = host(); try { fails() } catch (e) { globalThis.err = e }')
    assert py(rt, JS_WALK) == [True, []]
    text = py(rt, 'String(err.stack) + Object.getOwnPropertyNames(err).join()')
    assert 'Traceback' not in text and '.py' not in text


def test_closing_a_runtime_leaves_the_next_ones_typed_arrays_whole():
    # the element types of typed arrays are the process's, as compiled regexps are
    first = JavascriptRuntime()
    py(first, 'globalThis.kept = [new Uint8Array(2), new Float64Array(1)]')
    first.close()
    second = JavascriptRuntime()
    try:
        assert py(second, 'new Float64Array([1.5]).BYTES_PER_ELEMENT + new Uint8Array(3).length') == 11
    finally:
        second.close()


def test_closing_a_runtime_leaves_the_next_ones_regexps_whole():
    # compiled patterns are cached for the process: closing one runtime must not take
    # them apart under the next
    for _ in range(2):
        rt = JavascriptRuntime()
        assert py(rt, "/a(\\d)/.exec('xa1')[1]") == '1'
        rt.close()

"""Deep recursion ends in V8's RangeError, never in a crash: nested VM runs (built-ins
calling back into JS), exotic objects forwarding to others (proxies, bound functions,
prototype chains) and the parser's nesting are bounded by deterministic counts, and the
VM's bookkeeping is restored whatever leaves it."""
import os
import subprocess
import sys
import textwrap

import pytest

from reflow.interp.vm import dispatch as vm_module
from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import BYTES_PER_LEVEL, native_stack, stack_levels
from reflow.ext.host import create_realm
from reflow.interp.vm.script import evaluate_script

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

OVERFLOW = ('RangeError', 'Maximum call stack size exceeded')


def thrown(realm, source):
    """(name, message) of the error ``source`` throws."""
    with pytest.raises(JSThrow) as info:
        evaluate_script(realm, source, 'test.js')
    err = info.value.value
    return err.get('name'), err.get('message')


def assert_idle(realm):
    """Nothing of a finished run is left behind."""
    assert realm.vm.depth == 0
    assert realm.vm.frame is None
    assert vm_module.running_vm() is None
    assert native_stack().depth == 0


@pytest.mark.parametrize('source', [
    'const o = { valueOf() { return +o; } }; +o',
    'const o = { get x() { return o.x; } }; o.x',
    'const o = { set x(v) { o.x = v; } }; o.x = 1',
    '(function f() { [2, 1].sort(() => { f(); return 0; }); })()',
    '(function f() { return [1].map(f); })()',
    'const o = { toJSON() { return JSON.stringify(o); } }; JSON.stringify(o)',
    'const p = new Proxy({}, { get() { return p.x; } }); p.x',
    'let p = {}; for (let i = 0; i < 30000; i++) p = new Proxy(p, {}); p.x',
    'let a = []; for (let i = 0; i < 30000; i++) a = [a]; String(a)',
    'let b = function () {}; for (let i = 0; i < 3000; i++) b = b.bind(null); ({}) instanceof b',
])
def test_deep_recursion_through_builtins_is_a_range_error(source):
    realm = create_realm()
    assert thrown(realm, source) == OVERFLOW
    assert_idle(realm)


def test_recursion_depth_is_the_same_every_time():
    # the budget is given back as the stack unwinds, so each attempt goes as deep
    realm = create_realm()
    source = '''
        var d = 0;
        var o = { valueOf() { d++; return +o; } };
        try { +o; } catch (e) {}
        d'''
    first = evaluate_script(realm, source, 'a.js')
    assert first > 100
    assert evaluate_script(realm, source, 'b.js') == first
    assert_idle(realm)


def test_ordinary_prototype_chains_are_walked_without_recursion():
    realm = create_realm()
    result = evaluate_script(realm, '''
        const root = { x: 1 };
        let o = root;
        for (let i = 0; i < 30000; i++) o = Object.create(o);
        o.y = 2;
        o.x = 3;
        [o.x, root.x, o.y, 'x' in o, o instanceof Object, root.isPrototypeOf(o)].join()''',
        'chain.js')
    assert result == '3,1,2,true,true,true'


def test_bound_and_proxied_function_chains_call_in_a_loop():
    realm = create_realm()
    result = evaluate_script(realm, '''
        let b = function (x) { return x + 1; };
        for (let i = 0; i < 5000; i++) b = b.bind(null);
        let p = function (x) { return x * 2; };
        for (let i = 0; i < 30000; i++) p = new Proxy(p, {});
        [b(1), p(4), typeof p].join()''', 'calls.js')
    assert result == '2,8,function'


def test_a_python_exception_leaving_the_vm_restores_its_state():
    realm = create_realm()

    class HostFailure(Exception):
        pass

    def fail(this, args):
        raise HostFailure()
    realm.global_object.define('fail', NativeFunction(realm, fail, 'fail', 0))
    with pytest.raises(HostFailure):
        # inline frames g -> h, then a nested run through map, then the native
        evaluate_script(realm, '''
            function h() { return [1].map(() => fail()); }
            function g() { return h(); }
            g();''', 'fail.js')
    assert_idle(realm)
    # and the realm still has its whole stack: as deep as before
    assert thrown(realm, 'function f() { f(); } f()') == OVERFLOW


def test_the_recursion_limit_is_restored_after_a_run():
    before = sys.getrecursionlimit()
    realm = create_realm()
    evaluate_script(realm, '[1, 2].map(x => x)', 'r.js')
    assert sys.getrecursionlimit() == before


def test_the_budget_follows_the_stack_size():
    assert native_stack().limit == stack_levels()
    assert native_stack().limit * BYTES_PER_LEVEL <= 1 << 30


# each of these crashed the compiled build (a segfault) before the budget
CRASHERS = textwrap.dedent('''
    function report(f) {
      try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
    }
    const o = { valueOf() { return +o; } };
    report(() => +o);
    const t = { toString() { return `${t}`; } };
    report(() => String(t));
    const i = { [Symbol.iterator]() { return [...i][Symbol.iterator](); } };
    report(() => [...i]);
    report(function f() { [2, 1].sort(() => { f(); return 0; }); });
    let p = {};
    for (let k = 0; k < 100000; k++) p = new Proxy(p, {});
    report(() => p.x);
    console.log('end');
''')


@pytest.mark.parametrize('pure', ['0', '1'])
def test_no_build_crashes_on_deep_recursion(tmp_path, pure):
    path = tmp_path / 'deep.js'
    path.write_text(CRASHERS)
    env = dict(os.environ, REFLOW_PURE=pure)
    proc = subprocess.run([sys.executable, '-m', 'reflow', 'run', str(path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ['RangeError Maximum call stack size exceeded'] * 5 + \
        ['end']
    assert 'Traceback' not in proc.stderr

"""Realms running JS in two threads at once share nothing observable: each thread has
its own native stack budget (sized to its own C stack) and its own running VM, so deep
recursion in one neither shortens the other's nor shows in its stack traces."""
import threading

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.objects import native_stack, stack_levels
from reflow.ext.host import create_realm
from reflow.interp.vm.script import evaluate_script
from reflow.interp.vm import dispatch as vm_module

# native recursion (a getter calling itself) as deep as the budget allows, many times,
# with the depth reached and a stack trace each time
DEEP = '''
function %(name)s() {
    const o = { get x() { depth++; return o.x; } };
    var depth = 0, trace = '';
    try { o.x; } catch (e) { trace = e.stack; }
    return [depth, trace];
}
const depths = [];
let traces = '';
for (let i = 0; i < %(rounds)d; i++) {
    const [d, t] = %(name)s();
    depths.push(d);
    traces += t;
}
[depths, traces]
'''


def run_in_thread(target, stack_size=None):
    result = {}

    def body():
        try:
            result['value'] = target()
        except BaseException as exc:   # reported to the test, not lost in the thread
            result['error'] = exc
    old = threading.stack_size(stack_size) if stack_size else None
    try:
        t = threading.Thread(target=body)
        t.start()
    finally:
        if stack_size:
            threading.stack_size(old)
    return t, result


def depths_and_traces(realm, name, rounds):
    value = evaluate_script(realm, DEEP % {'name': name, 'rounds': rounds}, name + '.js')
    arr, traces = value.get('0'), value.get('1')
    depths = [arr.get(str(i)) for i in range(rounds)]
    return depths, traces


def test_two_threads_recursing_deeply_each_get_their_own_budget():
    # alone, in this thread: the depth a getter recursion reaches
    alone, _ = depths_and_traces(create_realm(), 'alone', 1)
    realms = [create_realm(), create_realm()]
    threads = [run_in_thread(lambda r=r, n=n: depths_and_traces(r, n, 20))
               for r, n in zip(realms, ['first', 'second'])]
    for t, _ in threads:
        t.join(120)
        assert not t.is_alive()
    for (_, result), name, other in zip(threads, ['first', 'second'], ['second', 'first']):
        assert 'error' not in result, result.get('error')
        depths, traces = result['value']
        # every attempt reached the same depth: the other thread's levels never counted
        assert len(set(depths)) == 1
        assert 'Maximum call stack size exceeded' in traces
        assert name + '.js' in traces and other + '.js' not in traces
    assert alone[0] > 0
    assert native_stack().depth == 0 and vm_module.running_vm() is None


def test_a_thread_with_a_small_stack_gets_a_small_budget():
    t, result = run_in_thread(lambda: (stack_levels(), depths_and_traces(create_realm(), 'small', 2)),
                              stack_size=1 << 20)
    t.join(60)
    assert 'error' not in result, result.get('error')
    levels, (depths, _) = result['value']
    assert levels < stack_levels()   # 1 MiB, against this thread's 8 MiB (or more)
    assert depths[0] == depths[1] and depths[0] < levels


def test_a_thread_does_not_see_another_threads_running_vm():
    realm = create_realm()
    seen = {}
    started = threading.Event()
    release = threading.Event()

    def look(this, args):
        started.set()
        release.wait(30)
        return 0.0
    from reflow.interp.vm.function import NativeFunction
    realm.global_object.define('look', NativeFunction(realm, look, 'look', 0))
    t, result = run_in_thread(lambda: evaluate_script(realm, 'look(); 1', 'busy.js'))
    assert started.wait(30)
    seen['running'] = vm_module.running_vm()   # while the other thread is inside JS
    seen['depth'] = native_stack().depth
    release.set()
    t.join(30)
    assert seen == {'running': None, 'depth': 0}
    assert result.get('value') == 1.0


def test_max_depth_is_exact_in_any_thread():
    def deepest():
        realm = create_realm(max_depth=200)
        source = ('var n = 0; function f() { n++; f(); } '
                  'try { f(); } catch (e) { [n, e.message] }')
        v = evaluate_script(realm, source, 'depth.js')
        realm.vm.set_max_depth(50)
        w = evaluate_script(realm, 'n = 0; try { f(); } catch (e) { n }', 'depth2.js')
        return v.get('0'), v.get('1'), w
    here = deepest()
    t, result = run_in_thread(deepest)
    t.join(60)
    assert result.get('value') == here == (199.0, "Maximum call stack size exceeded", 49.0)


def test_errors_thrown_in_a_thread_are_js_errors():
    def boom():
        try:
            evaluate_script(create_realm(), 'null.x', 'boom.js')
        except JSThrow as exc:
            return exc.value.get('name')
    t, result = run_in_thread(boom)
    t.join(60)
    assert result.get('value') == 'TypeError'

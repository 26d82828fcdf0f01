"""node:timers at the host's side: one timer system with the global setTimeout, the
check phase of setImmediate, unref'd timers and immediates that do not keep the
program alive, and the TimeoutOverflowWarning."""
import os

from reflow.ext.host import create_realm
from reflow.ext.program import run_to_completion
from tests.jshelpers import OutputHost


def node_timers(source):
    from reflow.ext.node import load_builtin
    host = OutputHost()
    realm = create_realm(host)
    realm.global_object.set('timers', load_builtin(realm, 'timers'))
    run_to_completion(realm, source, 'test.js')
    return host.lines, realm


def test_the_global_clear_timeout_clears_a_node_timeout():
    lines, _ = node_timers('''
        const t = timers.setTimeout(() => console.log('never'), 1);
        clearTimeout(t);
        const n = setTimeout(() => console.log('never either'), 1);
        timers.clearTimeout(n);
        timers.setTimeout(() => console.log('kept'), 2);''')
    assert lines == ['kept']


def test_timeout_ids_are_the_event_loops():
    lines, realm = node_timers('''
        const t = timers.setTimeout(() => {}, 1);
        const n = setTimeout(() => {}, 1);
        console.log(+t + 1 === n);''')
    assert lines == ['true']
    assert realm.event_loop.timers == {}


def test_immediates_run_after_the_timers_of_their_phase_and_before_new_ones():
    lines, _ = node_timers('''
        timers.setTimeout(() => {
          timers.setTimeout(() => console.log('timeout'), 0);
          timers.setImmediate(() => {
            console.log('immediate 1');
            timers.setImmediate(() => console.log('immediate from immediate'));
          });
          timers.setImmediate(() => console.log('immediate 2'));
          process.nextTick(() => console.log('tick'));
        }, 0);''')
    assert lines[:4] == ['tick', 'immediate 1', 'immediate 2', lines[3]]
    assert sorted(lines[3:]) == ['immediate from immediate', 'timeout']


def test_unrefd_timers_and_immediates_do_not_keep_the_program_alive():
    lines, realm = node_timers('''
        timers.setTimeout(() => console.log('never'), 60000).unref();
        timers.setInterval(() => console.log('never'), 60000).unref();
        const t = timers.setTimeout(() => console.log('ref again'), 1);
        t.unref(); t.ref();''')
    assert lines == ['ref again']
    assert not realm.event_loop.alive()
    # an unref'd immediate alone does not keep it alive either
    lines, _ = node_timers('''
        timers.setImmediate(() => console.log('never')).unref();
        console.log('end');''')
    assert lines == ['end']


def test_a_delay_too_large_is_one_ms_with_a_warning():
    lines, _ = node_timers('''
        const t = timers.setTimeout(() => console.log('fired'), 2 ** 31);
        console.log(t._idleTimeout);''')
    pid = os.getpid()
    assert lines == [
        '1',
        '(node:%d) TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed '
        'integer.' % pid, 'Timeout duration was set to 1.',
        '(Use `node --trace-warnings ...` to show where the warning was created)', 'fired']

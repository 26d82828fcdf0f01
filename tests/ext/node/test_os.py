"""node:os behind the 'sys' permission where deno 2.9 asks for it (and tmpdir behind
'env' TMPDIR); what Deno grants without a flag stays available."""
from reflow.ext.host import create_realm
from reflow.ext.node import load_builtin
from reflow.ext.permissions import PermissionOptions, Permissions
from reflow.ext.program import run_to_completion
from tests.jshelpers import OutputHost

GUARDED = (('hostname', 'hostname'), ('release', 'osRelease'), ('version', 'osRelease'),
           ('uptime', 'osUptime'), ('loadavg', 'loadavg'), ('cpus', 'cpus'),
           ('totalmem', 'systemMemoryInfo'), ('freemem', 'systemMemoryInfo'),
           ('homedir', 'homedir'), ('userInfo', 'uid'),
           ('networkInterfaces', 'networkInterfaces'), ('getPriority', 'getPriority'))


def run(source, **flags):
    host = OutputHost()
    host.permissions = Permissions(PermissionOptions(**flags))
    realm = create_realm(host)
    realm.global_object.set('os', load_builtin(realm, 'os'))
    run_to_completion(realm, source, 'test.js')
    return host.lines


def calls(names):
    return '\n'.join('try { os.%s(); console.log("ok") } catch (e) { console.log(e.name, '
                     'e.message) }' % name for name in names)


def test_sys_info_needs_the_sys_permission():
    lines = run(calls(name for name, _ in GUARDED))
    assert lines == ['NotCapable Requires sys access to "%s", run again with the --allow-sys '
                     'flag' % kind for _, kind in GUARDED]


def test_a_sys_grant_of_one_kind():
    lines = run(calls(('hostname', 'cpus')), allow_sys=['hostname'])
    assert lines == ['ok', 'NotCapable Requires sys access to "cpus", run again with the '
                     '--allow-sys flag']


def test_what_deno_gives_without_a_flag():
    lines = run(calls(('platform', 'type', 'arch', 'machine', 'endianness',
                       'availableParallelism')))
    assert lines == ['ok'] * 6


def test_tmpdir_reads_the_environment():
    assert run(calls(('tmpdir',))) == [
        'NotCapable Requires env access to "TMPDIR", run again with the --allow-env flag']
    assert run(calls(('tmpdir',)), allow_env=[]) == ['ok']

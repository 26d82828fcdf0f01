"""reflow.ext.permissions: Deno 2's --allow-*/--deny-* rules as host ops check them."""
import json
import os
import shutil
import subprocess

import pytest

from reflow.ext.errors import PermissionDenied
from reflow.ext.module_source import read_module_source
from reflow.ext.permissions import (KINDS, SYS_KINDS, PermissionOptions, Permissions)
from reflow.ext.source_file import SourceFileError

DENO = shutil.which('deno')


def perms(**flags):
    return Permissions(PermissionOptions(**flags))


@pytest.fixture
def tree(tmp_path):
    """tmp/allowed/{sub/file, link -> tmp/secret}, tmp/secret/key."""
    allowed = tmp_path / 'allowed'
    (allowed / 'sub').mkdir(parents=True)
    (allowed / 'sub' / 'file').write_text('x')
    secret = tmp_path / 'secret'
    secret.mkdir()
    (secret / 'key').write_text('k')
    (allowed / 'link').symlink_to(secret)
    return tmp_path


def denied_message(p, kind, target=None):
    with pytest.raises(PermissionDenied) as info:
        p.check(kind, target)
    return str(info.value)


# -- options ---------------------------------------------------------------------------

def test_all_grants_every_kind_and_none_grants_nothing():
    everything, nothing = Permissions(PermissionOptions.all()), Permissions(
        PermissionOptions.none())
    for kind in KINDS:
        assert everything.query(kind) == 'granted'
        assert nothing.query(kind) == 'prompt'
        everything.check(kind)
        with pytest.raises(PermissionDenied):
            nothing.check(kind)
    assert Permissions().query('read') == 'prompt'


# -- paths: read, write, ffi ------------------------------------------------------------

@pytest.mark.parametrize('kind', ['read', 'write', 'ffi'])
def test_path_entry_grants_itself_and_descendants_only(tree, kind):
    p = perms(**{'allow_' + kind: [str(tree / 'allowed' / 'sub')]})
    p.check(kind, str(tree / 'allowed' / 'sub'))
    p.check(kind, tree / 'allowed' / 'sub' / 'file')
    p.check(kind, str(tree / 'allowed' / 'sub' / 'not-yet' / 'deeper'))
    assert p.query(kind, str(tree / 'allowed')) == 'prompt'
    # a sibling whose name only starts like the entry is not below it
    assert p.query(kind, str(tree / 'allowed' / 'subway')) == 'prompt'
    assert p.query(kind) == 'prompt'


def test_deny_wins_over_allow(tree):
    p = perms(allow_read=[str(tree)], deny_read=[str(tree / 'secret')])
    p.check('read', str(tree / 'allowed' / 'sub' / 'file'))
    assert p.query('read', str(tree / 'secret' / 'key')) == 'denied'
    all_but = perms(allow_write=[], deny_write=[str(tree / 'secret')])
    assert all_but.query('write', str(tree / 'secret')) == 'denied'
    assert all_but.query('write', str(tree / 'allowed')) == 'granted'


def test_empty_deny_list_denies_everything_even_with_allow_all(tree):
    p = perms(allow_read=[], deny_read=[])
    assert p.query('read') == 'denied'
    assert p.query('read', str(tree)) == 'denied'


def test_dotdot_is_resolved_before_the_check(tree):
    p = perms(allow_read=[str(tree / 'allowed')], deny_read=[str(tree / 'secret')])
    sneaky = str(tree / 'allowed' / 'sub' / '..' / '..' / 'secret' / 'key')
    assert p.query('read', sneaky) == 'denied'
    outside = str(tree / 'allowed' / '..' / 'elsewhere')
    assert denied_message(p, 'read', outside) == (
        'Requires read access to "%s", run again with the --allow-read flag'
        % os.path.realpath(str(tree / 'elsewhere')))


def test_symlink_into_a_denied_dir_is_denied(tree):
    p = perms(allow_read=[str(tree / 'allowed')], deny_read=[str(tree / 'secret')])
    assert p.query('read', str(tree / 'allowed' / 'link' / 'key')) == 'denied'
    # without a deny rule, the link's target is not below the granted dir either
    q = perms(allow_read=[str(tree / 'allowed')])
    assert q.query('read', str(tree / 'allowed' / 'link' / 'key')) == 'prompt'


def test_symlinked_entry_grants_its_target(tree):
    p = perms(allow_read=[str(tree / 'allowed' / 'link')])
    p.check('read', str(tree / 'secret' / 'key'))


def test_relative_entry_is_against_the_cwd_at_construction(tree, monkeypatch):
    monkeypatch.chdir(tree / 'allowed')
    p = perms(allow_read=['sub'])
    monkeypatch.chdir(tree)
    p.check('read', str(tree / 'allowed' / 'sub' / 'file'))
    assert p.query('read', str(tree / 'sub')) == 'prompt'


def test_partial_when_a_granted_whole_has_a_denied_part(tree):
    p = perms(allow_read=[], deny_read=[str(tree / 'secret')])
    assert p.status('read') == ('granted', True)
    assert p.status('read', str(tree)) == ('granted', True)
    assert p.status('read', str(tree / 'allowed')) == ('granted', False)
    # Deno lets an op over "all of it" run when granted, even partially
    p.check('read')
    # a deny list alone grants nothing
    assert perms(deny_read=[str(tree)]).status('read') == ('prompt', False)


# -- net and import ---------------------------------------------------------------------

@pytest.mark.parametrize('kind', ['net', 'import'])
def test_host_grants_every_port_host_port_only_that_port(kind):
    p = perms(**{'allow_' + kind: ['example.com', 'api.test:8080']})
    p.check(kind, 'example.com:443')
    p.check(kind, 'example.com')
    p.check(kind, 'EXAMPLE.com:1')
    p.check(kind, 'api.test:8080')
    assert p.query(kind, 'api.test:8081') == 'prompt'
    assert p.query(kind, 'api.test') == 'prompt'    # all ports: more than granted
    assert p.query(kind, 'sub.example.com') == 'prompt'


def test_net_ip_addresses_and_ipv6():
    p = perms(allow_net=['127.0.0.1', '[::1]:8000', '[2001:db8::1]'])
    p.check('net', '127.0.0.1:9')
    p.check('net', '[::1]:8000')
    p.check('net', '[0:0::1]:8000')     # the same address written longer
    p.check('net', '[2001:db8:0::1]:80')
    assert p.query('net', '[::1]:8001') == 'prompt'
    assert p.query('net', '[::1]') == 'prompt'
    assert p.query('net', '127.0.0.2') == 'prompt'
    assert denied_message(p, 'net', '[::1]:9') == (
        'Requires net access to "[::1]:9", run again with the --allow-net flag')


def test_net_wildcard_domain_and_cidr():
    p = perms(allow_net=['*.example.com', '10.0.0.0/8'])
    for host in ('example.com', 'a.example.com', 'a.b.example.com:443'):
        p.check('net', host)
    assert p.query('net', 'badexample.com') == 'prompt'
    p.check('net', '10.1.2.3:80')
    assert p.query('net', '11.1.2.3') == 'prompt'


def test_net_deny_port_and_host():
    p = perms(allow_net=[], deny_net=['example.com:80', 'evil.test'])
    assert p.query('net', 'example.com:80') == 'denied'
    assert p.status('net', 'example.com') == ('granted', True)
    assert p.query('net', 'example.com:81') == 'granted'
    assert p.query('net', 'evil.test:1') == 'denied'


# -- env, run, sys ----------------------------------------------------------------------

def test_env_names_and_prefix_wildcard():
    p = perms(allow_env=['HOME', 'AWS_*', 'A*B'])
    p.check('env', 'HOME')
    p.check('env', 'AWS_SECRET')
    p.check('env', 'AWS_')
    p.check('env', 'A*B')       # only a trailing * is a wildcard
    assert p.query('env', 'AxB') == 'prompt'
    assert p.query('env', 'home') == 'prompt'   # case-sensitive, as on Linux
    assert p.query('env') == 'prompt'
    assert perms(allow_env=['*']).query('env', 'ANYTHING') == 'granted'
    assert perms(allow_env=[], deny_env=['AWS_*']).query('env', 'AWS_KEY') == 'denied'


def test_run_by_name_and_by_path():
    ls = shutil.which('ls')
    p = perms(allow_run=['ls'])
    p.check('run', 'ls')
    p.check('run', ls)                           # PATH's ls is the program granted
    p.check('run', os.path.realpath(ls))
    assert p.query('run', 'cat') == 'prompt'
    by_path = perms(allow_run=[ls])
    by_path.check('run', 'ls')
    d = perms(allow_run=[], deny_run=['ls'])
    assert d.query('run', ls) == 'denied'
    assert d.query('run', 'cat') == 'granted'


def test_sys_names():
    p = perms(allow_sys=['hostname', 'osRelease'])
    p.check('sys', 'hostname')
    assert p.query('sys', 'uid') == 'prompt'
    every = perms(allow_sys=list(SYS_KINDS))
    for name in SYS_KINDS:
        every.check('sys', name)
    assert every.query('sys') == 'prompt'   # a list of names is not "all"


# -- revoke and request -----------------------------------------------------------------

def test_revoke_drops_the_grants_covering_the_target(tree):
    a, b = str(tree / 'allowed'), str(tree / 'secret')
    p = perms(allow_read=[a, b])
    assert p.revoke('read', os.path.join(a, 'sub')) == ('prompt', False)
    assert p.query('read', a) == 'prompt'      # the covering grant went
    assert p.query('read', b) == 'granted'     # an unrelated one stays
    q = perms(allow_read=[os.path.join(a, 'sub'), b])
    q.revoke('read', a)                        # a grant below the target stays
    assert q.query('read', os.path.join(a, 'sub')) == 'granted'
    q.revoke('read')
    assert q.query('read', b) == 'prompt'


def test_revoke_keeps_a_grant_of_all_unless_all_is_revoked():
    p = perms(allow_net=[], deny_env=['X'], allow_env=[])
    assert p.revoke('net', 'example.com:80') == ('granted', False)
    assert p.revoke('net') == ('prompt', False)
    assert p.query('net', 'example.com') == 'prompt'
    p.revoke('env')
    assert p.query('env', 'X') == 'denied'     # deny rules are never revoked


def test_request_never_prompts_and_changes_nothing():
    p = perms(allow_env=['HOME'], deny_env=['SECRET'])
    assert p.request('env', 'HOME') == ('granted', False)
    assert p.request('env', 'SECRET') == ('denied', False)
    assert p.request('env', 'PATH') == ('denied', False)   # --no-prompt refuses
    assert p.query('env', 'PATH') == 'prompt'


# -- messages ---------------------------------------------------------------------------

@pytest.mark.parametrize('kind,target,text', [
    ('read', '/etc/passwd', 'Requires read access to "/etc/passwd", run again with the '
                            '--allow-read flag'),
    ('write', '/etc/x', 'Requires write access to "/etc/x", run again with the '
                        '--allow-write flag'),
    ('net', '127.0.0.1:8000', 'Requires net access to "127.0.0.1:8000", run again with the '
                              '--allow-net flag'),
    ('import', 'example.com:443', 'Requires import access to "example.com:443", run again '
                                  'with the --allow-import flag'),
    ('env', 'HOME', 'Requires env access to "HOME", run again with the --allow-env flag'),
    ('env', None, 'Requires env access, run again with the --allow-env flag'),
    ('run', 'ls', 'Requires run access to "ls", run again with the --allow-run flag'),
    ('sys', 'hostname', 'Requires sys access to "hostname", run again with the '
                        '--allow-sys flag'),
    ('ffi', '/etc/x.so', 'Requires ffi access to "/etc/x.so", run again with the '
                         '--allow-ffi flag'),
])
def test_denied_messages_are_denos(kind, target, text):
    # Deno's words are the same whether nothing granted it or a deny rule matched
    for p in (perms(), perms(**{'allow_' + kind: [], 'deny_' + kind: []})):
        with pytest.raises(PermissionDenied) as info:
            p.check(kind, target)
        exc = info.value
        assert str(exc) == text
        assert isinstance(exc, PermissionError)
        assert (exc.kind, exc.flag) == (kind, '--allow-' + kind)
        assert exc.target == target


# -- malformed entries ------------------------------------------------------------------

@pytest.mark.parametrize('flags,message', [
    (dict(allow_net=['localhost:99999']),
     "allow_net: invalid port in 'localhost:99999': '99999'"),
    (dict(deny_net=['x.com:-1']), "deny_net: invalid port in 'x.com:-1': '-1'"),
    (dict(allow_import=['x.com:']), "allow_import: invalid empty port in 'x.com:'"),
    (dict(allow_net=['']), "allow_net: invalid empty host: ''"),
    (dict(allow_net=['http://x.com']),
     "allow_net: invalid value 'http://x.com': URLs are not supported, only domains and IPs"),
    (dict(allow_net=['x.com/path']),
     "allow_net: invalid host 'x.com/path': invalid char found in FQDN"),
    (dict(allow_net=['a*.com']),
     "allow_net: invalid host 'a*.com': invalid char found in FQDN"),
    (dict(allow_net=['::1']),
     "allow_net: ipv6 addresses must be enclosed in square brackets: '::1'"),
    (dict(allow_net=['[::1']), "allow_net: invalid host: '[::1'"),
    (dict(allow_net=['[nope]:80']), "allow_net: invalid host: '[nope]:80'"),
    (dict(allow_net=[80]), 'allow_net: expected a host string ("host" or "host:port"), '
                           'got int 80'),
    (dict(allow_read=['']), 'allow_read: Empty path is not allowed'),
    (dict(deny_write=[None]), 'deny_write: expected a path (str or os.PathLike), got '
                              'NoneType None'),
    (dict(allow_ffi=['a\0b']), "allow_ffi: invalid value 'a\\x00b': contains a NUL "
                               "character"),
    (dict(allow_env=['']), 'allow_env: Empty env not allowed'),
    (dict(allow_env=['A=B']), "allow_env: invalid env var name: 'A=B'"),
    (dict(allow_run=['']), 'allow_run: Empty command name not allowed'),
    (dict(allow_sys=['']), 'allow_sys: Empty sys not allowed'),
    (dict(allow_sys=['Hostname']), "allow_sys: unknown sys descriptor: 'Hostname'"),
    (dict(allow_read='/tmp'), "allow_read: expected None, [] or a list of entries, got str "
                              "'/tmp'"),
    (dict(deny_env=True), 'deny_env: expected None, [] or a list of entries, got bool True'),
])
def test_malformed_entry_is_a_value_error_naming_flag_and_entry(flags, message):
    with pytest.raises(ValueError) as info:
        perms(**flags)
    assert str(info.value) == message


def test_options_must_be_permission_options():
    with pytest.raises(TypeError):
        Permissions({'allow_read': []})


def test_bad_query_target_and_kind():
    p = perms()
    with pytest.raises(ValueError, match='not a valid permission name'):
        p.check('hrtime')
    with pytest.raises(ValueError, match='unknown system info kind "foo"'):
        p.query('sys', 'foo')
    with pytest.raises(ValueError, match="invalid host '\\*.x.com'"):
        p.query('net', '*.x.com')   # wildcards are for entries, not targets


# -- module source ----------------------------------------------------------------------

def test_read_module_source_checks_read_before_opening(tree):
    module = tree / 'allowed' / 'm.js'
    module.write_text('export const x = 1;\n')
    p = perms(allow_read=[str(tree / 'allowed')], deny_read=[str(tree / 'secret')])
    assert read_module_source(p, str(module)) == 'export const x = 1;\n'
    with pytest.raises(PermissionDenied):
        read_module_source(p, str(tree / 'allowed' / 'link' / 'key'))
    # a missing file outside the grant is refused, not reported missing
    with pytest.raises(PermissionDenied):
        read_module_source(p, str(tree / 'nowhere.js'))
    with pytest.raises(SourceFileError) as info:
        read_module_source(p, str(tree / 'allowed' / 'none.js'))
    assert info.value.kind == 'not-found'


# -- the real deno: the same answers ----------------------------------------------------

@pytest.mark.skipif(DENO is None, reason='deno is not installed (pip install deno)')
def test_states_and_messages_match_real_deno(tree):
    allowed, secret = str(tree / 'allowed'), str(tree / 'secret')
    flags = dict(allow_read=[allowed], deny_read=[secret], allow_net=['example.com:80',
                 '[::1]:8000', '*.wild.test'], allow_env=['AWS_*'], allow_sys=['hostname'])
    queries = [('read', None), ('read', allowed + '/sub/file'), ('read', secret),
               ('read', str(tree)), ('net', 'example.com:80'), ('net', 'example.com'),
               ('net', '[::1]:8000'), ('net', 'a.wild.test:1'), ('env', 'AWS_KEY'),
               ('env', 'HOME'), ('sys', 'hostname'), ('sys', 'uid')]
    keys = {'read': 'path', 'net': 'host', 'env': 'variable', 'sys': 'kind'}
    descs = [dict({'name': k}, **({} if t is None else {keys[k]: t})) for k, t in queries]
    script = tree / 'probe.js'
    script.write_text(
        'const out = [];\n'
        'for (const d of %s) { const s = Deno.permissions.querySync(d);'
        ' out.push([s.state, s.partial]); }\n'
        'try { Deno.readTextFileSync(%s) } catch (e) { out.push(e.message) }\n'
        'console.log(JSON.stringify(out));\n'
        % (json.dumps(descs), json.dumps(secret + '/key')))
    argv = [DENO, 'run', '--no-prompt', '--allow-read=' + allowed, '--deny-read=' + secret,
            '--allow-net=' + ','.join(flags['allow_net']), '--allow-env=AWS_*',
            '--allow-sys=hostname', str(script)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, NO_COLOR='1', DENO_NO_UPDATE_CHECK='1'))
    assert done.returncode == 0, done.stderr
    theirs = json.loads(done.stdout)
    p = perms(**flags)
    ours = [list(p.status(k, t)) for k, t in queries]
    ours.append(denied_message(p, 'read', secret + '/key'))
    assert ours == theirs

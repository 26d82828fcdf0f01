"""reflow.ext.deno_namespace: the global Deno (errors, permissions) as JS sees it."""
import json
import os
import shutil
import subprocess

import pytest

from reflow.ext.deno_namespace import ERROR_CLASSES, js_permission_error
from reflow.ext.errors import PermissionDenied
from reflow.ext.permissions import PermissionOptions, Permissions
from reflow.interp.vm.errors import JSThrow
from reflow.ext.host import Host, create_realm
from reflow.interp.vm.script import evaluate_script

DENO = shutil.which('deno')


def make_deno(**flags):
    """A function running a script in a realm with Deno installed over ``flags``; it
    returns the script's value JSON-decoded (the script ends in JSON.stringify(...))."""
    realm = create_realm(Host(permissions=Permissions(PermissionOptions(**flags))))

    def run(source):
        value = evaluate_script(realm, source, 'test.js')
        realm.run_jobs()
        return json.loads(value) if type(value) is str else value
    run.realm = realm
    return run


def test_every_deno_error_class_is_an_error_named_as_itself():
    run = make_deno()
    rows = run('''JSON.stringify(Object.getOwnPropertyNames(Deno.errors).map(k => {
        const C = Deno.errors[k], e = new C('m');
        return [k, e.name, e.message, e instanceof Error, e instanceof C,
                Object.getPrototypeOf(C) === Error, String(e), C.length,
                e.stack.split('\\n')[0], Object.keys(e).join()];
    }))''')
    assert [r[0] for r in rows] == list(ERROR_CLASSES)
    for name, *rest in rows:
        assert rest == [name, 'm', True, True, True, '%s: m' % name, 2, '%s: m' % name,
                        'name']


def test_deno_error_constructor_details():
    run = make_deno()
    assert run('''JSON.stringify([
        (() => { try { Deno.errors.NotFound('x') }
                 catch (e) { return [e.name, e.message] } })(),
        new Deno.errors.BadResource('m', {cause: 7}).cause,
        (() => { class Sub extends Deno.errors.NotFound {}; const s = new Sub('q');
                 return [s instanceof Sub, s instanceof Deno.errors.NotFound, s.name] })(),
        'message' in Object.getOwnPropertyNames(new Deno.errors.Busy()),
        Object.prototype.toString.call(new Deno.errors.Http('h')),
    ])''') == [['TypeError', "Class constructor NotFound cannot be invoked without 'new'"],
               7, [True, True, 'NotFound'], False, '[object Error]']


def test_deno_global_and_members_have_denos_attributes():
    run = make_deno()
    assert run('''JSON.stringify([
        (({writable, enumerable, configurable}) => ({writable, enumerable, configurable}))(
            Object.getOwnPropertyDescriptor(globalThis, 'Deno')),
        Object.getOwnPropertyDescriptor(Deno, 'errors').enumerable,
        Object.getOwnPropertyDescriptor(Deno, 'permissions').writable,
        Object.getOwnPropertyDescriptor(Deno.errors, 'NotCapable').enumerable,
        Object.getOwnPropertyNames(Object.getPrototypeOf(Deno.permissions)),
        Deno.permissions.constructor.name, typeof Permissions, typeof PermissionStatus,
    ])''') == [{'writable': False, 'enumerable': True, 'configurable': True}, True, True,
               True, ['constructor', 'query', 'querySync', 'revoke', 'revokeSync',
                      'request', 'requestSync'], 'Permissions', 'undefined', 'undefined']
    assert run('''JSON.stringify([Deno.permissions.constructor,
        Deno.permissions.querySync({name: 'read'}).constructor].map(C => {
            try { new C() } catch (e) { return [e.name, e.message] } }))''') == [
        ['TypeError', 'Illegal constructor']] * 2


def test_permission_status_states(tmp_path):
    allowed = str(tmp_path)
    run = make_deno(allow_read=[allowed], deny_read=['/etc'], allow_env=[],
                    deny_env=['SECRET'], allow_net=['example.com:80'])
    q = run('''const q = d => { const s = Deno.permissions.querySync(d);
                                return [s.state, s.partial] };
        JSON.stringify([q({name: 'read'}), q({name: 'read', path: %r}),
            q({name: 'read', path: '/etc/passwd'}), q({name: 'env'}),
            q({name: 'env', variable: 'SECRET'}), q({name: 'net', host: 'example.com:80'}),
            q({name: 'net', host: 'example.com'}), q({name: 'sys', kind: 'hostname'})])'''
            % (allowed + '/a/b'))
    assert q == [['prompt', False], ['granted', False], ['denied', False],
                 ['granted', True], ['denied', False], ['granted', False],
                 ['prompt', False], ['prompt', False]]
    status = run('''const s = Deno.permissions.querySync({name: 'env'});
        JSON.stringify([Object.keys(s), s.onchange,
            Object.getOwnPropertyNames(Object.getPrototypeOf(s)),
            (() => { try { Object.getOwnPropertyDescriptor(Object.getPrototypeOf(s),
                     'state').get.call({}) } catch (e) { return e.name } })()])''')
    assert status == [['onchange'], None, ['constructor', 'state', 'partial'], 'TypeError']


def test_async_query_request_revoke():
    run = make_deno(allow_env=['HOME', 'PATH'])
    run('''globalThis.out = [];
        Deno.permissions.query({name: 'env', variable: 'HOME'}).then(s => out.push(s.state));
        Deno.permissions.request({name: 'env', variable: 'USER'}).then(s => out.push(s.state));
        Deno.permissions.revoke({name: 'env', variable: 'HOME'}).then(s => out.push(s.state));
        Deno.permissions.query({name: 'nope'}).catch(e => out.push(e.name + ': ' + e.message));
        out.push(Deno.permissions.query({name: 'env'}) instanceof Promise);''')
    assert run('JSON.stringify(out)') == [
        True, 'granted', 'denied', 'prompt',
        'TypeError: The provided value "nope" is not a valid permission name']
    assert run('''JSON.stringify([Deno.permissions.querySync({name: 'env', variable: 'HOME'})
        .state, Deno.permissions.requestSync({name: 'env', variable: 'PATH'}).state,
        Deno.permissions.revokeSync({name: 'env'}).state,
        Deno.permissions.querySync({name: 'env', variable: 'PATH'}).state])''') == [
        'prompt', 'granted', 'prompt', 'prompt']


BAD_DESCRIPTORS = [
    ('undefined', 'TypeError: The provided value "undefined" is not a valid permission name'),
    ('1', 'TypeError: The provided value "undefined" is not a valid permission name'),
    ('{}', 'TypeError: The provided value "undefined" is not a valid permission name'),
    ("{name: 'foo'}", 'TypeError: The provided value "foo" is not a valid permission name'),
    ("{name: 'net', host: 'a:b:c'}",
     "URIError: ipv6 addresses must be enclosed in square brackets: 'a:b:c'"),
    ("{name: 'net', host: 'x.com:99999'}",
     "URIError: invalid port in 'x.com:99999': '99999'"),
    ("{name: 'sys', kind: 'foo'}", 'TypeError: unknown system info kind "foo"'),
    ("{name: 'read', path: ''}", 'Error: Empty path is not allowed'),
    ("{name: 'run', command: ''}", 'Error: Empty run query is not allowed'),
]


@pytest.mark.parametrize('desc,error', BAD_DESCRIPTORS)
def test_malformed_descriptor_throws_denos_error(desc, error):
    run = make_deno()
    assert run('''JSON.stringify((() => { try { Deno.permissions.querySync(%s);
        return 'no error' } catch (e) { return e instanceof Error && String(e) } })())'''
               % desc) == error


def test_js_permission_error_is_a_not_capable_with_denos_message():
    run = make_deno()
    p = Permissions()
    with pytest.raises(PermissionDenied) as info:
        p.check('read', '/etc/passwd')
    run.realm.global_object.define('err', js_permission_error(run.realm, info.value))
    assert run('''JSON.stringify([err instanceof Deno.errors.NotCapable, err instanceof Error,
        err.name, err.message, err.stack.split('\\n')[0],
        Object.getPrototypeOf(err) === Deno.errors.NotCapable.prototype])''') == [
        True, True, 'NotCapable',
        'Requires read access to "/etc/passwd", run again with the --allow-read flag',
        'NotCapable: Requires read access to "/etc/passwd", run again with the --allow-read '
        'flag', True]
    with pytest.raises(JSThrow) as thrown:
        run('throw err')
    assert thrown.value.value.get('name') == 'NotCapable'


def test_permissions_object_hides_the_python_side():
    run = make_deno()
    assert run('''JSON.stringify([Object.getOwnPropertyNames(Deno.permissions),
        Reflect.ownKeys(Deno.permissions.querySync({name: 'read'}))])''') == [
        [], ['onchange']]


@pytest.mark.skipif(DENO is None, reason='deno is not installed (pip install deno)')
def test_shape_matches_real_deno(tmp_path):
    probe = '''JSON.stringify([Object.getOwnPropertyNames(Deno.errors),
        Object.getOwnPropertyNames(Object.getPrototypeOf(Deno.permissions)),
        [%s].map(d => { try { return Deno.permissions.querySync(d).state }
                         catch (e) { return String(e) } })])''' % ', '.join(
        d for d, _ in BAD_DESCRIPTORS + [("{name: 'env', variable: 'HOME'}", None)])
    script = tmp_path / 'probe.js'
    script.write_text('console.log(%s)\n' % probe)
    done = subprocess.run([DENO, 'run', '--no-prompt', '--allow-env=HOME', str(script)],
                          capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, NO_COLOR='1', DENO_NO_UPDATE_CHECK='1'))
    assert done.returncode == 0, done.stderr
    assert make_deno(allow_env=['HOME'])(probe) == json.loads(done.stdout)

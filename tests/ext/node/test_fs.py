"""node:fs behind the host's permissions: every path op asks for read or write access
to the canonical path first (a symlink cannot lead out of what is granted), and a
refusal is Deno's NotCapable naming the flag, in the Sync, callback and promise forms;
a refused op leaves the file system as it was."""
import json
import os

import pytest

from reflow.ext.host import create_realm
from reflow.ext.permissions import PermissionOptions, Permissions
from reflow.ext.program import run_to_completion
from tests.jshelpers import OutputHost


@pytest.fixture
def tree(tmp_path):
    """allowed/ (with a.txt, and out -> ../secret) and secret/ (with s.txt)."""
    allowed = tmp_path / 'allowed'
    secret = tmp_path / 'secret'
    allowed.mkdir()
    secret.mkdir()
    (allowed / 'a.txt').write_text('mine')
    (secret / 's.txt').write_text('hidden')
    os.symlink(secret, allowed / 'out')
    return tmp_path


def run(source, **flags):
    host = OutputHost()
    host.permissions = Permissions(PermissionOptions(**flags))
    realm = create_realm(host)
    realm.global_object.set('fs', _fs(realm))
    run_to_completion(realm, source, 'test.js')
    return host.lines


def _fs(realm):
    from reflow.ext.node import load_builtin
    return load_builtin(realm, 'fs')


def refusal(kind, path):
    return ('NotCapable Requires %s access to "%s", run again with the --allow-%s flag'
            % (kind, os.path.realpath(path), kind))


def attempt(expr):
    return ('try { const v = %s; console.log("ok", typeof v === "string" ? v : '
            'JSON.stringify(v)) } catch (e) { console.log(e.name, e.message) }' % expr)


def test_reading_needs_read_access(tree):
    allowed, secret = str(tree / 'allowed'), str(tree / 'secret')
    lines = run('\n'.join(attempt(e) for e in (
        'fs.readFileSync(%s, "utf8")' % json.dumps(allowed + '/a.txt'),
        'fs.readFileSync(%s, "utf8")' % json.dumps(secret + '/s.txt'),
        'fs.statSync(%s).size' % json.dumps(secret + '/s.txt'),
        'fs.existsSync(%s)' % json.dumps(secret + '/nothing'),
        'fs.readdirSync(%s)' % json.dumps(secret),
        'fs.accessSync(%s)' % json.dumps(secret),
        'fs.realpathSync(%s)' % json.dumps(secret),
    )), allow_read=[allowed])
    assert lines == ['ok mine', refusal('read', secret + '/s.txt'),
                     refusal('read', secret + '/s.txt'), refusal('read', secret + '/nothing'),
                     refusal('read', secret), refusal('read', secret),
                     refusal('read', secret)]


def test_a_symlink_does_not_lead_out_of_a_grant(tree):
    allowed = str(tree / 'allowed')
    lines = run(attempt('fs.readFileSync(%s, "utf8")' % json.dumps(allowed + '/out/s.txt')),
                allow_read=[allowed])
    assert lines == [refusal('read', str(tree / 'secret' / 's.txt'))]


def test_writing_needs_write_access_and_changes_nothing_when_refused(tree):
    allowed, secret = str(tree / 'allowed'), str(tree / 'secret')
    ops = ('fs.writeFileSync(%s, "x")' % json.dumps(secret + '/new.txt'),
           'fs.appendFileSync(%s, "x")' % json.dumps(secret + '/s.txt'),
           'fs.mkdirSync(%s, {recursive: true})' % json.dumps(secret + '/d/e'),
           'fs.rmSync(%s, {recursive: true})' % json.dumps(secret),
           'fs.unlinkSync(%s)' % json.dumps(secret + '/s.txt'),
           'fs.renameSync(%s, %s)' % (json.dumps(secret + '/s.txt'),
                                      json.dumps(allowed + '/stolen.txt')),
           'fs.copyFileSync(%s, %s)' % (json.dumps(allowed + '/a.txt'),
                                        json.dumps(secret + '/copy.txt')),
           'fs.symlinkSync("/etc", %s)' % json.dumps(secret + '/l'),
           'fs.mkdtempSync(%s)' % json.dumps(secret + '/t-'))
    lines = run('\n'.join(attempt(e) for e in ops), allow_read=[str(tree)],
                allow_write=[allowed])
    assert all(line.startswith('NotCapable Requires write access to "%s' % secret)
               for line in lines), lines
    assert len(lines) == len(ops)
    assert sorted(os.listdir(secret)) == ['s.txt']
    assert (tree / 'secret' / 's.txt').read_text() == 'hidden'
    assert not (tree / 'allowed' / 'stolen.txt').exists()


def test_writing_inside_a_grant(tree):
    allowed = str(tree / 'allowed')
    lines = run(attempt('(fs.writeFileSync(%s, "new"), fs.readFileSync(%s, "utf8"))' % (
        json.dumps(allowed + '/n.txt'), json.dumps(allowed + '/n.txt'))),
        allow_read=[allowed], allow_write=[allowed])
    assert lines == ['ok new']


def test_write_access_alone_does_not_read(tree):
    allowed = str(tree / 'allowed')
    lines = run(attempt('fs.readFileSync(%s, "utf8")' % json.dumps(allowed + '/a.txt')),
                allow_write=[allowed])
    assert lines == [refusal('read', allowed + '/a.txt')]


def test_callback_and_promise_forms_get_the_refusal(tree):
    secret = json.dumps(str(tree / 'secret' / 's.txt'))
    lines = run('''
        let sync = true;
        fs.readFile(%s, (err, data) => console.log('cb', sync, err.name, err.message, data));
        fs.promises.readFile(%s).then(() => console.log('resolved'),
                                      (err) => console.log('promise', err.name));
        fs.exists(%s, (found) => console.log('exists', found));
        sync = false;''' % (secret, secret, secret))
    assert lines == ['cb false NotCapable %s undefined' % refusal('read', str(
        tree / 'secret' / 's.txt')).split(' ', 1)[1], 'promise NotCapable', 'exists false']


def test_open_checks_by_its_flags(tree):
    path = json.dumps(str(tree / 'allowed' / 'a.txt'))
    lines = run('\n'.join(attempt(e) for e in (
        'typeof fs.openSync(%s, "r")' % path,
        'fs.openSync(%s, "a")' % path,
        'fs.openSync(%s, "r+")' % path)), allow_read=[str(tree)])
    denied = refusal('write', str(tree / 'allowed' / 'a.txt'))
    assert lines == ['ok number', denied, denied]


def test_no_permissions_object_grants_everything(tree):
    host = OutputHost()
    realm = create_realm(host)
    realm.global_object.set('fs', _fs(realm))
    run_to_completion(realm, attempt('fs.readFileSync(%s, "utf8")' % json.dumps(
        str(tree / 'secret' / 's.txt'))), 'test.js')
    assert host.lines == ['ok hidden']

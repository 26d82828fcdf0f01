"""Loading module files from odd paths: each failure a JS TypeError (a SyntaxError for a
file that is no valid source) naming the module and its importer, as a rejection of
import() and as the error of a static import; reflow/ext/source_file.py reads every
source file with a size bound and never reads one that is not regular."""
import os

import pytest

from reflow.ext import source_file
from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.modules import evaluate_module
from reflow.ext.host import create_realm
from reflow.ext.source_file import SourceFileError, read_source_file


def import_outcome(tmp_path, specifier):
    """'name: message' of the rejection of import(specifier) from a module in tmp_path,
    with tmp_path written as '.', or 'ok' if it loads."""
    main = tmp_path / 'main.mjs'
    main.write_text('globalThis.outcome = import(%s).then(() => "ok", '
                    '(e) => e.name + ": " + e.message);' % specifier)
    realm = create_realm()
    promise = evaluate_module(realm, main.read_text(), str(main))
    realm.run_jobs()
    assert promise.state == 'fulfilled'
    outcome = realm.global_object.get('outcome')
    assert outcome.state == 'fulfilled'
    return outcome.result.replace(str(tmp_path), '.')


def static_import_error(tmp_path, specifier):
    """The header of the error a static import of specifier throws."""
    main = tmp_path / 'main.mjs'
    main.write_text('import %s;' % specifier)
    realm = create_realm()
    with pytest.raises(JSThrow) as info:
        evaluate_module(realm, main.read_text(), str(main))
    return realm.error_header(info.value.value).replace(str(tmp_path), '.')


def test_a_missing_file(tmp_path):
    assert import_outcome(tmp_path, "'./nope.mjs'") == \
        "TypeError: Cannot find module './nope.mjs' imported from ./main.mjs"
    assert static_import_error(tmp_path, "'./nope.mjs'") == \
        "TypeError: Cannot find module './nope.mjs' imported from ./main.mjs"


def test_a_directory(tmp_path):
    (tmp_path / 'dir').mkdir()
    expected = "TypeError: Directory import './dir' is not supported resolving ES " \
               "modules imported from ./main.mjs"
    assert import_outcome(tmp_path, "'./dir'") == expected
    assert static_import_error(tmp_path, "'./dir'") == expected


def test_a_fifo_is_not_opened_for_reading(tmp_path):
    os.mkfifo(tmp_path / 'fifo.mjs')   # reading it would wait for a writer forever
    assert import_outcome(tmp_path, "'./fifo.mjs'") == \
        "TypeError: Cannot load module './fifo.mjs' imported from ./main.mjs: " \
        "not a regular file"


@pytest.mark.parametrize('device', ['/dev/zero', '/dev/urandom', '/dev/null'])
def test_a_device_is_not_read(tmp_path, device):
    assert static_import_error(tmp_path, "'%s'" % device) == \
        "TypeError: Cannot load module '%s' imported from ./main.mjs: not a regular " \
        "file" % device


def test_a_symlink_loop(tmp_path):
    os.symlink('b.mjs', tmp_path / 'a.mjs')
    os.symlink('a.mjs', tmp_path / 'b.mjs')
    assert import_outcome(tmp_path, "'./a.mjs'") == \
        "TypeError: Cannot find module './a.mjs' imported from ./main.mjs"


def test_names_the_file_system_refuses(tmp_path):
    assert import_outcome(tmp_path, "'./a\\0b.mjs'") == \
        "TypeError: Cannot find module './a\0b.mjs' imported from ./main.mjs"
    assert import_outcome(tmp_path, "'./\\ud800.mjs'") == \
        "TypeError: Cannot find module './\ufffd.mjs' imported from ./main.mjs"
    long_name = 'x' * 5000
    assert import_outcome(tmp_path, "'./%s'" % long_name) == \
        "TypeError: Cannot find module './%s' imported from ./main.mjs" % long_name


def test_a_surrogate_pair_names_its_character(tmp_path):
    (tmp_path / '\U0001F600.mjs').write_text('export default 1;')
    assert import_outcome(tmp_path, "'./\\ud83d\\ude00.mjs'") == 'ok'


@pytest.mark.skipif(os.geteuid() == 0, reason='root reads a file without read permission')
def test_a_file_without_read_permission(tmp_path):
    path = tmp_path / 'secret.mjs'
    path.write_text('export default 1;')
    path.chmod(0)
    assert import_outcome(tmp_path, "'./secret.mjs'") == \
        "TypeError: Cannot load module './secret.mjs' imported from ./main.mjs: " \
        "Permission denied"


def test_a_binary_file_is_a_syntax_error(tmp_path):
    (tmp_path / 'data.bin').write_bytes(b'\xff\x00\x01' * 100)
    assert import_outcome(tmp_path, "'./data.bin'") == \
        'SyntaxError: Invalid or unexpected token (./data.bin:1:1)'


def test_invalid_utf8_is_decoded_with_replacement_characters(tmp_path):
    (tmp_path / 'text.mjs').write_bytes(b'export default "\xff|\xc3";')
    assert read_source_file(str(tmp_path / 'text.mjs')) == 'export default "\ufffd|\ufffd";'
    assert import_outcome(tmp_path, "'./text.mjs'") == 'ok'


def test_a_file_over_the_size_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(source_file, 'MAX_SOURCE_BYTES', 16)
    (tmp_path / 'big.mjs').write_text('export default 1; // a comment past 16 bytes')
    (tmp_path / 'small.mjs').write_text('export {};')
    assert import_outcome(tmp_path, "'./big.mjs'") == \
        "TypeError: Cannot load module './big.mjs' imported from ./main.mjs: larger " \
        "than the 16 bytes a source file may have"
    assert read_source_file(str(tmp_path / 'small.mjs')) == 'export {};'


def test_the_kinds_of_failure(tmp_path):
    (tmp_path / 'dir').mkdir()
    for path, kind in ((tmp_path / 'missing', 'not-found'), (tmp_path / 'dir', 'directory'),
                       ('/dev/zero', 'unreadable'), ('a\0b', 'not-found')):
        with pytest.raises(SourceFileError) as info:
            read_source_file(str(path))
        assert info.value.kind == kind

"""reflow.ext.modules.package_json: the package.json fields Node's resolution reads,
malformed files as Node words them, and LOOKUP_PACKAGE_SCOPE (which stops at a
node_modules folder). How a whole fixture tree resolves is test_resolution.py's."""
import json
import os

import pytest

from reflow.ext.modules.errors import ResolutionError
from reflow.ext.modules.package_json import PackageJsonReader


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return path


def test_fields(tmp_path):
    path = write(str(tmp_path / 'package.json'), json.dumps({
        'name': 'pkg', 'version': '1.2.3', 'type': 'module', 'main': './lib/index.js',
        'module': './esm/index.js', 'exports': {'.': './x.js'}, 'imports': {'#a': './a.js'}}))
    config = PackageJsonReader().read(path)
    assert (config.name, config.version, config.type, config.main) == \
        ('pkg', '1.2.3', 'module', './lib/index.js')
    assert config.exports == {'.': './x.js'}
    assert config.imports == {'#a': './a.js'}
    assert config.dir == str(tmp_path)
    # "module" is not a field resolution uses (Node ignores it), but the data has it
    assert not hasattr(config, 'module')
    assert 'module' in config and config.get('module') == './esm/index.js'
    assert 'browser' not in config


@pytest.mark.parametrize('data, expected', [
    # Node reads only strings for these, and only "module" or "commonjs" for "type"
    ({'name': 5, 'main': ['a'], 'version': None, 'type': 'esm'}, (None, None, None, None)),
    ({'type': 'commonjs'}, (None, None, None, 'commonjs')),
    ({}, (None, None, None, None)),
])
def test_fields_of_other_types_are_ignored(tmp_path, data, expected):
    config = PackageJsonReader().read(write(str(tmp_path / 'package.json'), json.dumps(data)))
    assert (config.name, config.main, config.version, config.type) == expected


def test_exports_null_is_none_and_imports_must_be_an_object(tmp_path):
    path = write(str(tmp_path / 'package.json'), '{"exports": null, "imports": "./x.js"}')
    config = PackageJsonReader().read(path)
    assert config.exports is None and config.imports is None


def test_a_json_value_that_is_not_an_object_has_no_fields(tmp_path):
    config = PackageJsonReader().read(write(str(tmp_path / 'package.json'), '[1, 2]'))
    assert config is not None and config.name is None and config.exports is None


def test_missing_file_is_none(tmp_path):
    assert PackageJsonReader().read(str(tmp_path / 'package.json')) is None
    assert PackageJsonReader().read_dir(str(tmp_path / 'nope')) is None


def test_byte_order_mark_is_skipped(tmp_path):
    path = str(tmp_path / 'package.json')
    with open(path, 'wb') as f:
        f.write(b'\xef\xbb\xbf{"name": "bom"}')
    assert PackageJsonReader().read(path).name == 'bom'


@pytest.mark.parametrize('text', ['{"name": "x",}', '{name: 1}', '{"a": NaN}', '',
                                  '{"a": Infinity}'])
def test_malformed_is_invalid_package_config(tmp_path, text):
    path = write(str(tmp_path / 'package.json'), text)
    with pytest.raises(ResolutionError) as caught:
        PackageJsonReader().read(path)
    assert caught.value.code == 'ERR_INVALID_PACKAGE_CONFIG'
    assert caught.value.message.startswith('Invalid package config %s. ' % path)
    assert ' in JSON' in caught.value.message


def test_malformed_names_the_import_that_read_it(tmp_path):
    path = write(str(tmp_path / 'package.json'), '{')
    reader = PackageJsonReader()
    with pytest.raises(ResolutionError) as caught:
        reader.read(path, 'pkg', '/app/main.mjs')
    # Node's wording, as ESM resolution reports it
    assert caught.value.message.startswith(
        'Invalid package config %s while importing "pkg" from /app/main.mjs. ' % path)
    # the file is read once, and reported at every read
    with pytest.raises(ResolutionError):
        reader.read(path)


def test_a_file_is_read_once(tmp_path):
    path = write(str(tmp_path / 'package.json'), '{"name": "first"}')
    reader = PackageJsonReader()
    assert reader.read(path).name == 'first'
    write(path, '{"name": "second"}')
    assert reader.read(path).name == 'first'
    assert PackageJsonReader().read(path).name == 'second'


def test_package_scope_is_the_nearest_package_json(tmp_path):
    root = str(tmp_path)
    write(os.path.join(root, 'package.json'), '{"name": "root"}')
    write(os.path.join(root, 'a', 'package.json'), '{"name": "a"}')
    reader = PackageJsonReader()
    directory, config = reader.package_scope(os.path.join(root, 'a', 'b', 'c', 'x.js'))
    assert directory == os.path.join(root, 'a') and config.name == 'a'
    directory, config = reader.package_scope(os.path.join(root, 'x.js'))
    assert directory == root and config.name == 'root'
    # a path that ends in a slash is a folder: its own package.json counts
    directory, _ = reader.package_scope(os.path.join(root, 'a') + '/')
    assert directory == os.path.join(root, 'a')


def test_package_scope_stops_at_node_modules(tmp_path):
    root = str(tmp_path)
    write(os.path.join(root, 'package.json'), '{"name": "app", "type": "module"}')
    write(os.path.join(root, 'node_modules', 'dep', 'lib', 'x.js'), '')
    reader = PackageJsonReader()
    # no package.json in the package: the app's does not apply to it
    assert reader.package_scope(os.path.join(root, 'node_modules', 'dep', 'lib', 'x.js')) is None
    assert reader.package_scope(os.path.join(root, 'node_modules', 'x.js')) is None
    # a folder merely named like it is no boundary (as for require; Node's ESM tests the
    # end of the path string, so there it would be one)
    write(os.path.join(root, 'my_node_modules', 'x.js'), '')
    assert reader.package_scope(os.path.join(root, 'my_node_modules', 'x.js'))[0] == root


"""reflow.ext.modules.import_map: the HTML Standard's import maps (parsing with its
normalisation and dropped entries, resolution with scopes and trailing-slash prefixes),
Deno's deno.json(c), and the Resolver applying a map before Node's rules.

The cases of DENO_MAP were checked against Deno 2.9.8 (`pip install deno`):

    deno run --no-config --import-map=map.json scope2/m.js

where map.json is DENO_MAP, at /tmp/dm, and m.js prints import.meta.resolve of each
specifier; the deno.jsonc of fixtures/resolve/deno-app likewise
(`deno run --config deno.jsonc probe.js`). Deno reports a bare specifier no entry maps
as an error; the map here answers None, and the Resolver goes on with Node's rules.
"""
import json
import os
import shutil

import pytest

from reflow.ext.modules.errors import ResolutionError
from reflow.ext.modules.import_map import (ImportMap, ImportMapError, find_deno_json,
                                           strip_jsonc)
from reflow.ext.modules.resolution import NODE_BUILTINS, Resolver

FIXTURES = os.path.join(os.path.dirname(__file__), 'fixtures', 'resolve')


# ---- the HTML Standard's examples (8.1.5 Import maps), base https://example.com/app/

SPEC_BASE = 'https://example.com/app/index.html'


def spec_map(source):
    return ImportMap.parse(json.dumps(source), SPEC_BASE)


def test_bare_specifiers():
    m = spec_map({'imports': {'moment': '/node_modules/moment/src/moment.js',
                              'lodash': '/node_modules/lodash-es/lodash.js'}})
    assert m.resolve('moment', SPEC_BASE) == \
        'https://example.com/node_modules/moment/src/moment.js'
    assert m.resolve('lodash', SPEC_BASE) == \
        'https://example.com/node_modules/lodash-es/lodash.js'
    assert m.resolve('react', SPEC_BASE) is None
    assert m.warnings == []


def test_trailing_slash_prefixes():
    m = spec_map({'imports': {'moment': '/node_modules/moment/src/moment.js',
                              'moment/': '/node_modules/moment/src/',
                              'lodash-dot': './node_modules/lodash-es/lodash.js',
                              'lodash-dot/': './node_modules/lodash-es/'}})
    assert m.resolve('moment/locale/zh-cn.js', SPEC_BASE) == \
        'https://example.com/node_modules/moment/src/locale/zh-cn.js'
    # relative addresses are relative to the map's base URL
    assert m.resolve('lodash-dot/fp.js', SPEC_BASE) == \
        'https://example.com/app/node_modules/lodash-es/fp.js'
    assert m.resolve('moment', SPEC_BASE) == \
        'https://example.com/node_modules/moment/src/moment.js'


def test_url_like_keys_remap_urls():
    m = spec_map({'imports': {
        'https://www.unpkg.com/vue/dist/vue.runtime.esm.js': '/node_modules/vue/dist/vue.js',
        'https://cdn.example/lib/': '/vendored/lib/',
        './local.js': './patched.js'}})
    assert m.resolve('https://www.unpkg.com/vue/dist/vue.runtime.esm.js', SPEC_BASE) == \
        'https://example.com/node_modules/vue/dist/vue.js'
    assert m.resolve('https://cdn.example/lib/a/b.js', SPEC_BASE) == \
        'https://example.com/vendored/lib/a/b.js'
    # a key that is a relative URL is normalised against the base: "./local.js" from
    # the page and "../local.js" from a module below it are the same URL
    assert m.resolve('./local.js', SPEC_BASE) == 'https://example.com/app/patched.js'
    assert m.resolve('../local.js', 'https://example.com/app/sub/m.js') == \
        'https://example.com/app/patched.js'
    assert m.resolve('./other.js', SPEC_BASE) is None


def test_scopes_by_longest_prefix():
    # the spec's example of scope inheritance
    m = spec_map({'imports': {'a': '/a-1.mjs', 'b': '/b-1.mjs', 'c': '/c-1.mjs'},
                  'scopes': {'/scope2/': {'a': '/a-2.mjs'},
                             '/scope2/scope3/': {'b': '/b-3.mjs'}}})
    def resolved(referrer):
        url = 'https://example.com' + referrer
        return [m.resolve(s, url)[len('https://example.com'):] for s in 'abc']
    assert resolved('/scope1/foo.mjs') == ['/a-1.mjs', '/b-1.mjs', '/c-1.mjs']
    assert resolved('/scope2/foo.mjs') == ['/a-2.mjs', '/b-1.mjs', '/c-1.mjs']
    assert resolved('/scope2/scope3/foo.mjs') == ['/a-2.mjs', '/b-3.mjs', '/c-1.mjs']


def test_a_scope_without_a_slash_is_one_module():
    m = spec_map({'imports': {'a': '/a.mjs'}, 'scopes': {'/exact.mjs': {'a': '/b.mjs'}}})
    assert m.resolve('a', 'https://example.com/exact.mjs') == 'https://example.com/b.mjs'
    assert m.resolve('a', 'https://example.com/exact.mjs/x') == 'https://example.com/a.mjs'


def test_the_most_specific_prefix_wins():
    m = spec_map({'imports': {'a/': '/1/', 'a/b/': '/2/', 'a/b/c': '/3.mjs'}})
    assert m.resolve('a/x.mjs', SPEC_BASE) == 'https://example.com/1/x.mjs'
    assert m.resolve('a/b/x.mjs', SPEC_BASE) == 'https://example.com/2/x.mjs'
    assert m.resolve('a/b/c', SPEC_BASE) == 'https://example.com/3.mjs'


def test_prefixes_apply_to_bare_and_special_urls_only():
    m = spec_map({'imports': {'data:text/': '/never/', 'std:': '/std/'}})
    assert m.resolve('data:text/javascript,1', SPEC_BASE) is None


def test_invalid_entries_are_dropped_with_a_warning():
    m = spec_map({'imports': {'': '/empty.mjs', 'num': 1, 'bare': 'not-a-url',
                              'pkg/': '/no-slash', 'ok': '/ok.mjs'},
                  'other': {}})
    assert len(m.warnings) == 5
    assert m.warnings[0] == 'Invalid empty string specifier key.'
    assert 'Invalid address 1 for the specifier key "num"' in m.warnings[1]
    assert 'Invalid address "not-a-url"' in m.warnings[2]
    assert 'package addresses must end with "/"' in m.warnings[3]
    assert 'Invalid top-level key "other"' in m.warnings[4]
    assert m.resolve('ok', SPEC_BASE) == 'https://example.com/ok.mjs'
    # an invalid address is a null entry: it blocks what it would map
    for specifier in ('num', 'bare', 'pkg/x.mjs'):
        with pytest.raises(ResolutionError) as caught:
            m.resolve(specifier, SPEC_BASE)
        assert caught.value.code == 'ERR_INVALID_MODULE_SPECIFIER'
        assert 'blocks the specifier "%s"' % specifier in caught.value.message


def test_backtracking_above_a_prefix_is_an_error():
    m = spec_map({'imports': {'moment/': '/node_modules/moment/src/'}})
    with pytest.raises(ResolutionError) as caught:
        m.resolve('moment/../secret.js', SPEC_BASE)
    assert 'outside its address' in caught.value.message


@pytest.mark.parametrize('source, message', [
    ('[]', 'The top-level value of an import map must be a JSON object.'),
    ('{"imports": []}', 'The "imports" top-level key of an import map must be a JSON object.'),
    ('{"scopes": 1}', 'The "scopes" top-level key of an import map must be a JSON object.'),
    ('{"scopes": {"/a/": 1}}', 'The value of the scope "/a/" must be a JSON object.'),
    ('{"imports": ', 'The import map is not valid JSON'),
])
def test_unusable_maps_are_errors(source, message):
    with pytest.raises(ImportMapError) as caught:
        ImportMap.parse(source, SPEC_BASE)
    assert str(caught.value).startswith(message)


def test_parse_takes_a_dict_and_a_path_base(tmp_path):
    m = ImportMap.parse({'imports': {'x': './x.js'}}, str(tmp_path / 'map.json'))
    assert m.resolve('x', 'file:///anywhere.js') == 'file://%s/x.js' % tmp_path


# ---- checked against Deno

DENO_BASE = 'file:///tmp/dm/map.json'
DENO_MAP = {
    'imports': {'a': '/a-1.mjs', 'b': '/b-1.mjs', 'c': '/c-1.mjs',
                'moment/': '/node_modules/moment/src/', './rel.js': './mapped.js',
                'https://example.com/foo/': './foo/', 'x/y/': './xy/', 'x/': './x/',
                'blocked': None, 'bad': 5, 'slash/': './noslash', 'bare-addr': 'notaurl'},
    'scopes': {'/tmp/dm/scope2/': {'a': '/a-2.mjs'},
               '/tmp/dm/scope2/scope3/': {'b': '/b-3.mjs'}}}
BLOCKED = 'blocked'
DENO_ANSWERS = {
    'scope1': {'a': 'file:///a-1.mjs', 'b': 'file:///b-1.mjs', 'c': 'file:///c-1.mjs',
               '../rel.js': 'file:///tmp/dm/mapped.js'},
    'scope2': {'a': 'file:///a-2.mjs', 'b': 'file:///b-1.mjs', '../rel.js': 'file:///tmp/dm/mapped.js'},
    'scope2/scope3': {'a': 'file:///a-2.mjs', 'b': 'file:///b-3.mjs', 'c': 'file:///c-1.mjs',
                      '../rel.js': None},
}
DENO_EVERYWHERE = {
    'moment/locale/zh.js': 'file:///node_modules/moment/src/locale/zh.js',
    './rel.js': None,
    'https://example.com/foo/bar.js': 'file:///tmp/dm/foo/bar.js',
    'x/y/z.js': 'file:///tmp/dm/xy/z.js', 'x/z.js': 'file:///tmp/dm/x/z.js',
    'blocked': BLOCKED, 'bad': BLOCKED, 'slash/q': BLOCKED, 'bare-addr': BLOCKED,
    'moment/../up.js': BLOCKED, 'nomap': None, 'moment': None,
}


@pytest.mark.parametrize('scope', sorted(DENO_ANSWERS))
def test_as_deno(scope):
    m = ImportMap.parse(DENO_MAP, DENO_BASE)
    referrer = 'file:///tmp/dm/%s/m.js' % scope
    for specifier, expected in dict(DENO_EVERYWHERE, **DENO_ANSWERS[scope]).items():
        if expected is BLOCKED:
            with pytest.raises(ResolutionError):
                m.resolve(specifier, referrer)
        else:
            assert m.resolve(specifier, referrer) == expected, specifier
    # Deno's diagnostics, one per dropped entry (its words differ)
    assert len(m.warnings) == 4


# ---- deno.json(c)


def test_strip_jsonc():
    text = '{\n // a comment\n "a": "// not one", /* block\n */ "b": [1, 2,],\n "c": "/*x*/",\n}'
    assert json.loads(strip_jsonc(text)) == {'a': '// not one', 'b': [1, 2], 'c': '/*x*/'}
    assert json.loads(strip_jsonc('{"q": "say \\"hi\\" // x"}')) == {'q': 'say "hi" // x'}


@pytest.fixture(scope='module')
def root(tmp_path_factory):
    base = os.path.realpath(str(tmp_path_factory.mktemp('import_map')))
    root = os.path.join(base, 'resolve')
    shutil.copytree(FIXTURES, root, symlinks=True)
    return root


def test_find_deno_json(root):
    m = find_deno_json(os.path.join(root, 'deno-app', 'main.js'))
    assert m.warnings == ['Invalid address null for the specifier key "blocked": addresses '
                          'must be strings.']
    app = 'file://%s/deno-app/' % root
    assert m.resolve('local', app + 'main.js') == app + 'lib/local.js'
    assert m.resolve('local', app + 'lib/util.js') == app + 'lib/scoped.js'
    # Deno's expansion: "ver" -> npm:... also maps "ver/..."
    assert m.resolve('ver', app + 'main.js') == 'npm:ver-pkg@^1.2'
    assert m.resolve('ver/sub', app + 'main.js') == 'npm:/ver-pkg@^1.2/sub'
    assert find_deno_json(os.path.join(root, 'main.mjs')) is None


def test_find_deno_json_follows_import_map(root):
    m = find_deno_json(os.path.join(root, 'deno-indirect', 'main.js'))
    assert m.resolve('util', 'file:///x.js') == 'file://%s/deno-indirect/util.js' % root


def test_find_deno_json_without_imports(tmp_path):
    (tmp_path / 'deno.json').write_text('{"tasks": {}}')
    assert find_deno_json(str(tmp_path / 'main.js')) is None
    (tmp_path / 'deno.json').write_text('[1]')
    with pytest.raises(ImportMapError):
        find_deno_json(str(tmp_path / 'main.js'))


# ---- the Resolver: the map first (ESM only), then Node's rules


@pytest.fixture(scope='module')
def resolver(root):
    return Resolver(NODE_BUILTINS, import_map=find_deno_json(
        os.path.join(root, 'deno-app', 'main.js')), cwd=root)


def test_mapped_imports(root, resolver):
    main = os.path.join(root, 'deno-app', 'main.js')
    app = os.path.join(root, 'deno-app')
    targets = {spec: resolver.resolve_import(spec, main) for spec in (
        'ver', 'ver/sub', 'local', 'lib/util.js', 'fs-alias', 'plain-other', 'inline',
        'plain', './lib/local.js')}
    assert {spec: (r.kind, r.target.replace(root, '<root>')) for spec, r in targets.items()} == {
        'ver': ('file', '<root>/node_modules/ver-pkg/index.js'),
        'ver/sub': ('file', '<root>/node_modules/ver-pkg/sub.js'),
        'local': ('file', '<root>/deno-app/lib/local.js'),
        'lib/util.js': ('file', '<root>/deno-app/lib/util.js'),
        'fs-alias': ('builtin', 'fs'),
        'plain-other': ('file', '<root>/node_modules/plain/other.js'),
        'inline': ('data', "export default 'inline'"),
        # no entry: Node's rules
        'plain': ('file', '<root>/node_modules/plain/lib/main.js'),
        './lib/local.js': ('file', '<root>/deno-app/lib/local.js'),
    }
    assert resolver.resolve_import('local', os.path.join(app, 'lib', 'util.js')).target == \
        os.path.join(app, 'lib', 'scoped.js')


@pytest.mark.parametrize('specifier, code, text', [
    ('missing', 'ERR_MODULE_NOT_FOUND',
     "Cannot find module '<root>/deno-app/lib/missing.js' imported from "
     "<root>/deno-app/main.js (the import map maps 'missing' to "
     "file://<root>/deno-app/lib/missing.js)"),
    ('folder', 'ERR_UNSUPPORTED_DIR_IMPORT', "Directory import '<root>/deno-app/lib/'"),
    ('remote', 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
     "Cannot import 'https://example.com/x.js' from <root>/deno-app/main.js: reflow does "
     'not download modules at run time'),
    ('blocked', 'ERR_INVALID_MODULE_SPECIFIER',
     'Import map entry "blocked" blocks the specifier "blocked"'),
])
def test_mapped_errors(root, resolver, specifier, code, text):
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_import(specifier, os.path.join(root, 'deno-app', 'main.js'))
    assert caught.value.code == code
    assert caught.value.message.replace(root, '<root>').startswith(text)


def test_require_ignores_the_map(root, resolver):
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_require('local', os.path.join(root, 'deno-app', 'main.js'))
    assert caught.value.code == 'MODULE_NOT_FOUND'

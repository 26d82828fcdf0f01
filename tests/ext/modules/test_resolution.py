"""reflow.ext.modules.resolution against Node, on a fixture tree of our own
(fixtures/resolve/: a type-module app with "exports", "imports" and self-reference, a
CommonJS island, and node_modules with every kind of package: main and index lookups,
exports conditions, nested conditions, patterns, null and invalid targets, scoped and
nested packages, a malformed package.json, a symlinked package made at run time).

fixtures/resolve_cases.json lists the cases: ESM specifiers by importing file, and
require specifiers by requiring file. fixtures/resolve_expected.json is what Node
answered for each (the resolved path and format, or the error code and message, and
for ESM what import.meta.resolve answers: Resolution.url, or ResolutionError.url), made
with Node's own resolver and loader by

    node --no-addons --experimental-import-meta-resolve tests/ext/modules/fixtures/record_resolve.mjs

(run it again after changing the tree or the cases; --no-addons because reflow has no
"node-addons" condition; the flag lets import.meta.resolve take the referrer). The machine's Node is v20; where Node 22 answers otherwise,
and where reflow chooses to, the case is in DIFFERENCES below with what reflow says.
"""
import json
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflow.ext.modules.resolution import (NODE_BUILTINS, SCHEME_ONLY_BUILTINS, Resolution,
                                           ResolutionError, Resolver)

FIXTURES = os.path.join(os.path.dirname(__file__), 'fixtures')
with open(os.path.join(FIXTURES, 'resolve_expected.json'), encoding='utf-8') as f:
    EXPECTED = json.load(f)

HTTPS_TEXT = ("Cannot import 'https://example.com/mod.js' from <root>/main.mjs: reflow does "
              'not download modules at run time (https: URLs are not supported)')
ADDON_TEXT = 'reflow cannot load native addons (.node files)'

# (mode, referrer, specifier) -> (code, the start of reflow's message, why it differs);
# a code None: reflow resolves it, to the answer given as the message
DIFFERENCES = {
    ('import', 'main.mjs', './lib/x.ts'): (
        None, {'path': '<root>/lib/x.ts', 'format': 'module',
               'meta': 'file://<root>/lib/x.ts'},
        'reflow runs TypeScript, as Node 22.18+ (type stripping) and Deno do: a .ts file '
        'is read as a .js one (Node 20 reports ERR_UNKNOWN_FILE_EXTENSION)'),
    ('import', 'main.mjs', 'https://example.com/mod.js'): (
        'ERR_UNSUPPORTED_ESM_URL_SCHEME', HTTPS_TEXT,
        'reflow says it does not download modules, and names the import'),
    ('import', 'main.mjs', 'http://example.com/mod.js'): (
        'ERR_UNSUPPORTED_ESM_URL_SCHEME', HTTPS_TEXT.replace('https', 'http'),
        'reflow says it does not download modules, and names the import'),
    ('import', 'main.mjs', 'foo:bar'): (
        'ERR_UNSUPPORTED_ESM_URL_SCHEME',
        'Only URLs with a scheme in: file, data, node, and npm are supported',
        'reflow also resolves npm: specifiers, as Deno does'),
    ('import', 'main.mjs', 'malformed'): (
        'ERR_INVALID_PACKAGE_CONFIG',
        'Invalid package config <root>/node_modules/malformed/package.json while importing '
        '"malformed" from <root>/main.mjs. Expecting property name enclosed in double '
        'quotes in JSON at position 41',
        "Node 22's wording, which ends at the period; reflow adds where the JSON is wrong "
        "(Node 20 adds V8's JSON.parse message)"),
    ('require', 'main.cjs', 'malformed'): (
        'ERR_INVALID_PACKAGE_CONFIG',
        'Invalid package config <root>/node_modules/malformed/package.json. Expecting',
        "Node 22's code and wording (Node 20 throws a plain Error 'Error parsing ...')"),
    ('require', 'main.cjs', './lib/addon.node'): (
        'ERR_DLOPEN_FAILED', 'Cannot load native addon <root>/lib/addon.node (required from '
        '<root>/main.cjs): ' + ADDON_TEXT, 'Node finds the addon; reflow cannot load one'),
    ('require', 'main.cjs', './lib/addon'): (
        'ERR_DLOPEN_FAILED', 'Cannot load native addon <root>/lib/addon.node',
        'Node finds the addon; reflow cannot load one'),
    ('require', 'main.cjs', 'addon'): (
        'ERR_DLOPEN_FAILED', 'Cannot load native addon <root>/node_modules/addon/bin/addon.node',
        'Node finds the addon; reflow cannot load one'),
}
# Node 22 differences that the recorded Node 20 answers do not show, kept as they are:
# - a .js (or extensionless) file without a package "type" is 'commonjs' here; Node 22
#   then looks at its syntax (the loader's part: Resolver.package_type tells it when).


@pytest.fixture(scope='module')
def root(tmp_path_factory):
    """A copy of the fixture tree, with node_modules/linked a symlink to linked-target."""
    base = os.path.realpath(str(tmp_path_factory.mktemp('resolve')))
    root = os.path.join(base, 'resolve')
    shutil.copytree(os.path.join(FIXTURES, 'resolve'), root, symlinks=True)
    os.symlink('../linked-target', os.path.join(root, 'node_modules', 'linked'))
    return root


@pytest.fixture
def resolver(root):
    return Resolver(NODE_BUILTINS | SCHEME_ONLY_BUILTINS, cwd=root)


def referrer_path(root, referrer):
    if referrer == '':
        return None
    if referrer.startswith('data:'):
        return referrer
    return os.path.join(root, referrer)


def answer(resolve, root, with_format):
    """What a resolution gave, as resolve_expected.json writes it (for ESM, with the
    URL import.meta.resolve answers: a resolution's, or the one an error names)."""
    try:
        resolution = resolve()
    except ResolutionError as error:
        got = {'code': error.code, 'message': error.message.replace(root, '<root>')}
        if with_format:
            got['meta'] = error.url.replace(root, '<root>') if error.url else None
        return got
    assert isinstance(resolution, Resolution)
    if resolution.kind == 'builtin':
        got = {'builtin': resolution.target}
    elif resolution.kind == 'data':
        got = {'data': resolution.target}
    else:
        assert resolution.kind == 'file'
        got = {'path': resolution.target.replace(root, '<root>')}
    if with_format:
        got['format'] = resolution.format
        got['meta'] = resolution.url.replace(root, '<root>')
    return got


def check(mode, case, got):
    expected = {k: v for k, v in case.items() if k not in ('referrer', 'specifier')}
    difference = DIFFERENCES.get((mode, case['referrer'], case['specifier']))
    if difference is None:
        assert got == expected
    else:
        code, text, _why = difference
        if code is None:
            assert got == text
            return
        assert got.get('code') == code
        assert got['message'].startswith(text)
        assert got.get('meta') == expected.get('meta')


def test_the_recorded_cases_are_the_listed_ones():
    with open(os.path.join(FIXTURES, 'resolve_cases.json'), encoding='utf-8') as f:
        cases = json.load(f)
    for mode in ('import', 'require'):
        listed = [(referrer, specifier) for referrer, specifiers in cases[mode].items()
                  for specifier in specifiers]
        recorded = [(case['referrer'], case['specifier']) for case in EXPECTED[mode]]
        assert recorded == listed, 'run record_resolve.mjs again (see the docstring)'
    for mode, referrer, specifier in DIFFERENCES:
        assert specifier in cases[mode][referrer]


@pytest.mark.parametrize('case', EXPECTED['import'],
                         ids=['%s %s' % (c['referrer'] or '(cwd)', c['specifier'])
                              for c in EXPECTED['import']])
def test_import_as_node(root, resolver, case):
    specifier = case['specifier'].replace('<root>', root)
    referrer = referrer_path(root, case['referrer'])
    got = answer(lambda: resolver.resolve_import(specifier, referrer), root, True)
    check('import', case, got)


@pytest.mark.parametrize('case', EXPECTED['require'],
                         ids=['%s %s' % (c['referrer'], c['specifier'])
                              for c in EXPECTED['require']])
def test_require_as_node(root, resolver, case):
    specifier = case['specifier'].replace('<root>', root)
    referrer = referrer_path(root, case['referrer'])
    got = answer(lambda: resolver.resolve_require(specifier, referrer, [referrer]), root,
                 False)
    check('require', case, got)


# ---- what the Node cases do not show


def test_a_builtin_reflow_does_not_provide(root):
    resolver = Resolver({'fs', 'path'}, cwd=root)
    main = os.path.join(root, 'main.mjs')
    assert resolver.resolve_import('node:fs', main) == \
        Resolution('builtin', 'fs', 'builtin', 'node:fs')
    assert resolver.resolve_require('path', main) == \
        Resolution('builtin', 'path', 'builtin', 'node:path')
    for specifier in ('node:zlib', 'zlib'):
        for resolve in (resolver.resolve_import, resolver.resolve_require):
            with pytest.raises(ResolutionError) as caught:
                resolve(specifier, main)
            assert caught.value.code == 'ERR_UNKNOWN_BUILTIN_MODULE'
            assert caught.value.message == \
                'No such built-in module: node:zlib (reflow does not provide it)'
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_import('node:nope', main)
    assert caught.value.message == 'No such built-in module: node:nope'
    # "test" is a built-in only with the scheme: bare, it is a package
    with pytest.raises(ResolutionError) as caught:
        Resolver({'test'}, cwd=root).resolve_import('test', main)
    assert caught.value.code == 'ERR_MODULE_NOT_FOUND'


def test_require_formats(root, resolver):
    main = os.path.join(root, 'main.cjs')
    formats = {spec: resolver.resolve_require(spec, main).format for spec in (
        './lib/a.js', './lib/c.cjs', './lib/d.mjs', './lib/b.json', './cjs/x.js',
        './lib/noext', './lib/style.css', 'plain', 'type-module')}
    assert formats == {
        # require(esm), as Node 22 has it: the loader runs these as ES modules
        './lib/a.js': 'module', './lib/d.mjs': 'module', 'type-module': 'module',
        './lib/c.cjs': 'commonjs', './cjs/x.js': 'commonjs', 'plain': 'commonjs',
        # require reads the package type for .js names only: an extensionless file
        # under "type": "module" is CommonJS to it (Node 20 and 22 run it so)
        './lib/noext': 'commonjs',
        # an unknown extension is read as JavaScript by require
        './lib/style.css': 'commonjs',
        './lib/b.json': 'json'}


def test_format_of_and_package_type(root, resolver):
    assert resolver.format_of(os.path.join(root, 'esm', 'x.js')) == 'module'
    assert resolver.package_type(os.path.join(root, 'esm', 'x.js')) == 'module'
    assert resolver.package_type(os.path.join(root, 'cjs', 'x.js')) == 'commonjs'
    # no package.json in the package: no type (Node 22 would detect the syntax)
    nopkg = os.path.join(root, 'node_modules', 'nopkgjson', 'index.js')
    assert resolver.package_type(nopkg) is None and resolver.format_of(nopkg) == 'commonjs'
    # TypeScript goes as JavaScript: .ts as .js, .mts as .mjs, .cts as .cjs
    assert resolver.format_of(os.path.join(root, 'esm', 'x.ts')) == 'module'
    assert resolver.format_of(os.path.join(root, 'cjs', 'x.ts')) == 'commonjs'
    assert resolver.format_of(os.path.join(root, 'cjs', 'x.mts')) == 'module'
    assert resolver.format_of(os.path.join(root, 'esm', 'x.cts')) == 'commonjs'
    # require reads the package type for a .ts as for a .js (Node 23's type stripping)
    assert resolver.format_of(os.path.join(root, 'lib', 'x.ts'), for_require=True) == 'module'
    with pytest.raises(ResolutionError) as caught:
        resolver.format_of(os.path.join(root, 'lib', 'style.css'))
    assert caught.value.code == 'ERR_UNKNOWN_FILE_EXTENSION'


def test_the_require_stack_is_the_callers(root, resolver):
    inner = os.path.join(root, 'lib', 'a.js')
    outer = os.path.join(root, 'main.cjs')
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_require('missing-pkg', inner, [inner, outer])
    assert caught.value.message == ("Cannot find module 'missing-pkg'\nRequire stack:\n- %s\n- %s"
                                    % (inner, outer))
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_require('missing-pkg', inner)
    assert caught.value.message == "Cannot find module 'missing-pkg'"


def test_an_empty_require_is_refused(root, resolver):
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_require('', os.path.join(root, 'main.cjs'))
    assert caught.value.code == 'ERR_INVALID_ARG_VALUE'


def test_require_from_no_file_resolves_from_the_cwd(root, resolver):
    resolution = resolver.resolve_require('./lib/a', None)
    assert resolution.target == os.path.join(root, 'lib', 'a.js')
    assert resolver.resolve_require('plain', None).target == \
        os.path.join(root, 'node_modules', 'plain', 'lib', 'main.js')


def test_a_file_written_after_a_miss_is_found(tmp_path):
    resolver = Resolver(set())
    main = str(tmp_path / 'main.mjs')
    with pytest.raises(ResolutionError):
        resolver.resolve_import('./later.mjs', main)
    (tmp_path / 'later.mjs').write_text('export {}')
    assert resolver.resolve_import('./later.mjs', main).target == str(tmp_path / 'later.mjs')


def test_clear_caches_rereads_package_json(tmp_path):
    (tmp_path / 'package.json').write_text('{"type": "commonjs"}')
    (tmp_path / 'x.js').write_text('')
    resolver = Resolver(set())
    assert resolver.format_of(str(tmp_path / 'x.js')) == 'commonjs'
    (tmp_path / 'package.json').write_text('{"type": "module"}')
    assert resolver.format_of(str(tmp_path / 'x.js')) == 'commonjs'
    resolver.clear_caches()
    assert resolver.format_of(str(tmp_path / 'x.js')) == 'module'


# ---- npm: specifiers (Deno's): the bare specifier, the installed version checked


@pytest.mark.parametrize('specifier, path', [
    ('npm:ver-pkg', 'node_modules/ver-pkg/index.js'),
    ('npm:ver-pkg@^1.0.0', 'node_modules/ver-pkg/index.js'),
    ('npm:ver-pkg@1.2.3/sub', 'node_modules/ver-pkg/sub.js'),
    ('npm:ver-pkg@~1.2', 'node_modules/ver-pkg/index.js'),
    ('npm:ver-pkg@>=1 <2', 'node_modules/ver-pkg/index.js'),
    ('npm:ver-pkg@*', 'node_modules/ver-pkg/index.js'),
    ('npm:ver-pkg@latest', 'node_modules/ver-pkg/index.js'),
    ('npm:/ver-pkg@1/sub', 'node_modules/ver-pkg/sub.js'),
    ('npm:@scope/pkg@0.5/sub', 'node_modules/@scope/pkg/sub.js'),
    ('npm:@scope/pkg', 'node_modules/@scope/pkg/index.js'),
    ('npm:prerelease@2.0.0-beta.1', 'node_modules/prerelease/index.js'),
    ('npm:plain@2/other.js', 'node_modules/plain/other.js'),
])
def test_npm_specifier(root, resolver, specifier, path):
    for resolve in (resolver.resolve_import, resolver.resolve_require):
        resolution = resolve(specifier, os.path.join(root, 'main.mjs'))
        assert resolution.kind == 'file'
        assert resolution.target == os.path.join(root, path)


def test_npm_specifier_resolves_from_the_nearest_node_modules(root, resolver):
    referrer = os.path.join(root, 'node_modules', 'nested-outer', 'index.js')
    resolution = resolver.resolve_import('npm:plain@1', referrer)
    assert resolution.target == os.path.join(root, 'node_modules', 'nested-outer',
                                             'node_modules', 'plain', 'shadow.js')


@pytest.mark.parametrize('specifier, found', [
    ('npm:ver-pkg@^2', 'version 1.2.3'),
    ('npm:ver-pkg@1.2.4', 'version 1.2.3'),
    # a prerelease satisfies only a range that names it (npm's rule)
    ('npm:prerelease@^2.0.0', 'version 2.0.0-beta.1'),
    ('npm:nopkgjson@1', 'no valid version'),
])
def test_npm_version_mismatch(root, resolver, specifier, found):
    main = os.path.join(root, 'main.mjs')
    name, wanted = specifier[4:].split('@')
    for resolve, code in ((resolver.resolve_import, 'ERR_MODULE_NOT_FOUND'),
                          (resolver.resolve_require, 'MODULE_NOT_FOUND')):
        with pytest.raises(ResolutionError) as caught:
            resolve(specifier, main)
        assert caught.value.code == code
        assert caught.value.message == (
            "Cannot find package '%s@%s' for '%s' imported from %s: the package in %s has %s; "
            'run `npm install %s@%s`' % (name, wanted, specifier, main,
                                         os.path.join(root, 'node_modules', name), found,
                                         name, wanted))


def test_npm_package_not_installed(root, resolver):
    main = os.path.join(root, 'main.mjs')
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_import('npm:left-pad@^1.3/index.js', main)
    assert caught.value.code == 'ERR_MODULE_NOT_FOUND'
    assert caught.value.message == (
        "Cannot find package 'left-pad' for 'npm:left-pad@^1.3/index.js' imported from %s: "
        'it is not installed in a node_modules folder there or above (reflow does not '
        'download packages); run `npm install left-pad@^1.3`' % main)
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_require('npm:left-pad', main)
    assert caught.value.code == 'MODULE_NOT_FOUND'
    assert caught.value.message.endswith('run `npm install left-pad`')


@pytest.mark.parametrize('specifier', ['npm:', 'npm:ver-pkg@^^1', 'npm:@scope'])
def test_invalid_npm_specifier(root, resolver, specifier):
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_import(specifier, os.path.join(root, 'main.mjs'))
    assert caught.value.code == 'ERR_INVALID_MODULE_SPECIFIER'
    assert specifier in caught.value.message


def test_npm_subpath_goes_through_exports(root, resolver):
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_import('npm:ver-pkg@1/index.js', os.path.join(root, 'main.mjs'))
    assert caught.value.code == 'ERR_PACKAGE_PATH_NOT_EXPORTED'


# ---- any specifier: a Resolution or a ResolutionError, never another exception

PIECES = ['.', '/', '..', '#', '@', 'npm:', 'node:', 'file://', 'data:', 'text/javascript',
          ',', ';base64', '%', '%2f', '%zz', '%e9', '\\', '*', '?', ' ', '\x00', '\ud800', 'é',
          'plain', 'exp-patterns', 'features', 'app', 'lib', 'a.js', '@scope', 'pkg',
          'ver-pkg', '^1', 'https://', ':', '//', 'node_modules', '#pat', '#internal']


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(PIECES), max_size=6),
       referrer=st.sampled_from(['main.mjs', 'node_modules/imports-pkg/index.js', '']),
       mode=st.sampled_from(['import', 'require']))
def test_every_specifier_resolves_or_is_a_resolution_error(root, resolver, parts, referrer,
                                                           mode):
    specifier = ''.join(parts)
    resolve = resolver.resolve_import if mode == 'import' else resolver.resolve_require
    try:
        resolution = resolve(specifier, referrer_path(root, referrer))
    except ResolutionError as error:
        assert error.code and error.message
    else:
        assert resolution.kind in ('file', 'builtin', 'data')


# require.resolve(request, {paths}): what Node 20 answers, from main.cjs
@pytest.mark.parametrize('specifier, paths, expected', [
    ('plain', ['node_modules/nested-outer'], 'node_modules/nested-outer/node_modules/plain/shadow.js'),
    ('./other.js', ['node_modules/plain'], 'node_modules/plain/other.js'),
    ('./other', ['lib', 'node_modules/plain'], 'node_modules/plain/other.js'),
    ('nested-inner', ['node_modules/nested-outer/node_modules/nested-inner/x'],
     'node_modules/nested-outer/node_modules/nested-inner/index.js'),
    # imports and self-reference go by the requiring file, whatever the paths
    ('#internal', ['/tmp'], 'lib/internal.js'),
    ('app', ['/tmp'], 'main.js'),
    ('plain', ['/nonexistent'], None),
    ('plain', [], None),
    ('./lib/a', [], None),
])
def test_require_resolve_with_paths(root, resolver, specifier, paths, expected):
    main = os.path.join(root, 'main.cjs')
    paths = [p if p.startswith('/') else os.path.join(root, p) for p in paths]
    if expected is None:
        with pytest.raises(ResolutionError) as caught:
            resolver.resolve_require(specifier, main, [main], paths=paths)
        assert caught.value.message == "Cannot find module '%s'\nRequire stack:\n- %s" % (
            specifier, main)
    else:
        resolution = resolver.resolve_require(specifier, main, [main], paths=paths)
        assert resolution.target == os.path.join(root, expected)


def test_node_module_paths(resolver):
    # Module._nodeModulePaths: no node_modules/node_modules
    assert resolver.node_module_paths('/a/node_modules/b/c') == [
        '/a/node_modules/b/c/node_modules', '/a/node_modules/b/node_modules',
        '/a/node_modules', '/node_modules']
    assert resolver.node_module_paths('/') == ['/node_modules']

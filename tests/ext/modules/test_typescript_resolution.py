"""Imports from TypeScript files: `.js` naming the `.ts`, no extension, folders'
index files, tsconfig `paths` and `baseUrl`; JavaScript importers keep Node's rules."""
import os

import pytest

from reflow.ext.modules.errors import ResolutionError
from reflow.ext.modules.resolution import Resolver
from reflow.ext.modules.tsconfig import TSConfigFinder


def write(path, text=''):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


@pytest.fixture
def tree(tmp_path):
    root = str(tmp_path)
    for name in ('main.ts', 'main.mjs', 'util.ts', 'view.tsx', 'both.js', 'both.ts',
                 'esm.mts', 'cjs.cts', 'dir/index.ts', 'app.component.ts',
                 'src/lib/math.ts', 'src/shared/log.ts', 'node_modules/dep/index.js'):
        write(os.path.join(root, name))
    write(os.path.join(root, 'tsconfig.json'), '{"compilerOptions": {"baseUrl": "src", '
          '"paths": {"@lib/*": ["lib/*"], "logger": ["shared/log.ts"]}}}')
    return root


@pytest.fixture
def resolver():
    finder = TSConfigFinder()
    return Resolver(['fs', 'path'], tsconfig_for=finder.for_file)


@pytest.mark.parametrize('specifier, found', [
    ('./util.js', 'util.ts'), ('./util', 'util.ts'), ('./util.ts', 'util.ts'),
    ('./view.js', 'view.tsx'), ('./view', 'view.tsx'), ('./view.jsx', 'view.tsx'),
    ('./esm.mjs', 'esm.mts'), ('./cjs.cjs', 'cjs.cts'),
    ('./dir', 'dir/index.ts'), ('./dir/index.js', 'dir/index.ts'),
    ('./app.component', 'app.component.ts'),
    # a .js that exists is the one named
    ('./both.js', 'both.js'),
    ('@lib/math', 'src/lib/math.ts'), ('logger', 'src/shared/log.ts'),
    ('lib/math', 'src/lib/math.ts'),   # baseUrl
    ('dep', 'node_modules/dep/index.js'),
])
def test_imports_from_typescript(tree, resolver, specifier, found):
    referrer = os.path.join(tree, 'main.ts')
    assert resolver.resolve_import(specifier, referrer).target == os.path.join(tree, found)
    assert resolver.resolve_require(specifier, referrer).target == os.path.join(tree, found)


def test_builtins_are_not_mapped(tree, resolver):
    assert resolver.resolve_import('fs', os.path.join(tree, 'main.ts')).kind == 'builtin'


def test_javascript_importers_keep_nodes_rules(tree, resolver):
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_import('./util.js', os.path.join(tree, 'main.mjs'))
    assert caught.value.code == 'ERR_MODULE_NOT_FOUND'
    with pytest.raises(ResolutionError):
        resolver.resolve_import('@lib/math', os.path.join(tree, 'main.mjs'))


def test_a_missing_file_is_nodes_error(tree, resolver):
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_import('./nothing.js', os.path.join(tree, 'main.ts'))
    assert caught.value.code == 'ERR_MODULE_NOT_FOUND'
    with pytest.raises(ResolutionError) as caught:
        resolver.resolve_require('./nothing', os.path.join(tree, 'main.ts'))
    assert caught.value.code == 'MODULE_NOT_FOUND'

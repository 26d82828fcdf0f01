"""tsconfig.json: the nearest one, `extends`, and the emit options reflow reads."""
import os

import pytest

from reflow.ext.modules.tsconfig import TSConfigError, TSConfigFinder


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


def test_no_tsconfig_means_none(tmp_path):
    assert TSConfigFinder().for_file(str(tmp_path / 'a.ts')) is None


def test_the_nearest_one_and_its_defaults(tmp_path):
    write(str(tmp_path / 'tsconfig.json'), '{"compilerOptions": {"jsx": "react-jsx"}}')
    write(str(tmp_path / 'sub' / 'tsconfig.json'), '{ // a comment\n "compilerOptions": '
          '{"experimentalDecorators": true, "target": "ES2020",}}')
    finder = TSConfigFinder()
    top = finder.for_file(str(tmp_path / 'src' / 'a.ts'))
    assert top.path == str(tmp_path / 'tsconfig.json')
    assert top.options.jsx == 'react-jsx'
    assert top.options.experimental_decorators is False
    # no target: ES2022+ semantics, as Deno runs them
    assert top.options.use_define_for_class_fields is True
    sub = finder.for_file(str(tmp_path / 'sub' / 'deep' / 'b.tsx'))
    assert sub.path == str(tmp_path / 'sub' / 'tsconfig.json')
    assert sub.options.experimental_decorators is True
    # tsc's default for a target before ES2022
    assert sub.options.use_define_for_class_fields is False
    assert sub.options.jsx == 'react'


def test_extends_merges_and_paths_are_relative_to_their_config(tmp_path):
    write(str(tmp_path / 'base' / 'tsconfig.base.json'), '{"compilerOptions": {'
          '"jsxFactory": "h", "jsxFragmentFactory": "Fragment", "baseUrl": ".", '
          '"paths": {"@lib/*": ["lib/*"]}, "useDefineForClassFields": false}}')
    write(str(tmp_path / 'app' / 'tsconfig.json'), '{"extends": "../base/tsconfig.base",'
          '"compilerOptions": {"verbatimModuleSyntax": true}}')
    config = TSConfigFinder().for_file(str(tmp_path / 'app' / 'main.ts'))
    assert config.options.jsx_factory == 'h'
    assert config.options.jsx_fragment_factory == 'Fragment'
    assert config.options.verbatim_module_syntax is True
    assert config.options.use_define_for_class_fields is False
    assert config.base_url == str(tmp_path / 'base')
    assert config.paths == {'@lib/*': ['lib/*']}
    assert config.paths_base == str(tmp_path / 'base')


def test_extends_a_package(tmp_path):
    write(str(tmp_path / 'node_modules' / '@tsconfig' / 'strictest' / 'tsconfig.json'),
          '{"compilerOptions": {"experimentalDecorators": true}}')
    write(str(tmp_path / 'tsconfig.json'), '{"extends": "@tsconfig/strictest/tsconfig.json"}')
    config = TSConfigFinder().for_file(str(tmp_path / 'x.ts'))
    assert config.options.experimental_decorators is True


def test_a_broken_or_circular_tsconfig_is_an_error_naming_it(tmp_path):
    write(str(tmp_path / 'tsconfig.json'), '{"compilerOptions": ')
    with pytest.raises(TSConfigError) as caught:
        TSConfigFinder().for_file(str(tmp_path / 'x.ts'))
    assert str(tmp_path / 'tsconfig.json') in str(caught.value)
    write(str(tmp_path / 'c' / 'tsconfig.json'), '{"extends": "./tsconfig.json"}')
    with pytest.raises(TSConfigError) as caught:
        TSConfigFinder().for_file(str(tmp_path / 'c' / 'x.ts'))
    assert 'circular' in str(caught.value)


def test_a_package_never_takes_the_applications_options(tmp_path):
    write(str(tmp_path / 'tsconfig.json'), '{"compilerOptions": {"experimentalDecorators": true}}')
    path = str(tmp_path / 'node_modules' / 'pkg' / 'src' / 'x.ts')
    assert TSConfigFinder().for_file(path) is None

"""The layers import only downwards (shared/DESIGN.md): parser <- interp <- builtins <-
ext <- runtime.py and cli.py. Every import statement of every module counts, those
inside functions too. And host I/O lives in ext: the engine and the library neither
print nor open files nor run an event loop.

    python -m pytest tests/test_layers.py      # the check, also part of the suite
"""
import ast
import os

import pytest

ROOT = os.path.join(os.path.dirname(os.path.dirname(__file__)), 'reflow')

# what each package may not import (the layers above it)
FORBIDDEN = {
    'parser': ('reflow.interp', 'reflow.builtins', 'reflow.ext', 'reflow.runtime',
               'reflow.cli', 'reflow.test262'),
    'interp': ('reflow.builtins', 'reflow.ext', 'reflow.runtime', 'reflow.cli',
               'reflow.test262'),
    'builtins': ('reflow.ext', 'reflow.runtime', 'reflow.cli', 'reflow.test262'),
    'ext': ('reflow.runtime', 'reflow.cli', 'reflow.test262'),
}
# modules whose use means host I/O, kept out of the engine and the library
HOST_IO_MODULES = ('asyncio', 'socket', 'subprocess', 'selectors')


def modules_of(package):
    base = os.path.join(ROOT, package)
    for name in sorted(os.listdir(base)):
        if name.endswith('.py'):
            yield package, name[:-3], os.path.join(base, name)


def imported_names(package, module, path):
    """The absolute module names ``path`` imports (relative imports resolved)."""
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = ['reflow', package][:3 - node.level] if node.level <= 2 else []
                base = '.'.join(parts + ([node.module] if node.module else []))
            else:
                base = node.module
            yield node.lineno, base
            for alias in node.names:   # `from . import x` imports the module x
                yield node.lineno, base + '.' + alias.name


def forbidden_imports(package):
    found = []
    for pkg, module, path in modules_of(package):
        for line, name in imported_names(pkg, module, path):
            if any(name == f or name.startswith(f + '.') for f in FORBIDDEN[package]):
                found.append('reflow/%s/%s.py:%d imports %s' % (pkg, module, line, name))
    return found


@pytest.mark.parametrize('package', sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(package):
    assert forbidden_imports(package) == []


@pytest.mark.parametrize('package', ['parser', 'interp', 'builtins'])
def test_the_engine_and_the_library_do_no_host_io(package):
    found = []
    for pkg, module, path in modules_of(package):
        with open(path, encoding='utf-8') as f:
            source = f.read()
        for line, name in imported_names(pkg, module, path):
            if name.split('.')[0] in HOST_IO_MODULES:
                found.append('%s.py:%d imports %s' % (module, line, name))
        for line_no, text in enumerate(source.split('\n'), 1):
            code = text.split('#')[0]
            if 'sys.stdout' in code or 'sys.stderr' in code or 'open(' in code.replace(
                    '.open(', ''):
                found.append('%s.py:%d: %s' % (module, line_no, text.strip()))
    assert found == []


def test_the_checker_sees_a_forbidden_import(tmp_path):
    # the check itself works: a relative import one level up is resolved and caught
    pkg = tmp_path / 'interp'
    pkg.mkdir()
    (pkg / 'bad.py').write_text('def f():\n    from ..builtins import promise\n')
    names = [n for _, n in imported_names('interp', 'bad', str(pkg / 'bad.py'))]
    assert 'reflow.builtins' in names and 'reflow.builtins.promise' in names

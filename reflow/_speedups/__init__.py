"""Cython-compiled copies of reflow's hot modules.

setup.py compiles modules of reflow/<package>/ into reflow/_speedups/<package>/ when
Cython and a C compiler are present, and records the hash of each source it compiled.
The pure-Python source stays the reference: ``REFLOW_PURE=1`` makes reflow use it even
where compiled copies exist, and a compiled copy whose source has changed since it was
built is never used.
"""
import importlib
import os
import sys

try:
    # CPython's own SHA-1: hashlib's is OpenSSL's, whose library costs ~4 ms and
    # ~3.5 MB of memory to load, for hashing ~330 KB of source (~2 ms either way)
    from _sha1 import sha1
except ImportError:
    from hashlib import sha1

PURE = os.environ.get('REFLOW_PURE') == '1'
_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


_FRESH = {}


def _fresh(package):
    """The sources compiled for ``package`` ('vm/dispatch.py', ...) if every one is
    unchanged since, else an empty set."""
    if package not in _FRESH:
        _FRESH[package] = _check_fresh(package)
    return _FRESH[package]


def _check_fresh(package):
    try:
        recorded = importlib.import_module('reflow._speedups.%s._sources' % package).SOURCES
    except ImportError:
        return frozenset()
    for name, digest in recorded.items():   # 'vm/dispatch.py', 'vm/dispatch.pxd', ...
        try:
            with open(os.path.join(_ROOT, package, name), 'rb') as f:
                if sha1(f.read()).hexdigest() != digest:
                    sys.stderr.write('reflow: compiled %s is older than its source; using '
                                     'pure Python (rebuild: pip install -e .)\n' % package)
                    return frozenset()
        except OSError:
            return frozenset()
    return frozenset(recorded)


def compiled_path(package, module):
    """The file of the compiled reflow._speedups.<package>.<module>, or None; a module
    in a subpackage is named by its path ('vm/dispatch')."""
    # a compiled file left from a build that compiled more than this one is not used
    if PURE or module + '.py' not in _fresh(package):
        return None
    import importlib.machinery
    folder = os.path.join(_ROOT, '_speedups', package)
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = os.path.join(folder, module + suffix)
        if os.path.exists(path):
            return path
    return None


class CompiledFinder:
    """Imports reflow.<package>.<module> (reflow.interp.vm.dispatch too) from its
    compiled copy where that is fresh, under the module's own name, so that every
    module sees the same classes and compiled classes find their bases. (A meta path
    finder is any object with find_spec: importing importlib.abc costs importlib.resources,
    tempfile and typing, ~20 ms.)"""

    def __init__(self, package):
        self.package = package
        self.prefix = 'reflow.%s.' % package

    def find_spec(self, fullname, path, target=None):
        if not fullname.startswith(self.prefix):
            return None
        so = compiled_path(self.package, fullname[len(self.prefix):].replace('.', '/'))
        if so is None:
            return None
        import importlib.machinery
        import importlib.util
        loader = importlib.machinery.ExtensionFileLoader(fullname, so)
        return importlib.util.spec_from_file_location(fullname, so, loader=loader)


def install_finder(package):
    """Put the CompiledFinder of reflow.<package> first on sys.meta_path (once)."""
    if not any(isinstance(f, CompiledFinder) and f.package == package
               for f in sys.meta_path):
        sys.meta_path.insert(0, CompiledFinder(package))

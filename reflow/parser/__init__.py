"""reflow's JavaScript front end: scanner, recursive-descent parser, early errors.

The tree is ESTree in the shape esprima emits (dicts), extended for ES2020-ES2023
the way ESTree specifies. Where setup.py compiled the parser (reflow/_speedups/parser),
each compiled module is imported under its own name (reflow.parser.scanner, ...), as
reflow.interp does: the compiled classes extend one another across modules, which
needs every module to find its base under that name. REFLOW_PURE=1, or a source
changed since the build, keeps pure Python.
"""
import importlib.machinery
import importlib.util
import sys

from reflow._speedups import compiled_path


class _CompiledFinder:
    """Finds reflow.parser.<module> in reflow/_speedups/parser when it is fresh."""

    def find_spec(self, fullname, path, target=None):
        if not fullname.startswith('reflow.parser.') or fullname.count('.') != 2:
            return None
        so = compiled_path('parser', fullname.rsplit('.', 1)[1])
        if so is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, so)
        return importlib.util.spec_from_file_location(fullname, so, loader=loader)


if not any(isinstance(f, _CompiledFinder) for f in sys.meta_path):
    sys.meta_path.insert(0, _CompiledFinder())

from .errors import JSSyntaxError, RegExpSyntaxError  # noqa: E402
from . import parser as _impl  # noqa: E402

parse = _impl.parse
parse_script = _impl.parse_script
parse_module = _impl.parse_module
Parser = _impl.Parser
COMPILED = isinstance(getattr(_impl, '__loader__', None), importlib.machinery.ExtensionFileLoader)

__all__ = ['parse', 'parse_script', 'parse_module', 'Parser', 'JSSyntaxError',
           'RegExpSyntaxError', 'COMPILED']

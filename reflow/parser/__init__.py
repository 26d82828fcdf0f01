"""reflow's JavaScript front end: scanner, recursive-descent parser, early errors.

The tree is ESTree in the shape esprima emits (dicts), extended for ES2020-ES2023
the way ESTree specifies. Where setup.py compiled the parser (reflow/_speedups/parser),
each compiled module is imported under its own name (reflow.parser.scanner, ...), as
reflow.interp does: the compiled classes extend one another across modules, which
needs every module to find its base under that name. REFLOW_PURE=1, or a source
changed since the build, keeps pure Python.
"""
import importlib.machinery

from reflow._speedups import install_finder

install_finder('parser')

from .errors import JSSyntaxError, RegExpSyntaxError  # noqa: E402
from . import parser as _impl  # noqa: E402

parse = _impl.parse
parse_script = _impl.parse_script
parse_module = _impl.parse_module
parse_typescript_tree = _impl.parse_typescript_tree
TSOptions = _impl.TSOptions
Parser = _impl.Parser
COMPILED = isinstance(getattr(_impl, '__loader__', None), importlib.machinery.ExtensionFileLoader)

__all__ = ['parse', 'parse_script', 'parse_module', 'parse_typescript_tree', 'TSOptions',
           'Parser', 'JSSyntaxError', 'RegExpSyntaxError', 'COMPILED']

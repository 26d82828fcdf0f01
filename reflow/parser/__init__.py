"""reflow's JavaScript front end: scanner, recursive-descent parser, early errors.

The tree is ESTree in the shape esprima emits (dicts), extended for ES2020-ES2023
the way ESTree specifies. The compiled copy of the parser (reflow/_speedups/parser) is
used when it was built, unless REFLOW_PURE=1.
"""
from reflow._speedups import load as _load
from .errors import JSSyntaxError, RegExpSyntaxError

_impl = _load('parser', 'parser')
if _impl is None:
    from . import parser as _impl

parse = _impl.parse
parse_script = _impl.parse_script
parse_module = _impl.parse_module
Parser = _impl.Parser
COMPILED = _impl.__name__.startswith('reflow._speedups')

__all__ = ['parse', 'parse_script', 'parse_module', 'Parser', 'JSSyntaxError',
           'RegExpSyntaxError', 'COMPILED']

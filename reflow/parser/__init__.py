"""reflow's JavaScript front end: scanner, recursive-descent parser, early errors.

The tree is ESTree in the shape esprima emits (dicts), extended for ES2020-ES2023
the way ESTree specifies.
"""
from .errors import JSSyntaxError, RegExpSyntaxError
from .parser import parse, parse_script, parse_module

__all__ = ['parse', 'parse_script', 'parse_module', 'JSSyntaxError', 'RegExpSyntaxError']

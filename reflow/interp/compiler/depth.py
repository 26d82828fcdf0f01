"""Room for the compiler's recursion on deeply nested code.

The compiler walks the tree recursively; left-deep chains (a + b + ..., a.b.c..., f()()...,
a && b && ..., else-if chains) are compiled in loops, but genuinely nested code (nested
functions, arrays, blocks) recurses as deep as the parser allowed it to nest. The entry
points raise the Python recursion limit as the parser does, and what still does not fit
ends as V8 ends it, with a RangeError, never a Python RecursionError.
"""
import functools
import sys

from ..vm.errors import JSErrorSignal

# as reflow/parser/parser.py: frames the compiler may use
RECURSION_ROOM = 40000


def deep_recursion_guarded(method):
    """Wrap a compiler entry point: a RecursionError becomes
    ``RangeError: Maximum call stack size exceeded`` (a JSErrorSignal)."""
    @functools.wraps(method)
    def guarded(*args, **kwargs):
        old_limit = sys.getrecursionlimit()
        if old_limit < RECURSION_ROOM:
            sys.setrecursionlimit(RECURSION_ROOM)
        try:
            return method(*args, **kwargs)
        except RecursionError:
            raise JSErrorSignal('RangeError', 'Maximum call stack size exceeded') from None
        finally:
            if old_limit < RECURSION_ROOM:
                sys.setrecursionlimit(old_limit)
    return guarded

"""Host functions: a Python callable as a JS function.

The JS function is a built-in (NativeFunction): its ``name`` is the one given, its
``length`` the number of positional parameters before the first with a default, its
source text `function name() { [native code] }`, and it has no other own property, so
nothing of Python is reachable from it. A call converts the arguments (by the
parameter's annotation where it has one: convert_typed.py), calls the Python callable
and converts its result; an awaitable result becomes a promise (Bridge.
promise_from_awaitable). As in JS, a missing argument is ``undefined`` (UNDEFINED, or
the parameter's default where it has one) and an extra one is dropped unless the
callable takes ``*args``.

Exceptions: a Python Exception becomes a JS error (Bridge.error_to_js: the message only,
never a traceback or a Python object), a JSError its original JS value; a JS error
already in flight passes on as it is, and a BaseException that is not an Exception
(KeyboardInterrupt, the VM's ExecutionInterrupted) passes through untouched.
"""
import inspect
import typing

from reflow.interp.vm.errors import JSErrorSignal, JSThrow
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.values import UNDEFINED
from reflow.parser.chars import to_code_units
from .convert import INDEX, ToPython, child, root


class CallPlan:
    """How JS arguments map onto a Python signature."""
    __slots__ = ('length', 'params', 'rest')

    def __init__(self, fn):
        self.length = 0
        self.params = []        # (name, annotation or None, has_default) positionals
        self.rest = None        # (name, annotation or None) of *args
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):   # no signature (some C callables): pass all
            self.rest = ('arguments', None)
            return
        try:   # a class: the annotations of the __init__ its signature comes from
            hints = typing.get_type_hints(fn.__init__ if isinstance(fn, type) else fn)
        except Exception:   # no annotations to read, or one that does not resolve
            hints = {}
        counting = True
        for p in sig.parameters.values():
            hint = hints.get(p.name)
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
                has_default = p.default is not p.empty
                if has_default:
                    counting = False
                elif counting:
                    self.length += 1
                self.params.append((p.name, hint, has_default))
            elif p.kind is p.VAR_POSITIONAL:
                self.rest = (p.name, hint)

    def arguments(self, convert, args):
        """The Python arguments for JS ``args``."""
        out = []
        params = self.params
        for i, (name, hint, has_default) in enumerate(params):
            if i >= len(args):
                if has_default:
                    break   # this and the later ones take their defaults
                value = UNDEFINED
            else:
                value = args[i]
            out.append(convert.run(value, root(name), hint))
        if self.rest is not None:
            name, hint = self.rest
            path = root(name)
            for j in range(len(params), len(args)):
                out.append(convert.run(args[j], child(path, INDEX, j - len(params)),
                                       hint))
        return out


def host_function(realm, name, fn, bridge):
    """A JS function of ``realm`` calling the Python callable ``fn``."""
    plan = CallPlan(fn)

    def call(this, args):
        try:
            result = fn(*plan.arguments(ToPython(realm, bridge), args))
            return bridge.from_python(realm, result)   # an awaitable: a promise
        except (JSThrow, JSErrorSignal):
            raise
        except Exception as exc:
            raise JSThrow(bridge.error_to_js(realm, exc)) from None
    return NativeFunction(realm, call, to_code_units(name), plan.length)

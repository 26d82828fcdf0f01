"""The table of out-of-line opcode handlers: each a function (vm, frame, code, pc, stack,
regs, consts, names, realm, strict) -> next pc, registered under its opcode by ``op``.
The dispatch loop runs the frequent opcodes inline and calls HANDLERS[op] for the rest;
the modules beside this one hold the handlers, grouped by what they do."""
from ..errors import JSErrorSignal
from ...compiler.opcodes import NUMBER

HANDLERS = {}


def op(name):
    """Register the decorated function as opcode ``name``'s handler (one per opcode)."""
    def register(fn):
        register_handler(name, fn)
        return fn
    return register


def register_handler(name, fn):
    if NUMBER[name] in HANDLERS:
        raise AssertionError('a second handler for %s' % name)
    HANDLERS[NUMBER[name]] = fn


def tdz_error(name):
    return JSErrorSignal('ReferenceError', "Cannot access '%s' before initialization" % name
                         if name != 'this' else
                         "Must call super constructor in derived class before accessing "
                         "'this' or returning from derived constructor")

"""JSValue: an opaque handle to one JS value of one runtime.

A handle is what the host gets for a JS value Python has no faithful form for (a
symbol, a class instance, a proxy, a WeakMap, an invalid Date ...). It has no API of its
own: the host passes it back into the runtime that made it (as an argument, a return
value, a property) and gets the very same JS value there. Its ``owner`` is that runtime
(a Bridge's ``owner``); another runtime refuses it with a ValueError, since a JS value
of one realm must never appear in another."""
from reflow.interp.vm.values import NULL, UNDEFINED, type_of
from reflow.parser.chars import from_code_units


class JSValue:
    __slots__ = ('owner', 'value', '__weakref__')

    def __init__(self, owner, value):
        self.owner = owner
        self.value = value

    # two handles to the same JS value are equal (and hash alike), so that handles work
    # as dict keys and set members the way the JS values work as Map keys
    def __eq__(self, other):
        return type(other) is JSValue and other.owner is self.owner and \
            other.value is self.value

    def __hash__(self):
        return hash(id(self.value))

    def __repr__(self):
        value = self.value
        if value is NULL or value is UNDEFINED:
            return '<JSValue %s>' % ('null' if value is NULL else 'undefined')
        kind = type_of(value)
        if kind == 'object' or kind == 'function':
            return '<JSValue %s>' % kind
        if kind == 'string':
            return '<JSValue string %r>' % from_code_units(value[:40])
        if kind == 'bigint':
            return '<JSValue bigint %dn>' % value.value
        from reflow.interp.vm.references import describe
        return '<JSValue %s %s>' % (kind, describe(value))


def unwrap(handle, owner):
    """The JS value of ``handle``, which must belong to ``owner``."""
    if handle.owner is not owner:
        raise ValueError('this JSValue belongs to another runtime: a JS value cannot '
                         'be passed from one runtime into another')
    return handle.value

"""JS exceptions in flight, in Python.

A JS ``throw`` is a Python exception carrying the JS value (``JSThrow``). Code below the
VM (the object model, abstract operations) does not know the current realm, so it
raises ``JSErrorSignal('TypeError', message)``; the VM turns it into a TypeError object
of the running realm when it reaches JS code (shared/DESIGN.md, "Values").
"""


class JSThrow(Exception):
    """A JS exception: ``value`` is any JS value (usually an Error object)."""

    def __init__(self, value):
        super().__init__(value)
        self.value = value


class JSErrorSignal(Exception):
    """A native error to be created in the running realm: name is 'TypeError',
    'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError' or 'URIError'."""

    def __init__(self, name, message):
        super().__init__('%s: %s' % (name, message))
        self.name = name
        self.message = message
        self.realm = None   # set by the built-in that raised it: its realm's error


def type_error(message):
    return JSErrorSignal('TypeError', message)


def range_error(message):
    return JSErrorSignal('RangeError', message)


def reference_error(message):
    return JSErrorSignal('ReferenceError', message)


def thrown_value(realm, exc):
    """The JS value of an abrupt completion caught in Python."""
    if isinstance(exc, JSThrow):
        return exc.value
    return (exc.realm or realm).make_error(exc.name, exc.message)

"""reflow: a JavaScript and TypeScript runtime written in Python.

    from reflow import JavascriptRuntime
    rt = JavascriptRuntime()
    value = await rt.execute("calc.js", "1 + 1")
    rt.convert_value_to_python(value)    # 2

The names below are loaded when first used, so that `reflow parse` and the parser API
do not pay for the engine."""
__version__ = '0.1.0'

_EXPORTS = {
    'JavascriptRuntime': 'reflow.runtime',
    'CoreRuntimeConfig': 'reflow.runtime',
    'PermissionOptions': 'reflow.ext.permissions',
    'PermissionDenied': 'reflow.ext.errors',
    'JSError': 'reflow.ext.errors',
    'RuntimeBusy': 'reflow.ext.errors',
    'RuntimeClosed': 'reflow.ext.errors',
    'ProgramExited': 'reflow.ext.errors',
    'JSValue': 'reflow.ext.handles',
    'UNDEFINED': 'reflow.interp.vm.values',
}
# the host-side exceptions of the limits, under the names the issue gives them
_RENAMED = {
    'TimeoutError': ('reflow.ext.errors', 'ExecutionTimeout'),
    'InterruptedError': ('reflow.ext.errors', 'ExecutionInterrupted'),
}

__all__ = sorted(_EXPORTS) + sorted(_RENAMED)


def __getattr__(name):
    import importlib
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
    elif name in _RENAMED:
        module, attr = _RENAMED[name]
        value = getattr(importlib.import_module(module), attr)
    else:
        raise AttributeError("module 'reflow' has no attribute %r" % name)
    globals()[name] = value
    return value

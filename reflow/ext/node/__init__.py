"""Node's built-in modules (`node:x` and bare `x`) and the globals they provide
(process, Buffer, global, setImmediate, clearImmediate).

A built-in `x` is the file lib/<x>.js (`fs/promises` is lib/fs/promises.js), written
in CommonJS: it runs once per realm as the body of
`function (exports, require, module, binding)`, where ``require(name)`` gives another
built-in (also the ones under `internal/`, which user code cannot reach) and
``binding(name)`` the host ops of bindings/<name>.py: the object its ``create(realm)``
builds, of native functions. Neither ``require`` nor ``binding`` is visible to user
code; a built-in exports only what its JS chooses to."""
import importlib
import os
import re

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.script import function_from_body
from reflow.interp.vm.values import UNDEFINED
from ..source_file import read_source_file

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lib')

# a built-in's name: words of lower case letters, digits and _, joined by '/'
_NAME = re.compile(r'[a-z0-9_]+(/[a-z0-9_]+)*\Z')
_BINDING = re.compile(r'[a-z0-9_]+\Z')

_names = None


def builtin_names():
    """The names of the built-ins user code may load (`fs`, `fs/promises`, ...): every
    lib/**.js but the ones under internal/."""
    global _names
    if _names is None:
        found = set()
        for folder, dirs, files in os.walk(LIB):
            rel = os.path.relpath(folder, LIB).replace(os.sep, '/')
            for f in files:
                if f.endswith('.js'):
                    name = f[:-3] if rel == '.' else rel + '/' + f[:-3]
                    if _NAME.match(name) and not name.startswith('internal/'):
                        found.add(name)
        _names = frozenset(found)
    return _names


def _state(realm):
    state = getattr(realm, 'node_builtins', None)
    if state is None:
        state = realm.node_builtins = {'modules': {}, 'bindings': {}, 'require': None,
                                       'binding': None}
    return state


def load_builtin(realm, name):
    """The exports of built-in ``name`` in ``realm`` (evaluated on first use; a cycle
    between built-ins gets the partial exports, as require does)."""
    state = _state(realm)
    module = state['modules'].get(name)
    if module is not None:
        return module.get('exports')
    if not _NAME.match(name):
        raise JSThrow(realm.make_error('Error', 'No such built-in module: node:%s' % name))
    path = os.path.join(LIB, *name.split('/')) + '.js'
    try:
        source = read_source_file(path)
    except Exception:
        raise JSThrow(realm.make_error('Error', 'No such built-in module: node:%s' % name))
    module = realm.new_object()
    exports = realm.new_object()
    module.set('exports', exports)
    state['modules'][name] = module
    try:
        fn = function_from_body(realm, source, 'node:' + name,
                                ('exports', 'require', 'module', 'binding'))
        fn.call(exports, [exports, _internal_require(realm), module, _binding(realm)])
    except BaseException:
        del state['modules'][name]
        raise
    return module.get('exports')


def _internal_require(realm):
    state = _state(realm)
    if state['require'] is None:
        def require(this, args):
            name = to_string(args[0]) if args else 'undefined'
            if name.startswith('node:'):
                name = name[5:]
            return load_builtin(realm, name)
        state['require'] = NativeFunction(realm, require, 'require', 1)
    return state['require']


def load_binding(realm, name):
    """The host ops object of bindings/<name>.py in ``realm`` (built on first use)."""
    bindings = _state(realm)['bindings']
    obj = bindings.get(name)
    if obj is None:
        if not _BINDING.match(name):
            raise JSThrow(realm.make_error('Error', 'No such binding: %s' % name))
        try:
            module = importlib.import_module(__name__ + '.bindings.' + name)
        except ImportError:
            raise JSThrow(realm.make_error('Error', 'No such binding: %s' % name))
        obj = bindings[name] = module.create(realm)
        if not isinstance(obj, JSObject):
            raise TypeError('bindings.%s.create must return a JSObject' % name)
    return obj


def _binding(realm):
    state = _state(realm)
    if state['binding'] is None:
        def binding(this, args):
            return load_binding(realm, to_string(args[0]) if args else 'undefined')
        state['binding'] = NativeFunction(realm, binding, 'binding', 1)
    return state['binding']


__all__ = ['builtin_names', 'load_builtin', 'load_binding', 'LIB']

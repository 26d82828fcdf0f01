"""CommonJS as Node runs it: `require`, `module`, `exports`, `__filename`, `__dirname`,
`require.resolve`, `require.cache`, `require.main`, `module.children`; cycles get the
partial exports; JSON files; `require()` of an ES module without top-level await
(Node 22). A module's source is the body of
`function (exports, require, module, __filename, __dirname)` with `this` = exports,
compiled so that every token keeps its line and column (vm/script.function_from_body).

One CommonJS per realm (``commonjs_of(realm)``); the loader (loader.py) resolves and
reads for it."""
import os

from reflow.interp.vm.errors import JSErrorSignal, JSThrow, thrown_value
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import JSArray, JSObject
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.script import function_from_body
from reflow.interp.vm.values import NULL, UNDEFINED
from reflow.parser.chars import from_code_units, to_code_units

WRAPPER_PARAMS = ('exports', 'require', 'module', '__filename', '__dirname')


def commonjs_of(realm):
    state = getattr(realm, 'commonjs', None)
    if state is None:
        state = realm.commonjs = CommonJS(realm, realm.host.loader)
    return state


def node_error(realm, name, code, message):
    """An error as Node makes its own: ``name`` ('Error', 'TypeError') with ``code``."""
    err = realm.make_error(name, message)
    err.set('code', code)
    return err


class CommonJS:
    """The realm's CommonJS modules: ``cache`` is require.cache (filename -> module
    object; deleting an entry makes the next require load the file again)."""

    def __init__(self, realm, loader):
        self.realm = realm
        self.loader = loader
        self.cache = realm.new_object()
        self.main = UNDEFINED
        self.esm_facades = {}   # an ES module's record -> what require() gives for it

    # -- module objects -------------------------------------------------------------

    def new_module(self, filename, parent, main=False):
        from .files import node_module_paths
        realm = self.realm
        module = realm.new_object()
        name = to_code_units(filename)
        module.set('id', '.' if main else name)
        module.set('path', to_code_units(os.path.dirname(filename)))
        module.set('exports', realm.new_object())
        module.set('filename', name)
        module.set('loaded', False)
        module.set('children', realm.new_array([]))
        module.set('paths', realm.new_array(
            [to_code_units(p) for p in node_module_paths(os.path.dirname(filename))]))
        module.set('parent', parent if parent is not None else (UNDEFINED if main else NULL))
        return module

    def require_function(self, module, filename):
        """The `require` of the module at ``filename``."""
        realm = self.realm

        def require(this, args):
            return self.require(module, filename, _specifier(realm, args, 'id'))

        def resolve(this, args):
            spec = _specifier(realm, args, 'request')
            options = args[1] if len(args) > 1 else UNDEFINED
            paths = None
            if isinstance(options, JSObject):
                given = options.get('paths')
                if isinstance(given, JSArray):
                    paths = [from_code_units(to_string(given.get(str(i))))
                             for i in range(given.length)]
                elif given is not UNDEFINED:
                    raise JSThrow(node_error(realm, 'TypeError', 'ERR_INVALID_ARG_VALUE',
                                             "The property 'options.paths' is invalid."))
            resolution = self.loader.resolve_for_require(
                realm, spec, filename, self.require_stack(module), paths)
            if resolution.kind == 'builtin':
                return to_code_units(spec)
            return to_code_units(resolution.target)

        def resolve_paths(this, args):
            from .files import node_module_paths
            spec = _specifier(realm, args, 'request')
            if self.loader.is_builtin(spec):
                return NULL
            return realm.new_array([to_code_units(p) for p in
                                    node_module_paths(os.path.dirname(filename))])

        fn = NativeFunction(realm, require, 'require', 1)
        resolve_fn = NativeFunction(realm, resolve, 'resolve', 2)
        resolve_fn.set('paths', NativeFunction(realm, resolve_paths, 'paths', 1))
        fn.set('resolve', resolve_fn)
        fn.set('main', self.main)
        fn.set('cache', self.cache)
        return fn

    def require_stack(self, module):
        """The files of the requires that led to ``module``, innermost first."""
        stack = []
        while isinstance(module, JSObject) and len(stack) < 64:
            filename = module.get('filename')
            if type(filename) is str:
                stack.append(from_code_units(filename))
            module = module.get('parent')
        return stack

    # -- require ----------------------------------------------------------------------

    def require(self, parent, referrer, specifier):
        """`require(specifier)` in the module ``parent`` (the file ``referrer``)."""
        realm = self.realm
        resolution = self.loader.resolve_for_require(realm, specifier, referrer,
                                                     self.require_stack(parent))
        if resolution.kind == 'builtin':
            from ..node import load_builtin
            return load_builtin(realm, resolution.target)
        path = resolution.target
        cached = self.cache.get(to_code_units(path))
        if isinstance(cached, JSObject):
            _add_child(parent, cached)
            return cached.get('exports')
        self.loader.check_dynamic_load(realm, path, referrer, specifier)
        if resolution.format == 'module':
            return self.require_esm(path, referrer)
        module = self.load(path, parent, resolution.format)
        return module.get('exports') if isinstance(module, JSObject) else module

    def load(self, path, parent, format, source=None, main=False):
        """Run the CommonJS (or JSON) file at ``path`` as a new module object, put in
        require.cache first so that a cycle sees its partial exports; an ES module
        found by syntax detection is required as one (the module's namespace is
        returned then, not a module object)."""
        realm = self.realm
        if source is None:
            source = self.loader.read(realm, path, parent and self.require_stack(parent))
        module = self.new_module(path, parent, main)
        if main:
            self.main = module
        if format == 'json':
            return self._load_json(module, path, source, parent)
        program = self.loader.parse_commonjs(realm, path, source)
        if program is None:   # ES module syntax in an ambiguous .js file
            return self.require_esm(path, parent and parent.get('filename'))
        key = to_code_units(path)
        self.cache.set(key, module)
        _add_child(parent, module)
        require = self.require_function(module, path)
        module.set('require', require)
        try:
            # named as V8 shows the wrapper, called as a method of module.exports
            fn = function_from_body(realm, source, path, WRAPPER_PARAMS, program,
                                    'Object.<anonymous>')
            exports = module.get('exports')
            fn.call(exports, [exports, require, module, key,
                              to_code_units(os.path.dirname(path))])
        except BaseException:
            if self.cache.get(key) is module:   # Node forgets a module that threw
                self.cache.delete(key)
            raise
        module.set('loaded', True)
        return module

    def _load_json(self, module, path, source, parent):
        realm = self.realm
        key = to_code_units(path)
        self.cache.set(key, module)
        _add_child(parent, module)
        try:
            value = realm.intrinsics['JSON_parse'].call(UNDEFINED, [source])
        except (JSThrow, JSErrorSignal) as exc:
            # Node names the file: "/a/b.json: Unexpected token ..."
            self.cache.delete(key)
            error = thrown_value(realm, exc)
            message = error.get('message') if isinstance(error, JSObject) else ''
            raise JSThrow(realm.make_error('SyntaxError', '%s: %s' % (
                key, to_string(message))))
        module.set('exports', value)
        module.set('loaded', True)
        return module

    def require_esm(self, path, referrer):
        """`require()` of an ES module (Node 22): its graph is loaded, linked and
        evaluated at once; one with top-level await cannot be, and is an error."""
        from reflow.interp.vm.modules import (evaluate, get_namespace, link,
                                              load_module_record, synthetic_module)
        realm = self.realm
        record = load_module_record(realm, path, (), referrer, True)
        link(record)
        if _has_tla(record):
            raise JSThrow(node_error(
                realm, 'Error', 'ERR_REQUIRE_ASYNC_MODULE',
                'require() cannot be used on an ESM graph with top-level await. Use '
                'import() instead. To see where the top-level await comes from, use '
                '--experimental-print-required-tla.\n  From %s\n  Requiring %s'
                % (referrer, path)))
        promise = evaluate(record)
        if promise.state == 'rejected':
            promise.is_handled = True
            realm.track_rejection(promise, 'handle')
            raise JSThrow(promise.result)
        names = record.exported_names()
        namespace = get_namespace(record)
        if 'module.exports' in names:
            return namespace.get('module.exports')
        if 'default' not in names or '__esModule' in names:
            return namespace
        # Node 22: a namespace with a default export gets `__esModule: true`, so that
        # code transpiled from ESM takes its default as the default
        facade = self.esm_facades.get(record)
        if facade is None:
            values = {n: namespace.get(to_code_units(n)) for n in names}
            values['__esModule'] = True
            facade = self.esm_facades[record] = get_namespace(
                synthetic_module(realm, record.filename, values))
        return facade


def _has_tla(record, seen=None):
    seen = seen if seen is not None else set()
    if id(record) in seen or record.status == 'evaluated':
        return False
    seen.add(id(record))
    if record.has_tla:
        return True
    return any(_has_tla(r, seen) for r in record.loaded.values())


def _add_child(parent, module):
    if not isinstance(parent, JSObject):
        return
    children = parent.get('children')
    if isinstance(children, JSObject):
        n = int(children.get('length'))
        for i in range(n):
            if children.get(str(i)) is module:
                return
        children.set(str(n), module)


def _specifier(realm, args, what):
    value = args[0] if args else UNDEFINED
    if type(value) is not str:
        from reflow.builtins.console import inspect_safely
        raise JSThrow(node_error(
            realm, 'TypeError', 'ERR_INVALID_ARG_TYPE',
            'The "%s" argument must be of type string. Received %s' % (
                what, _received(realm, value, inspect_safely))))
    if value == '':
        raise JSThrow(node_error(realm, 'TypeError', 'ERR_INVALID_ARG_VALUE',
                                 "The argument '%s' must be a non-empty string. "
                                 "Received ''" % what))
    return from_code_units(value)


def _received(realm, value, inspect):
    if value is UNDEFINED or value is NULL:
        return inspect(realm, value)
    if isinstance(value, JSObject):
        return 'an instance of %s' % _class_name(value)
    return 'type %s (%s)' % (_type_name(value), inspect(realm, value))


def _class_name(obj):
    ctor = obj.get('constructor')
    name = ctor.get('name') if isinstance(ctor, JSObject) else None
    return to_string(name) if type(name) is str and name else 'Object'


def _type_name(value):
    if type(value) is bool:
        return 'boolean'
    if type(value) in (int, float):
        return 'number'
    from reflow.interp.vm.values import JSSymbol
    if type(value) is JSSymbol:
        return 'symbol'
    return 'bigint'


__all__ = ['CommonJS', 'commonjs_of', 'node_error', 'WRAPPER_PARAMS']

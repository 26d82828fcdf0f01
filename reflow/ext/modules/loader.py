"""The module loader of `reflow run` and JavascriptRuntime, as deno_core's ModuleLoader
is Deno's: the engine keeps module records, linking and evaluation
(reflow/interp/vm/modules.py); this resolves specifiers (resolution.py: Node's rules,
import maps first), reads files, and makes the record each kind needs:
- ES modules (.mjs, .js under `"type": "module"`, or a typeless .js whose syntax is
  a module's: Node 22's syntax detection) are Source Text Module Records;
- CommonJS files are Synthetic Module Records whose names are those the static
  analysis finds (cjs_exports.py) and `default` (= module.exports), set when the
  module runs, at its place in the graph's evaluation order;
- JSON (`with { type: 'json' }`) and Node's built-ins (`node:fs`, `fs`) likewise.

Permissions, as Deno applies them to code loading: the static graph of the entry (its
imports, and the `require('literal')`s of its CommonJS modules, transitively) and
everything under a node_modules folder load without read permission, being code the
user chose; an import() or require() of another local file needs read access to it."""
import os

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.values import UNDEFINED
from reflow.parser import JSSyntaxError
from reflow.parser.chars import from_code_units, to_code_units
from ..errors import PermissionDenied
from ..source_file import SourceFileError, read_source_file
from .cjs_exports import analyze
from .commonjs import commonjs_of, node_error
from .package_json import package_scope
from .errors import ResolutionError
from .languages import (AMBIGUOUS_EXTENSIONS, MODULE_EXTENSIONS, TYPESCRIPT_EXTENSIONS,
                        SourceParser)

BUILTIN_PREFIX = 'node:'


class ModuleLoader:
    """The loading rules of one runtime. ``import_map``: an import_map.ImportMap, applied
    to ES imports before Node's rules."""

    def __init__(self, import_map=None):
        self.import_map = import_map
        self._resolver = None
        self.graph = set()          # the files of the static graph
        self.literal_requires = {}  # a CommonJS file -> its require('literal') specifiers
        self.data = {}              # a data: URL -> (format, source)
        self.formats = {}           # a key -> the format its resolution gave
        # a file's path -> its CommonJS body, parsed before its load (entry_kind, an
        # ES import's analysis) and taken by parse_commonjs
        self.parsed = {}
        # the language of each file (TypeScript, JSX) and its tsconfig.json
        self.sources = SourceParser()
        # CoreRuntimeConfig(typescript=True): every file, whatever its name, is TypeScript
        self.typescript = False

    @property
    def resolver(self):
        """The Resolver, made on first use: a program that imports nothing does not
        load Node's resolution (or compile its patterns)."""
        if self._resolver is None:
            from ..node import builtin_names
            from .resolution import Resolver
            self._resolver = Resolver(builtin_names(), self.import_map,
                                      tsconfig_for=self._tsconfig_for)
        return self._resolver

    def _tsconfig_for(self, path):
        from .tsconfig import TSConfigError
        try:
            return self.sources.tsconfigs.for_file(path)
        except TSConfigError:
            return None     # loading the file reports it

    def parse(self, source, source_type, path, module_kind=None, **options):
        """``source`` parsed in the language of ``path`` (TypeScript, JSX or
        JavaScript); raises JSSyntaxError."""
        return self.sources.parse(source, source_type, path, self.typescript, module_kind,
                                  **options)

    def parse_module(self, realm, source, path):
        """An ES module's tree when reflow's loader parses it (TypeScript or JSX), or
        None (the engine parses JavaScript itself); a syntax error is thrown."""
        if not self.sources.needs_own_parse(path, self.typescript):
            return None
        try:
            return self.parse(source, 'module', path)
        except JSSyntaxError as exc:
            raise JSThrow(realm.make_error(exc.name, exc.js_message()))

    def is_builtin(self, specifier):
        name = specifier[len(BUILTIN_PREFIX):] if specifier.startswith(BUILTIN_PREFIX) \
            else specifier
        return name in self.resolver.builtins

    # -- resolution -----------------------------------------------------------------

    def resolve_import(self, realm, referrer, specifier, attributes, dynamic):
        """The engine's host hook: the key of the module an ES import names."""
        try:
            resolution = self.resolver.resolve_import(specifier, _file_of(referrer))
        except ResolutionError as exc:
            raise JSThrow(node_error(realm, 'Error', exc.code, exc.message))
        return self._key(resolution, specifier)

    def resolve_for_require(self, realm, specifier, referrer, require_stack, paths=None):
        """require's Resolution (``paths``: require.resolve's option), or Node's
        error thrown."""
        try:
            return self.resolver.resolve_require(specifier, _file_of(referrer),
                                                 require_stack, paths)
        except ResolutionError as exc:
            err = node_error(realm, 'Error', exc.code, exc.message)
            if exc.code == 'MODULE_NOT_FOUND':
                err.set('requireStack', realm.new_array(
                    [to_code_units(p) for p in require_stack]))
            raise JSThrow(err)

    def _key(self, resolution, specifier):
        if resolution.kind == 'builtin':
            return BUILTIN_PREFIX + resolution.target
        if resolution.kind == 'data':
            self.data[specifier] = (resolution.format, resolution.target)
            return specifier
        self.formats[resolution.target] = resolution.format
        return resolution.target

    # -- loading --------------------------------------------------------------------

    def load_import(self, realm, key, attributes, referrer, dynamic):
        """The engine's host hook: the Module Record for ``key``."""
        # (the engine's module records are loaded when a program has modules)
        from reflow.interp.vm.modules import json_module, parse_module_record
        kind = dict(attributes).get('type')
        if kind not in (None, 'json'):
            raise JSThrow(node_error(realm, 'TypeError', 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
                                     'Import attribute "type" with value "%s" is not '
                                     'supported' % kind))
        if key.startswith(BUILTIN_PREFIX):
            if kind is not None:
                raise _attribute_error(realm, key, kind, 'builtin')
            return self.builtin_module(realm, key[len(BUILTIN_PREFIX):])
        if key in self.data:
            format, source = self.data[key]
        else:
            format = self.formats.get(key)
            if format is None:   # a key the resolver did not give (a host's own)
                try:
                    format = self.resolver.format_of(key)
                except ResolutionError as exc:
                    raise JSThrow(node_error(realm, 'TypeError', exc.code, exc.message))
            if dynamic:
                self.check_dynamic_load(realm, key, referrer, None)
            else:
                self.graph.add(key)
            source = self.read(realm, key, [referrer] if referrer else [])
        if format == 'json' or kind == 'json':
            if kind != 'json':
                raise JSThrow(node_error(
                    realm, 'TypeError', 'ERR_IMPORT_ATTRIBUTE_MISSING',
                    'Module "%s" needs an import attribute of "type: json"'
                    % _url(key)))
            if format != 'json':
                raise _attribute_error(realm, key, kind, format)
            return json_module(realm, key, source)
        if format == 'commonjs':
            program = self.parse_commonjs(realm, key, source)
            if program is not None:
                return self.commonjs_module(realm, key, source, program)
        return parse_module_record(realm, source, key, self.parse_module(realm, source, key))

    def read(self, realm, path, require_stack):
        """The source text of ``path``; a missing or unreadable file is Node's error,
        naming the importing file."""
        try:
            return read_source_file(path)
        except SourceFileError as exc:
            where = ' imported from %s' % require_stack[0] if require_stack else ''
            if exc.kind == 'not-found':
                raise JSThrow(node_error(realm, 'Error', 'ERR_MODULE_NOT_FOUND',
                                         "Cannot find module '%s'%s" % (path, where)))
            if exc.kind == 'directory':
                raise JSThrow(node_error(realm, 'Error', 'ERR_UNSUPPORTED_DIR_IMPORT',
                                         "Directory import '%s' is not supported "
                                         "resolving ES modules%s" % (path, where)))
            raise JSThrow(realm.make_error('Error', "Cannot load module '%s'%s: %s" % (
                path, where, exc.reason)))

    def check_dynamic_load(self, realm, path, referrer, specifier):
        """A file that import() or require() loads: allowed in the static graph (a
        `require('literal')` of a file in it puts its target there), under a
        node_modules folder, or with read permission for it."""
        permissions = realm.host.permissions
        if permissions is None or path in self.graph or _in_node_modules(path):
            return
        referrer = _file_of(referrer)
        if specifier is not None and referrer in self.graph and \
                specifier in self.literal_requires.get(referrer, ()):
            self.graph.add(path)
            return
        from ..permissions import canonical_path
        try:
            permissions.check('read', canonical_path(path))
        except PermissionDenied as exc:
            if specifier is None:   # import(): Deno rejects with a TypeError
                raise JSThrow(realm.make_error('TypeError', str(exc)))
            from ..deno_namespace import js_permission_error
            raise JSThrow(js_permission_error(realm, exc))
        self.graph.add(path)

    def parse_commonjs(self, realm, path, source):
        """The CommonJS body of ``path`` parsed, or None when the file is a typeless
        .js whose syntax is a module's (Node 22's detection); a syntax error of a
        CommonJS file is thrown with its position."""
        program = self.parsed.pop(path, None)
        try:
            if program is None:
                program = self.parse(source, 'script', path,
                                     allow_return_outside_function=True,
                                     allow_new_target=True)
        except JSSyntaxError as exc:
            if self.is_ambiguous(path) and self.parses_as_module(source, path):
                return None
            try:
                program = self.typescript_as_commonjs(source, path)
            except JSSyntaxError as commonjs_error:
                exc, program = commonjs_error, None
            if program is None:
                raise JSThrow(realm.make_error(exc.name, exc.js_message()))
        if realm.host.permissions is not None and (path in self.graph or
                                                   _in_node_modules(path)):
            self.literal_requires[path] = analyze(source, path, program).requires
        return program

    def entry_kind(self, path, source, force_module, warn):
        """'module' or 'commonjs': how `reflow run` runs the file at ``path``, as Node
        22 decides (``force_module``: --module). A typeless .js that only parses as a
        module is one; under a package.json without "type" Node warns (``warn(text)``)."""
        if force_module or path.endswith(MODULE_EXTENSIONS):
            return 'module'
        if not path.endswith(AMBIGUOUS_EXTENSIONS):
            return 'commonjs'   # .cjs, .cts, .json; Node runs other extensions as CommonJS
        scope = package_scope(path)
        kind = scope[1].type if scope is not None else None
        if kind is not None:
            return kind
        try:
            # kept for parse_commonjs: the entry is parsed once
            self.parsed[path] = self.parse(source, 'script', path,
                                           allow_return_outside_function=True,
                                           allow_new_target=True)
            return 'commonjs'
        except JSSyntaxError:
            if not self.parses_as_module(source, path):
                return 'commonjs'   # running it reports the SyntaxError
        if scope is not None:
            warn('[MODULE_TYPELESS_PACKAGE_JSON] Warning: Module type of %s is not '
                 "specified and it doesn't parse as CommonJS.\nReparsing as ES module "
                 'because module syntax was detected. This incurs a performance '
                 'overhead.\nTo eliminate this warning, add "type": "module" to %s.'
                 % (_url(path), os.path.join(scope[0], 'package.json')))
        return 'module'

    def typescript_as_commonjs(self, source, path):
        """A TypeScript file that runs as CommonJS (.cts, or under "type": "commonjs")
        but is written with ES module syntax: its tree as `tsc --module commonjs` makes
        it (typescript_commonjs.py), or None when it is not that."""
        if not (self.typescript or path.endswith(TYPESCRIPT_EXTENSIONS)):
            return None
        from reflow.parser.typescript_lower_commonjs import CommonJSSyntaxError
        try:
            return self.parse(source, 'module', path, module_kind='commonjs')
        except CommonJSSyntaxError:
            raise       # module syntax CommonJS cannot have (top-level await, ...)
        except JSSyntaxError:
            return None     # the script's error is the one to report

    def parses_as_module(self, source, path):
        try:
            self.parse(source, 'module', path)
        except JSSyntaxError:
            return False
        return True

    def is_ambiguous(self, path):
        """A .js (.ts, .tsx, .jsx) file that no package.json "type" makes one kind or the other."""
        if not path.endswith(AMBIGUOUS_EXTENSIONS):
            return False
        scope = package_scope(path)
        return scope is None or scope[1].type is None

    # -- the kinds of record ----------------------------------------------------------

    def commonjs_module(self, realm, path, source, program):
        """A CommonJS file imported by an ES module: its names are known now (the static
        analysis, re-exports followed), their values once it has run."""
        from reflow.interp.vm.modules import set_synthetic_export, synthetic_module
        names = ['default']
        for name in self.cjs_export_names(realm, path, source, program, set()):
            if name not in names:
                names.append(name)

        def run(record):
            cjs = commonjs_of(realm)
            module = cjs.cache.get(to_code_units(path))
            if not isinstance(module, JSObject):
                module = cjs.load(path, None, 'commonjs', source)
            exports = module.get('exports')
            set_synthetic_export(record, 'default', exports)
            if isinstance(exports, JSObject):
                for name in names[1:]:
                    set_synthetic_export(record, name, exports.get(to_code_units(name)))
        record = synthetic_module(realm, path, dict.fromkeys(names, UNDEFINED), run)
        record.host_defined = CommonJSRecord()
        self.parsed[path] = program   # for the load that runs it: one parse, not two
        return record

    def cjs_export_names(self, realm, path, source, program, seen):
        seen.add(path)
        found = analyze(source, path, program)
        names = [n for n in found.names if n != 'default']
        for spec in found.reexports:
            try:
                target = self.resolver.resolve_require(spec, path, [path])
            except ResolutionError:
                continue   # the require itself reports it when the module runs
            if target.kind == 'builtin':
                exports = self.builtin_exports(realm, target.target)
                names += [from_code_units(k) for k in exports.own_property_keys()
                          if type(k) is str]
            elif target.kind == 'file' and target.target not in seen and \
                    target.format == 'commonjs':
                try:
                    text = read_source_file(target.target)
                    names += self.cjs_export_names(realm, target.target, text, None, seen)
                except SourceFileError:
                    continue
        return names

    def builtin_exports(self, realm, name):
        from ..node import load_builtin
        return load_builtin(realm, name)

    def builtin_module(self, realm, name):
        """`node:x` as an ES module: default is the built-in's exports, and each of its
        own properties is a named export."""
        from reflow.interp.vm.modules import synthetic_module
        exports = self.builtin_exports(realm, name)
        values = {'default': exports}
        if isinstance(exports, JSObject):
            for key in exports.own_property_keys():
                if type(key) is str and key != 'default':
                    values[from_code_units(key)] = exports.get(key)
        return synthetic_module(realm, BUILTIN_PREFIX + name, values)

    # -- import.meta ------------------------------------------------------------------

    def import_meta_properties(self, realm, record):
        """Node's import.meta: url, filename, dirname and resolve(specifier)."""
        path = record.filename
        props = [('url', to_code_units(_url(path)))]
        if not path.startswith(('data:', BUILTIN_PREFIX)):
            props.append(('dirname', to_code_units(os.path.dirname(path))))
            props.append(('filename', to_code_units(path)))

        def resolve(this, args):
            # Node's answer: the URL the module would have (no file is read, and a
            # missing file is its would-be URL), or the resolution's error
            from .commonjs import _specifier
            spec = _specifier(realm, args, 'specifier')
            try:
                return to_code_units(self.resolver.resolve_import(spec, _file_of(path)).url)
            except ResolutionError as exc:
                if exc.url is not None:
                    return to_code_units(exc.url)
                raise JSThrow(node_error(realm, 'Error', exc.code, exc.message))
        props.append(('resolve', NativeFunction(realm, resolve, 'resolve', 1)))
        return props


class CommonJSRecord:
    """The [[HostDefined]] of a CommonJS file's module record."""

    @staticmethod
    def missing_export_message(specifier, name, imported):
        """Node's SyntaxError for an import of a name the analysis did not find."""
        names = [n for n in imported if n != 'default'] or [name]
        return ("Named export '%s' not found. The requested module '%s' is a CommonJS "
                "module, which may not support all module.exports as named exports.\n"
                "CommonJS modules can always be imported via the default export, for "
                "example using:\n\nimport pkg from '%s';\nconst { %s } = pkg;\n"
                % (name, specifier, specifier, ', '.join(names)))


def _url(key):
    from .urls import path_to_file_url
    return key if key.startswith(('data:', BUILTIN_PREFIX)) else path_to_file_url(key).href


def _file_of(referrer):
    """The importing file's absolute path (a script named `t.js` is one in the
    current directory), or None for code with no file (the REPL, eval)."""
    if not referrer or referrer.startswith(('<', '[', BUILTIN_PREFIX, 'data:')):
        return None
    return os.path.abspath(referrer)


def _in_node_modules(path):
    return (os.sep + 'node_modules' + os.sep) in path


def _attribute_error(realm, key, kind, format):
    return JSThrow(node_error(realm, 'TypeError', 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE',
                              'Module "%s" is not of type "%s"' % (_url(key), kind)))


__all__ = ['ModuleLoader', 'BUILTIN_PREFIX']

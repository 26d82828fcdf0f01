"""tsconfig.json, as reflow reads it: the nearest one above a TypeScript (or JSX) file,
its `extends` chain followed, and only the compilerOptions that change what the file
means when run (reflow erases types; it checks nothing, as Deno and Node do):
- experimentalDecorators, useDefineForClassFields (tsc's default follows `target`:
  true from ES2022 on; with no `target` reflow takes true, as Deno does, since it runs
  the file as ES2022+), verbatimModuleSyntax;
- jsx, jsxFactory, jsxFragmentFactory, jsxImportSource;
- paths and baseUrl, for module resolution (typescript_resolution.py).
ES module syntax in a file run as CommonJS always goes as with esModuleInterop (which
Node's own CommonJS interop matches).
Other options are ignored. A tsconfig.json that does not parse is an error naming the
file, as tsc's is. The search stops at a node_modules folder: a package's own files
never take the application's options."""
import json
import os

from reflow.parser import TSOptions
from .import_map import strip_jsonc

CONFIG_NAME = 'tsconfig.json'
# targets before ES2022, where tsc's useDefineForClassFields defaults to false
_OLD_TARGETS = frozenset(('es3', 'es5', 'es6', 'es2015', 'es2016', 'es2017', 'es2018',
                          'es2019', 'es2020', 'es2021'))
_JSX_MODES = frozenset(('react', 'react-jsx', 'react-jsxdev', 'preserve', 'react-native'))


class TSConfigError(Exception):
    """A tsconfig.json that cannot be read or parsed (the message names the file)."""


class TSConfig:
    """The emit-relevant options of one tsconfig.json (its `extends` merged in).
    ``options`` is the TSOptions; ``paths`` ({pattern: [targets]}) and ``paths_base``
    (the folder targets are relative to) or None; ``path`` the file."""
    __slots__ = ('path', 'options', 'paths', 'paths_base', 'base_url')

    def __init__(self, path, compiler_options, bases):
        self.path = path
        opts = compiler_options
        target = opts.get('target')
        define = opts.get('useDefineForClassFields')
        if not isinstance(define, bool):
            define = not (isinstance(target, str) and target.lower() in _OLD_TARGETS)
        jsx = opts.get('jsx')
        jsx = jsx.lower() if isinstance(jsx, str) and jsx.lower() in _JSX_MODES else 'react'
        if jsx in ('preserve', 'react-native'):
            jsx = 'react'   # there is no later tool to hand the JSX to: run it classic
        self.options = TSOptions(
            experimental_decorators=opts.get('experimentalDecorators') is True,
            use_define_for_class_fields=define,
            verbatim_module_syntax=opts.get('verbatimModuleSyntax') is True,
            jsx=jsx,
            jsx_factory=_string(opts.get('jsxFactory'), 'React.createElement'),
            jsx_fragment_factory=_string(opts.get('jsxFragmentFactory'), 'React.Fragment'),
            jsx_import_source=_string(opts.get('jsxImportSource'), 'react'))
        # baseUrl and paths are relative to the config that sets them (tsc: paths
        # without baseUrl are relative to the tsconfig holding `paths`)
        base_url = opts.get('baseUrl')
        self.base_url = (os.path.normpath(os.path.join(bases['baseUrl'], base_url))
                         if isinstance(base_url, str) else None)
        paths = opts.get('paths')
        if isinstance(paths, dict):
            self.paths = {k: [t for t in v if isinstance(t, str)]
                          for k, v in paths.items() if isinstance(v, list)}
            self.paths_base = self.base_url or bases['paths']
        else:
            self.paths = None
            self.paths_base = None

    def __repr__(self):
        return 'TSConfig(%r)' % self.path


def _string(value, default):
    return value if isinstance(value, str) and value else default


def _read_json(path):
    try:
        with open(path, encoding='utf-8-sig') as f:
            text = f.read()
    except OSError as exc:
        raise TSConfigError('cannot read %s: %s' % (path, exc.strerror or exc)) from None
    try:
        data = json.loads(strip_jsonc(text))
    except ValueError as exc:
        raise TSConfigError('%s is not valid JSON: %s' % (path, exc)) from None
    if not isinstance(data, dict):
        raise TSConfigError('%s: the top level must be an object' % path)
    return data


def _extended_path(name, folder):
    """The file an `extends` entry names: a path (with or without .json), or a
    package's file found in node_modules, as tsc looks it up."""
    if name.startswith(('./', '../', '/')) or os.path.isabs(name):
        path = os.path.normpath(os.path.join(folder, name))
        return path if os.path.isfile(path) or path.endswith('.json') else path + '.json'
    directory = folder
    while True:
        candidate = os.path.join(directory, 'node_modules', name)
        for path in (candidate, candidate + '.json', os.path.join(candidate, CONFIG_NAME)):
            if os.path.isfile(path):
                return path
        parent = os.path.dirname(directory)
        if parent == directory:
            raise TSConfigError("cannot find the tsconfig '%s' that a tsconfig.json in "
                                '%s extends' % (name, folder))
        directory = parent


def _compiler_options(path, seen):
    """The merged compilerOptions of ``path`` and what it extends, and for baseUrl and
    paths the folder of the config that set each."""
    if path in seen:
        raise TSConfigError('%s: its `extends` chain is circular' % path)
    seen = seen | {path}
    data = _read_json(path)
    folder = os.path.dirname(path)
    options, bases = {}, {'baseUrl': folder, 'paths': folder}
    extends = data.get('extends')
    for name in ([extends] if isinstance(extends, str) else
                 extends if isinstance(extends, list) else []):
        if isinstance(name, str):
            base_options, base_bases = _compiler_options(_extended_path(name, folder), seen)
            options.update(base_options)
            bases.update(base_bases)
    own = data.get('compilerOptions')
    if isinstance(own, dict):
        options.update(own)
        for key in ('baseUrl', 'paths'):
            if key in own:
                bases[key] = folder
    return options, bases


class TSConfigFinder:
    """The nearest tsconfig.json of each folder, read once per finder."""

    def __init__(self):
        self._by_folder = {}    # folder -> TSConfig or None

    def for_file(self, path):
        """The TSConfig of the nearest tsconfig.json above ``path``, or None."""
        folder = os.path.dirname(os.path.abspath(path))
        missed = []
        found = None
        while True:
            if folder in self._by_folder:
                found = self._by_folder[folder]
                break
            if os.path.basename(folder) == 'node_modules':
                break
            missed.append(folder)
            candidate = os.path.join(folder, CONFIG_NAME)
            if os.path.isfile(candidate):
                options, bases = _compiler_options(candidate, frozenset())
                found = TSConfig(candidate, options, bases)
                break
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
        for folder in missed:
            self._by_folder[folder] = found
        return found


__all__ = ['TSConfig', 'TSConfigError', 'TSConfigFinder', 'CONFIG_NAME']

"""Node's CommonJS resolution: require(X) from module at path Y (doc/api/modules.md
"All together": LOAD_AS_FILE, LOAD_INDEX, LOAD_AS_DIRECTORY, LOAD_NODE_MODULES,
LOAD_PACKAGE_EXPORTS, LOAD_PACKAGE_IMPORTS, LOAD_PACKAGE_SELF), as
lib/internal/modules/cjs/loader.js implements it (Module._resolveFilename and
Module._findPath). The package.json "exports" and "imports" steps are esm.py's.
Not searched: NODE_PATH and the global folders ($HOME/.node_modules, ...)."""
import os
import posixpath
import re

from .errors import ResolutionError
from .esm import (ENCODED_SEPARATOR, invalid_module_specifier, is_relative_specifier,
                  package_exports_resolve, package_imports_resolve)
from .files import node_module_paths
from .node_builtins import is_bare_builtin
from .urls import file_url_to_path, path_to_file_url

# Module._extensions, in the order LOAD_AS_FILE tries them
EXTENSIONS = ('.js', '.json', '.node')
# a package name (maybe scoped) and the subpath after it, for LOAD_PACKAGE_EXPORTS
EXPORTS_PATTERN = re.compile(r'((?:@[^/\\%]+/)?[^./\\%][^/\\%]*)(/.*)?')


def cannot_find(request, require_stack=()):
    """The MODULE_NOT_FOUND error of require, with the require stack when known."""
    message = "Cannot find module '%s'" % request
    if require_stack:
        message += '\nRequire stack:\n- ' + '\n- '.join(require_stack)
    return ResolutionError('MODULE_NOT_FOUND', message)


def has_trailing_slash(request):
    """Module._findPath's test: the request names a folder ("x/", ".", "..", "x/.")."""
    return (request.endswith('/') or request in ('.', '..')
            or request.endswith(('/.', '/..')))


class CommonJSResolution:
    """require.resolve's algorithm over a Resolver's caches: ``resolve`` answers
    ('builtin', name) or ('file', real path)."""

    def __init__(self, resolver, conditions):
        self.r = resolver
        self.files = resolver.files
        self.packages = resolver.packages
        self.conditions = conditions

    def resolve(self, request, parent, require_stack=(), paths=None):
        """Module._resolveFilename(request) from the module file ``parent`` (a folder,
        with a trailing slash, for require from no file); ``paths``: the folders of
        require.resolve's option, in place of the parent's."""
        if request.startswith('node:'):
            return 'builtin', request[5:]
        if is_bare_builtin(request):
            return 'builtin', request
        parent_dir = parent[:-1] if parent.endswith('/') else os.path.dirname(parent)
        parent_dir = parent_dir or '/'
        searches_node_modules = (not request.startswith('.')
                                 or (len(request) > 1 and request[1] not in './'))
        if paths is not None:
            if request.startswith(('./', '../')):
                paths = list(paths)
            else:
                # each folder's own lookup paths, once each, in order
                lookup = []
                for folder in paths:
                    for path in (node_module_paths(folder) if searches_node_modules
                                 else [folder]):
                        if path not in lookup:
                            lookup.append(path)
                paths = lookup
        elif searches_node_modules:
            paths = node_module_paths(parent_dir)
        else:
            paths = [parent_dir]
        if request.startswith('#'):
            found = self.load_package_imports(request, parent)
            if found is not None:
                return found
        found = self.load_package_self(request, parent)
        if found is None:
            found = self.find_path(request, paths)
        if found is None:
            raise cannot_find(request, require_stack)
        return found

    def finalize_esm_resolution(self, url, parent, package_dir):
        """finalizeEsmResolution: the file an "exports" or "imports" match names must
        exist (no extension is added)."""
        if url.scheme == 'node':
            return 'builtin', url.pathname
        if ENCODED_SEPARATOR.search(url.href):
            raise invalid_module_specifier(
                url.href, 'must not include encoded "/" or "\\" characters', parent)
        filename = file_url_to_path(url)
        actual = self.try_file(filename) if filename is not None else None
        if actual is None:
            raise cannot_find(filename)
        return 'file', actual

    def load_package_imports(self, request, parent):
        """LOAD_PACKAGE_IMPORTS: a "#name" through the "imports" of the parent's
        package (None when that package has no "imports": the search goes on)."""
        scope = self.packages.package_scope(parent)
        if scope is None or scope[1].imports is None:
            return None
        try:
            url = package_imports_resolve(self.r, request, path_to_file_url(parent),
                                          self.conditions)
        except ResolutionError as error:
            if error.code == 'ERR_MODULE_NOT_FOUND':
                raise cannot_find(request) from None
            raise
        return self.finalize_esm_resolution(url, parent, scope[0])

    def load_package_self(self, request, parent):
        """LOAD_PACKAGE_SELF: the parent's own package by its name, through "exports"."""
        scope = self.packages.package_scope(parent)
        if scope is None:
            return None
        directory, config = scope
        if config.exports is None or config.name is None:
            return None
        if request == config.name:
            subpath = '.'
        elif request.startswith(config.name + '/'):
            subpath = '.' + request[len(config.name):]
        else:
            return None
        try:
            url = package_exports_resolve(self.r, path_to_file_url(config.path), subpath,
                                          config, path_to_file_url(parent), self.conditions)
        except ResolutionError as error:
            if error.code == 'ERR_MODULE_NOT_FOUND':
                raise cannot_find(request) from None
            raise
        return self.finalize_esm_resolution(url, parent, directory)

    def load_package_exports(self, request, modules_dir):
        """LOAD_PACKAGE_EXPORTS: NAME/SUBPATH in ``modules_dir`` through the package's
        "exports" (None when it has none: the file and folder lookups go on)."""
        match = EXPORTS_PATTERN.fullmatch(request)
        if match is None:
            return None
        name, subpath = match.group(1), match.group(2) or ''
        package_dir = os.path.normpath(os.path.join(modules_dir, name))
        config = self.packages.read_dir(package_dir)
        if config is None or config.exports is None:
            return None
        try:
            url = package_exports_resolve(
                self.r, path_to_file_url(os.path.join(package_dir, 'package.json')),
                '.' + subpath, config, None, self.conditions)
        except ResolutionError as error:
            if error.code == 'ERR_MODULE_NOT_FOUND':
                raise cannot_find(request) from None
            raise
        return self.finalize_esm_resolution(url, None, package_dir)

    def find_path(self, request, paths):
        """Module._findPath: in each of ``paths``, the package's "exports", then
        LOAD_AS_FILE and LOAD_AS_DIRECTORY."""
        absolute = request.startswith('/')
        if absolute:
            paths = ['']
        trailing_slash = has_trailing_slash(request)
        # a request that stays inside its folder cannot be found in a missing one
        inside = not (is_relative_specifier(request)
                      and posixpath.normpath(request).startswith('..'))
        for current in paths:
            if inside and current and self.files.kind(current) != 'dir':
                continue
            if not absolute:
                found = self.load_package_exports(request, current)
                if found is not None:
                    return found
            base = os.path.normpath(os.path.join(current or os.getcwd(), request))
            kind = self.files.kind(base)
            filename = None
            if not trailing_slash:
                if kind == 'file':
                    filename = self.files.realpath(base)
                else:
                    filename = self.try_extensions(base)
            if filename is None and kind == 'dir':
                filename = self.load_as_directory(base)
            if filename is not None:
                return 'file', filename
        return None

    def try_file(self, path):
        """The real path of ``path`` if it is a file, else None."""
        if self.files.kind(path) == 'file':
            return self.files.realpath(path)
        return None

    def try_extensions(self, path):
        """LOAD_AS_FILE's extension steps: ``path`` + .js, .json, .node."""
        for extension in EXTENSIONS:
            found = self.try_file(path + extension)
            if found is not None:
                return found
        return None

    def load_as_directory(self, path):
        """LOAD_AS_DIRECTORY (Node's tryPackage): "main" of path/package.json as a file
        or a folder with an index, else path/index.js, .json, .node."""
        config = self.packages.read_dir(path)
        main = config.main if config is not None else None
        index = os.path.join(path, 'index')
        if not main:
            return self.try_extensions(index)
        filename = os.path.normpath(os.path.join(path, main))
        actual = (self.try_file(filename) or self.try_extensions(filename)
                  or self.try_extensions(os.path.join(filename, 'index')))
        if actual is None:
            # Node falls back to the index (warning DEP0128 about the "main")
            actual = self.try_extensions(index)
            if actual is None:
                raise ResolutionError(
                    'MODULE_NOT_FOUND',
                    "Cannot find module '%s'. Please verify that the package.json has a "
                    'valid "main" entry' % filename)
        return actual

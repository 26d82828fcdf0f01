"""Module resolution as Node 22 and Deno do it: what file (or built-in, or data: URL
source) a specifier names, and in which format it runs. ``Resolver.resolve_import`` is
ESM's (import, import(), import.meta.resolve: an import map first, as Deno has it, then
Node's ESM_RESOLVE in esm.py); ``Resolver.resolve_require`` is require's (cjs.py).
``npm:name@range/sub`` specifiers resolve from node_modules, the installed version
checked against the range. Pure Python: the loader reads, checks permissions and runs."""
import base64
import binascii
import collections
import os
import posixpath
import re

from .cjs import CommonJSResolution
from .files import node_module_paths
from .errors import ResolutionError
from .esm import (base_path, finalize_resolution, find_package_dir, is_path_like,
                  is_relative_specifier, js_string, module_resolve, url_path)
from .files import FileCache
from .node_builtins import NODE_BUILTINS, SCHEME_ONLY_BUILTINS, is_builtin
from .package_json import PackageJsonReader
from .urls import file_url_to_path, parse_url, path_to_file_url
from . import typescript_resolution
from .languages import (AMBIGUOUS_EXTENSIONS, COMMONJS_EXTENSIONS, MODULE_EXTENSIONS)

__all__ = ('Resolution', 'ResolutionError', 'Resolver', 'NODE_BUILTINS',
           'SCHEME_ONLY_BUILTINS', 'ESM_CONDITIONS', 'REQUIRE_CONDITIONS')

# kind: 'builtin' (target: its name, without "node:"), 'file' (target: the real path)
# or 'data' (target: the decoded source of a data: URL); format: 'module', 'commonjs',
# 'json' or 'builtin'; url: the module's URL as Node keys it (node:fs, the file: URL of
# the real path with the specifier's query and fragment, the data: URL), which
# import.meta.resolve answers
Resolution = collections.namedtuple('Resolution', 'kind target format url')

# Node 22's default conditions, without "node-addons" (as `node --no-addons` has them:
# reflow cannot load a native addon, so a package's fallback for it is the one to take)
ESM_CONDITIONS = frozenset(('node', 'import', 'module-sync'))
REQUIRE_CONDITIONS = frozenset(('node', 'require', 'module-sync'))

# Node's getSource and mimeToFormat for data: URLs
DATA_URL = re.compile(r'([^/]+/[^,;]+)(?:[^,]*?)(;base64)?,(.*)', re.S)
JAVASCRIPT_MIME = re.compile(r'\s*(text|application)/javascript\s*(;\s*charset=utf-?8\s*)?',
                             re.I)
# npm:name@range/subpath (Deno's form; a leading slash, as import maps write it, too)
NPM_SPECIFIER = re.compile(r'npm:/?((?:@[^/@]+/)?[^/@]+)(?:@([^/]*))?(/.*)?', re.S)
DIST_TAG = re.compile(r'[A-Za-z][\w.-]*')


class Resolver:
    """Resolves specifiers for one runtime. ``builtins``: the names (without "node:")
    of the built-in modules reflow provides; ``import_map``: an ImportMap applied to
    ESM specifiers first; ``cwd``: the folder a specifier from no file resolves from
    (default: the process's at each call); ``tsconfig_for``: path -> the TSConfig of a
    TypeScript file (its `paths` and `baseUrl`), or None. What a specifier resolved to, and answers
    about files and package.json files, are kept for the resolver's life, as Node's
    caches keep them (a failed resolution, or a missing file, is looked for again)."""

    def __init__(self, builtins, import_map=None, cwd=None, tsconfig_for=None):
        self.builtins = frozenset(builtins)
        self.tsconfig_for = tsconfig_for
        self.import_map = import_map
        self._cwd = cwd
        self.files = FileCache()
        self.packages = PackageJsonReader()
        self._require = CommonJSResolution(self, REQUIRE_CONDITIONS)
        self._resolved = {}     # (mode, specifier, referrer, cwd) -> Resolution

    def clear_caches(self):
        """Forget every resolution, file and package.json seen (for a program that
        rewrites them)."""
        self._resolved.clear()
        self.files.clear()
        self.packages = PackageJsonReader()
        self._require.packages = self.packages

    def cwd(self):
        return self._cwd or os.getcwd()

    # ---- ESM

    def resolve_import(self, specifier, referrer=None):
        """The Resolution of an ESM ``specifier`` imported from the file ``referrer``
        (an absolute path, a data: or file: URL, or None for the cwd)."""
        key = ('import', specifier, referrer, referrer is None and self.cwd())
        resolution = self._resolved.get(key)
        if resolution is None:
            resolution = self._resolved[key] = self._resolve_import(specifier, referrer)
        return resolution

    def _resolve_import(self, specifier, referrer):
        base = self._base_url(referrer)
        if self.import_map is not None:
            mapped = self.import_map.resolve(specifier, base.href)
            if mapped is not None:
                return self._resolve_mapped(mapped, specifier, base)
        return self._resolve_esm(specifier, base)

    def _base_url(self, referrer):
        if referrer is None:
            return path_to_file_url(self.cwd().rstrip('/') + '/')
        if referrer.startswith(('data:', 'file:')):
            return parse_url(referrer)
        return path_to_file_url(referrer)

    def _resolve_esm(self, specifier, base):
        # Node's defaultResolve: a data: or node: URL as it is, else ESM_RESOLVE
        url = parse_url(specifier, base) if is_path_like(specifier) else parse_url(specifier)
        if url is not None and url.scheme in ('data', 'node', 'npm'):
            return self._from_url(url, specifier, base)
        referrer = url_path(base) if base.scheme == 'file' else None
        typescript = typescript_resolution.applies(referrer)
        if typescript and typescript_resolution.is_bare(specifier) and \
                not is_builtin(specifier):
            found = self._typescript_bare(specifier, referrer)
            if found is not None:
                return found
        try:
            resolved = module_resolve(self, specifier, base, ESM_CONDITIONS)
        except ResolutionError as error:
            if (error.code in ('ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT')
                    and typescript and not typescript_resolution.is_bare(specifier)):
                found = typescript_resolution.resolve_relative(self.files, specifier,
                                                               referrer)
                if found is not None:
                    return self._file(found)
            if (error.code in ('ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT')
                    and base.scheme == 'file'):
                hint = self._commonjs_hint(specifier, base)
                if hint is not None:
                    raise ResolutionError(error.code, '%s\nDid you mean to import %s?'
                                          % (error.message, js_string(hint)),
                                          error.url) from None
            raise
        return self._from_url(resolved, specifier, base)

    def _from_url(self, url, specifier, base):
        """The Resolution of a resolved URL (a file: one already checked and real)."""
        scheme = url.scheme
        if scheme == 'file':
            path = file_url_to_path(url)
            try:
                return Resolution('file', path, self.format_of(path), url.href)
            except ResolutionError as error:
                raise ResolutionError(error.code, error.message, url.href) from None
        if scheme == 'node':
            return self._builtin(url.pathname)
        if scheme == 'data':
            return data_url_resolution(url)
        if scheme == 'npm':
            return self._resolve_npm(url.href, base, esm=True)
        if scheme in ('http', 'https'):
            raise ResolutionError(
                'ERR_UNSUPPORTED_ESM_URL_SCHEME',
                "Cannot import '%s' from %s: reflow does not download modules at run time "
                '(%s: URLs are not supported); save the module next to your code, or '
                'install its package into node_modules' % (url.href, base_path(base), scheme),
                url.href)
        raise ResolutionError(
            'ERR_UNSUPPORTED_ESM_URL_SCHEME',
            'Only URLs with a scheme in: file, data, node, and npm are supported by the '
            "default ESM loader. Received protocol '%s:'" % scheme, url.href)

    def _file(self, path, for_require=False):
        return Resolution('file', path, self.format_of(path, for_require),
                          path_to_file_url(path).href)

    def _typescript_bare(self, specifier, referrer, for_require=False):
        """A bare specifier from a TypeScript file through its tsconfig.json's
        `paths` and `baseUrl` (typescript_resolution.py), or None."""
        if self.tsconfig_for is None:
            return None
        found = typescript_resolution.resolve_bare(self.files, self.tsconfig_for(referrer),
                                                   specifier)
        return self._file(found, for_require) if found is not None else None

    def _commonjs_hint(self, specifier, base):
        """What require would have found (decorateErrorWithCommonJSHints), written as
        the import to use instead: './x.js', 'pkg/x.js' or an absolute path."""
        if specifier.startswith('file://'):
            url = parse_url(specifier)
            specifier = file_url_to_path(url) if url is not None else None
            if specifier is None:
                return None
        try:
            kind, found = self._require.resolve(specifier, url_path(base))
        except ResolutionError:
            return None
        if kind != 'file':
            return None
        if is_relative_specifier(specifier):
            parent = base.pathname[:base.pathname.rfind('/')] or '/'
            relative = posixpath.relpath(path_to_file_url(found).pathname, parent)
            return relative if relative.startswith('../') else './' + relative
        if specifier and specifier[0] not in '/.':
            slash = specifier.find('/')
            package = specifier if slash == -1 else specifier[:slash]
            needle = '/node_modules/%s/' % package
            at = found.rfind(needle)
            if at == -1:
                return path_to_file_url(found).href
            inside = found[at + len(needle):].split('/')
            import urllib.parse   # on first use: not every start needs it
            return package + '/' + '/'.join(
                urllib.parse.quote(part, safe="-_.!~*'()") for part in inside)
        return found

    def _resolve_mapped(self, mapped, specifier, base):
        """Resolve what the import map turned ``specifier`` into (a URL string)."""
        url = parse_url(mapped)
        if url.scheme == 'npm':
            return self._resolve_npm(mapped, base, esm=True)
        if url.scheme == 'file':
            try:
                url = finalize_resolution(self, url, base)
            except ResolutionError as error:
                raise ResolutionError(error.code, "%s (the import map maps '%s' to %s)"
                                      % (error.message, specifier, mapped), error.url) from None
        return self._from_url(url, specifier, base)

    # ---- require

    def resolve_require(self, specifier, referrer, require_stack=(), paths=None):
        """The Resolution of require(``specifier``) (or require.resolve) from the file
        ``referrer`` (None: the cwd); ``require_stack``, the paths of the requiring
        modules, innermost first, is what a MODULE_NOT_FOUND message lists; ``paths``:
        require.resolve's option, the folders to search from instead of the referrer's
        (imports and self-reference still go by the referrer, as in Node)."""
        paths = tuple(paths) if paths is not None else None
        key = ('require', specifier, referrer, referrer is None and self.cwd(), paths)
        resolution = self._resolved.get(key)
        if resolution is None:
            resolution = self._resolve_require(specifier, referrer, require_stack, paths)
            self._resolved[key] = resolution
        return resolution

    def node_module_paths(self, directory):
        """The node_modules folders require searches from ``directory``
        (require.resolve.paths, Module._nodeModulePaths)."""
        return node_module_paths(directory)

    def _resolve_require(self, specifier, referrer, require_stack, paths=None):
        if specifier == '':
            raise ResolutionError('ERR_INVALID_ARG_VALUE',
                                  "The argument 'id' must be a non-empty string. Received ''")
        parent = referrer if referrer is not None else self.cwd().rstrip('/') + '/'
        if specifier.startswith('npm:'):
            return self._resolve_npm(specifier, parent, esm=False, require_stack=require_stack)
        typescript = typescript_resolution.applies(referrer)
        if typescript and typescript_resolution.is_bare(specifier) and \
                not is_builtin(specifier):
            found = self._typescript_bare(specifier, referrer, for_require=True)
            if found is not None:
                return found
        try:
            kind, target = self._require.resolve(specifier, parent, tuple(require_stack),
                                                 paths)
        except ResolutionError as error:
            found = None
            if error.code == 'MODULE_NOT_FOUND' and typescript and \
                    not typescript_resolution.is_bare(specifier):
                found = typescript_resolution.resolve_relative(self.files, specifier,
                                                               referrer)
            if found is None:
                raise
            kind, target = 'file', found
        if kind == 'builtin':
            return self._builtin(target)
        if target.endswith('.node'):
            raise ResolutionError(
                'ERR_DLOPEN_FAILED',
                'Cannot load native addon %s (required from %s): reflow cannot load native '
                'addons (.node files); a package that offers a JavaScript or WebAssembly '
                'build works when that build is the one required' % (target, parent))
        return Resolution('file', target, self.format_of(target, for_require=True),
                          path_to_file_url(target).href)

    # ---- formats and built-ins

    def format_of(self, path, for_require=False):
        """The format a file runs in (ESM_FILE_FORMAT): .mjs module, .cjs commonjs,
        .json json, .js and extensionless by the nearest package.json "type" (else
        commonjs; Node 22 then looks for module syntax, which is the loader's part).
        Another extension is ERR_UNKNOWN_FILE_EXTENSION for ESM. require runs every
        file but .mjs and .json as CommonJS except a .js under "type": "module" (Node's
        Module._extensions: the package type is read for .js names only). TypeScript
        and JSX files go as JavaScript's: .mts as .mjs, .cts as .cjs, .ts, .tsx and
        .jsx as .js (Node 23's type stripping does so for TypeScript)."""
        extension = os.path.splitext(os.path.basename(path))[1]
        if extension in MODULE_EXTENSIONS:
            return 'module'
        if extension in COMMONJS_EXTENSIONS:
            return 'commonjs'
        if extension == '.json':
            return 'json'
        if extension in AMBIGUOUS_EXTENSIONS or (extension == '' and not for_require):
            return self.package_type(path) or 'commonjs'
        if for_require:
            return 'commonjs'
        raise ResolutionError('ERR_UNKNOWN_FILE_EXTENSION',
                              'Unknown file extension "%s" for %s' % (extension, path))

    def package_type(self, path):
        """The "type" of the package.json whose scope ``path`` is in: 'module',
        'commonjs', or None (no package.json, or no "type": Node 22 then detects
        module syntax in a .js file)."""
        scope = self.packages.package_scope(path)
        return scope[1].type if scope is not None else None

    def _builtin(self, name):
        url = 'node:' + name
        if name in self.builtins and (is_builtin(name) or name not in NODE_BUILTINS):
            return Resolution('builtin', name, 'builtin', url)
        message = 'No such built-in module: %s' % url
        if is_builtin(name):
            message += ' (reflow does not provide it)'
        raise ResolutionError('ERR_UNKNOWN_BUILTIN_MODULE', message, url)

    # ---- npm: specifiers

    def _resolve_npm(self, specifier, importer, esm, require_stack=()):
        """``npm:name@range/sub`` as the bare ``name/sub``, once the package found in
        node_modules is checked against the range. ``importer``: the base URL (ESM) or
        the requiring file's path."""
        importer_path = base_path(importer)
        match = NPM_SPECIFIER.fullmatch(specifier)
        if match is None:
            raise ResolutionError(
                'ERR_INVALID_MODULE_SPECIFIER',
                'Invalid module "%s" is not a valid npm: specifier (npm:name@range/subpath) '
                'imported from %s' % (specifier, importer_path))
        name, wanted, subpath = match.group(1), match.group(2), match.group(3) or ''
        not_found = 'ERR_MODULE_NOT_FOUND' if esm else 'MODULE_NOT_FOUND'
        package_dir = find_package_dir(self, name, importer_path)
        install = 'npm install %s%s' % (name, '@' + wanted if wanted else '')
        if package_dir is None:
            raise ResolutionError(
                not_found,
                "Cannot find package '%s' for '%s' imported from %s: it is not installed in a "
                'node_modules folder there or above (reflow does not download packages); '
                'run `%s`' % (name, specifier, importer_path, install))
        if wanted:
            self._check_npm_version(specifier, name, wanted, package_dir, importer_path,
                                    not_found, install)
        bare = name + subpath
        if esm:
            return self._resolve_esm(bare, importer)
        return self._resolve_require(bare, importer, require_stack)

    def _check_npm_version(self, specifier, name, wanted, package_dir, importer_path,
                           not_found, install):
        if DIST_TAG.fullmatch(wanted):
            return      # a dist-tag ("latest", "next"): no version to compare with
        try:
            # imported here: it imports importlib.metadata, ~40 ms of every start
            from semantic_version import NpmSpec, Version
            spec = NpmSpec(wanted)
        except ValueError:
            raise ResolutionError(
                'ERR_INVALID_MODULE_SPECIFIER',
                'Invalid module "%s" has an invalid version range "%s" imported from %s'
                % (specifier, wanted, importer_path)) from None
        config = self.packages.read_dir(package_dir, specifier, importer_path)
        found = config.version if config is not None else None
        try:
            version = Version(found) if found is not None else None
        except ValueError:
            version = None
        if version is None or not spec.match(version):
            described = 'version %s' % found if found is not None else 'no valid version'
            raise ResolutionError(
                not_found,
                "Cannot find package '%s@%s' for '%s' imported from %s: the package in %s "
                'has %s; run `%s`' % (name, wanted, specifier, importer_path, package_dir,
                                     described, install))


def data_url_resolution(url):
    """A data: URL's source text and format (Node's getSource and mimeToFormat):
    JavaScript (text/ or application/javascript) is a module, application/json JSON."""
    match = DATA_URL.fullmatch(url.pathname)
    if match is None:
        raise ResolutionError('ERR_INVALID_URL', 'Invalid URL', url.href)
    mime, is_base64, body = match.groups()
    import urllib.parse   # on first use: not every start needs it
    data = urllib.parse.unquote_to_bytes(body)
    if is_base64:
        data = decode_base64(data)
    if JAVASCRIPT_MIME.fullmatch(mime):
        format = 'module'
    elif mime == 'application/json':
        format = 'json'
    else:
        raise ResolutionError('ERR_UNKNOWN_MODULE_FORMAT',
                              'Unknown module format: %s for URL %s' % (mime, url.href),
                              url.href)
    return Resolution('data', data.decode('utf-8', errors='replace'), format, url.href)


def decode_base64(data):
    """Buffer.from(text, 'base64'): lenient, as Node is (URL-safe letters accepted,
    other characters skipped, padding optional, nothing read after a '=')."""
    text = data.split(b'=', 1)[0].replace(b'-', b'+').replace(b'_', b'/')
    text = re.sub(rb'[^A-Za-z0-9+/]', b'', text)
    text = text[:len(text) - len(text) % 4] if len(text) % 4 == 1 else text
    try:
        return base64.b64decode(text + b'=' * (-len(text) % 4))
    except binascii.Error:
        return b''

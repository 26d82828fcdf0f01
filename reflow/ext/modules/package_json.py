"""package.json files as Node's module resolution reads them (Node's
package_json_reader): the fields resolution uses, each file read once per reader, and
the package scope of a path (LOOKUP_PACKAGE_SCOPE). ``module`` is not read: Node
ignores it, and so does reflow."""
import json
import os

from .errors import ResolutionError


class PackageConfig:
    """The fields of one package.json that module resolution reads. ``type`` is
    'module', 'commonjs' or None (absent, or a value Node ignores); ``name``,
    ``version`` and ``main`` are str or None (Node reads only strings); ``exports`` is
    the parsed JSON value or None (absent or null); ``imports`` a dict or None.
    ``data`` is the whole parsed file (a dict), which ``in`` and ``get`` also read."""
    __slots__ = ('path', 'dir', 'name', 'version', 'type', 'main', 'exports', 'imports',
                 'data')

    def __init__(self, path, data):
        self.path = path
        self.dir = os.path.dirname(path)
        fields = self.data = data if isinstance(data, dict) else {}
        self.name = _string(fields.get('name'))
        self.version = _string(fields.get('version'))
        self.main = _string(fields.get('main'))
        kind = fields.get('type')
        self.type = kind if kind in ('module', 'commonjs') else None
        self.exports = fields.get('exports')
        imports = fields.get('imports')
        self.imports = imports if isinstance(imports, dict) else None

    def __contains__(self, field):
        return field in self.data

    def get(self, field, default=None):
        return self.data.get(field, default)

    def __repr__(self):
        return 'PackageConfig(%r)' % self.path


def _string(value):
    return value if isinstance(value, str) else None


class _NotJSON(ValueError):
    pass


def _reject_constant(name):
    # JSON.parse has no NaN or Infinity, which Python's json would accept
    raise _NotJSON("Unexpected token '%s' in JSON (%s is not a JSON value)" % (name[0], name))


class _Malformed:
    """A package.json that does not parse: why, kept so each read reports it."""
    __slots__ = ('detail',)

    def __init__(self, detail):
        self.detail = detail


def parse_json_text(text):
    """The value of JSON text as JSON.parse reads it (a leading byte order mark
    skipped, as Node does for package.json): ValueError with the position if invalid."""
    if text.startswith('\ufeff'):
        text = text[1:]
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise ValueError('%s in JSON at position %d (line %d column %d)'
                         % (error.msg, error.pos, error.lineno, error.colno)) from None
    except _NotJSON as error:
        raise ValueError(str(error)) from None


class PackageJsonReader:
    """Reads package.json files, each once: a long-lived reader sees a package.json as
    it was when first read, as Node's own cache does."""

    def __init__(self):
        self._configs = {}    # package.json path -> PackageConfig | _Malformed | None
        self._scopes = {}     # directory -> (dir, PackageConfig) | None

    def read(self, path, specifier=None, referrer=None):
        """The PackageConfig of the package.json at ``path``, or None if there is no
        such file. A malformed one is ResolutionError ERR_INVALID_PACKAGE_CONFIG naming
        the file (and, when given, the specifier and importing file that led to it)."""
        try:
            config = self._configs[path]
        except KeyError:
            config = self._configs[path] = self._load(path)
        if isinstance(config, _Malformed):
            context = None
            if specifier is not None and referrer is not None:
                context = '"%s" from %s' % (specifier, referrer)
            raise invalid_package_config(path, context, config.detail)
        return config

    def read_dir(self, directory, specifier=None, referrer=None):
        """The PackageConfig of ``directory``/package.json, or None."""
        return self.read(os.path.join(directory, 'package.json'), specifier, referrer)

    @staticmethod
    def _load(path):
        try:
            with open(path, 'rb') as f:
                raw = f.read()
        except (OSError, ValueError):    # missing, unreadable, or a path no file has
            return None
        try:
            data = parse_json_text(raw.decode('utf-8', errors='replace'))
        except ValueError as error:
            return _Malformed(str(error))
        return PackageConfig(path, data)

    def package_scope(self, path):
        """LOOKUP_PACKAGE_SCOPE: (directory, PackageConfig) of the nearest package.json
        at or above the directory of the file ``path`` (``path`` itself when it ends in
        a slash), or None. The search stops at a node_modules folder: a package.json
        above it belongs to another package."""
        directory = path[:-1] if path.endswith('/') else os.path.dirname(path)
        try:
            return self._scopes[directory]
        except KeyError:
            pass
        scope = None
        current = directory or '/'
        while True:
            if os.path.basename(current) == 'node_modules':
                break
            config = self.read(os.path.join(current, 'package.json'))
            if config is not None:
                scope = (current, config)
                break
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
        self._scopes[directory] = scope
        return scope


def invalid_package_config(path, context=None, detail=None):
    """Node's ERR_INVALID_PACKAGE_CONFIG: the file, what was being imported (``context``:
    a URL, or '"specifier" from /importing/file'), and why."""
    message = 'Invalid package config %s' % path
    if context:
        message += ' while importing %s' % context
    message += '.'
    if detail:
        message += ' ' + detail
    return ResolutionError('ERR_INVALID_PACKAGE_CONFIG', message)


_default_reader = PackageJsonReader()


def package_scope(path):
    """PackageJsonReader.package_scope with a reader shared by the process (a Resolver
    has its own)."""
    return _default_reader.package_scope(path)


def read_package_json(path):
    """PackageJsonReader.read with the process's shared reader."""
    return _default_reader.read(path)

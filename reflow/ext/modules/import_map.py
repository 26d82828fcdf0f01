"""Import maps (HTML Standard, 8.1.5 "Import maps": "parse an import map string" and
"resolve a module specifier"), as Deno applies them to ES imports before anything else;
and Deno's deno.json / deno.jsonc, whose "imports" and "scopes" form one."""
import json
import os

from .errors import ResolutionError
from .urls import parse_url, path_to_file_url

TOP_LEVEL_KEYS = ('imports', 'scopes', 'integrity')
CONFIG_NAMES = ('deno.json', 'deno.jsonc')


class ImportMapError(ValueError):
    """An import map that cannot be used at all (the spec's TypeError/SyntaxError)."""


def _code_units(key):
    # the spec sorts keys by code units, as a JS string compares
    return key.encode('utf-16-be', errors='surrogatepass')


def _base(base_url):
    """A base URL given as a URL string or as a file's path."""
    url = parse_url(base_url) if '://' in base_url or base_url.startswith('data:') else None
    return url if url is not None else path_to_file_url(os.path.abspath(base_url))


def resolve_url_like(specifier, base):
    """"resolve a URL-like module specifier": a URL, or None for a bare specifier."""
    if specifier.startswith(('/', './', '../')):
        return parse_url(specifier, base)
    return parse_url(specifier)


class ImportMap:
    """A parsed import map: ``imports`` and each scope's map are lists of (key, URL
    string or None for a blocked entry), most specific first; ``warnings`` keeps what
    parsing dropped, one message each."""

    def __init__(self, imports, scopes, warnings):
        self.imports = imports
        self.scopes = scopes
        self.warnings = warnings

    @classmethod
    def parse(cls, source, base_url):
        """Parse an import map string (or its already parsed dict) whose relative
        addresses are relative to ``base_url`` (a URL, or the path of the map's file)."""
        if isinstance(source, str):
            try:
                source = json.loads(source)
            except ValueError as error:
                raise ImportMapError('The import map is not valid JSON: %s' % error) from None
        if not isinstance(source, dict):
            raise ImportMapError('The top-level value of an import map must be a JSON object.')
        base = _base(base_url)
        warnings = []
        imports = []
        if 'imports' in source:
            if not isinstance(source['imports'], dict):
                raise ImportMapError('The "imports" top-level key of an import map must be a '
                                     'JSON object.')
            imports = sort_and_normalize_specifier_map(source['imports'], base, warnings)
        scopes = []
        if 'scopes' in source:
            if not isinstance(source['scopes'], dict):
                raise ImportMapError('The "scopes" top-level key of an import map must be a '
                                     'JSON object.')
            scopes = sort_and_normalize_scopes(source['scopes'], base, warnings)
        if 'integrity' in source and not isinstance(source['integrity'], dict):
            raise ImportMapError('The "integrity" top-level key of an import map must be a '
                                 'JSON object.')
        for key in source:
            if key not in TOP_LEVEL_KEYS:
                warnings.append('Invalid top-level key "%s": only "imports", "scopes" and '
                                '"integrity" are allowed.' % key)
        return cls(imports, scopes, warnings)

    @classmethod
    def load(cls, path):
        """The import map in the file at ``path`` (``--import-map FILE``)."""
        with open(path, encoding='utf-8') as f:
            return cls.parse(f.read(), os.path.abspath(path))

    def resolve(self, specifier, referrer_url):
        """"resolve a module specifier": the URL string the map gives ``specifier``
        imported from the module at ``referrer_url``, or None when no entry applies
        (the resolver then goes on with Node's rules). An entry that blocks it (null)
        or cannot give a URL is a ResolutionError."""
        base = parse_url(referrer_url)
        as_url = resolve_url_like(specifier, base) if base is not None else None
        normalized = as_url.href if as_url is not None else specifier
        referrer = base.href if base is not None else referrer_url
        for prefix, scope_imports in self.scopes:
            if prefix == referrer or (prefix.endswith('/') and referrer.startswith(prefix)):
                found = resolve_imports_match(normalized, as_url, scope_imports, specifier)
                if found is not None:
                    return found
        return resolve_imports_match(normalized, as_url, self.imports, specifier)


def sort_and_normalize_specifier_map(original, base, warnings):
    """"sort and normalize a specifier map": keys normalized, addresses parsed against
    ``base``; an invalid address becomes a null entry (with a warning)."""
    normalized = {}
    for key, value in original.items():
        key_url = normalize_specifier_key(key, base, warnings)
        if key_url is None:
            continue
        if not isinstance(value, str):
            warnings.append('Invalid address %s for the specifier key "%s": addresses must '
                            'be strings.' % (json.dumps(value), key))
            normalized[key_url] = None
            continue
        address = resolve_url_like(value, base)
        if address is None:
            warnings.append('Invalid address "%s" for the specifier key "%s".' % (value, key))
            normalized[key_url] = None
            continue
        if key.endswith('/') and not address.href.endswith('/'):
            warnings.append('Invalid address "%s" for package specifier key "%s": package '
                            'addresses must end with "/".' % (address.href, key))
            normalized[key_url] = None
            continue
        normalized[key_url] = address.href
    return sorted(normalized.items(), key=lambda item: _code_units(item[0]), reverse=True)


def normalize_specifier_key(key, base, warnings):
    """"normalize a specifier key": the URL a URL-like key names, else the key."""
    if key == '':
        warnings.append('Invalid empty string specifier key.')
        return None
    url = resolve_url_like(key, base)
    return url.href if url is not None else key


def sort_and_normalize_scopes(original, base, warnings):
    """"sort and normalize scopes": each scope prefix parsed against ``base``."""
    normalized = {}
    for prefix, scope_map in original.items():
        if not isinstance(scope_map, dict):
            raise ImportMapError('The value of the scope "%s" must be a JSON object.' % prefix)
        prefix_url = parse_url(prefix, base)
        if prefix_url is None:
            warnings.append('Invalid scope "%s" (parsed against base URL "%s").'
                            % (prefix, base.href))
            continue
        normalized[prefix_url.href] = sort_and_normalize_specifier_map(scope_map, base,
                                                                       warnings)
    return sorted(normalized.items(), key=lambda item: _code_units(item[0]), reverse=True)


def _blocked(specifier, key):
    return ResolutionError('ERR_INVALID_MODULE_SPECIFIER',
                           'Import map entry "%s" blocks the specifier "%s" (its address '
                           'is null or invalid).' % (key, specifier))


def resolve_imports_match(normalized, as_url, specifier_map, specifier):
    """"resolve an imports match": an exact key, else the longest matching key that
    ends in "/" (for a bare specifier or a special URL), its address + the rest."""
    for key, address in specifier_map:
        if key == normalized:
            if address is None:
                raise _blocked(specifier, key)
            return address
        if (key.endswith('/') and normalized.startswith(key)
                and (as_url is None or as_url.special)):
            if address is None:
                raise _blocked(specifier, key)
            after = normalized[len(key):]
            url = parse_url(after, parse_url(address))
            if url is None:
                raise ResolutionError('ERR_INVALID_MODULE_SPECIFIER',
                                      'Import map entry "%s" cannot resolve "%s": "%s" is '
                                      'not valid after its address %s.'
                                      % (key, specifier, after, address))
            if not url.href.startswith(address):
                raise ResolutionError('ERR_INVALID_MODULE_SPECIFIER',
                                      'Import map entry "%s" cannot resolve "%s": the '
                                      'result %s is outside its address %s.'
                                      % (key, specifier, url.href, address))
            return url.href
    return None


def strip_jsonc(text):
    """JSON with comments (// and /* */) and trailing commas, as deno.jsonc allows, made
    plain JSON (the text inside strings is kept)."""
    out = []
    index, length = 0, len(text)
    while index < length:
        c = text[index]
        if c == '"':
            end = index + 1
            while end < length and text[end] != '"':
                end += 2 if text[end] == '\\' else 1
            out.append(text[index:end + 1])
            index = end + 1
        elif text.startswith('//', index):
            end = text.find('\n', index)
            index = length if end < 0 else end
        elif text.startswith('/*', index):
            end = text.find('*/', index + 2)
            index = length if end < 0 else end + 2
        elif c in '}]':
            # a comma before the closing bracket (whitespace between) is dropped
            for back in range(len(out) - 1, -1, -1):
                if out[back].strip():
                    if out[back] == ',':
                        out[back] = ''
                    break
            out.append(c)
            index += 1
        else:
            out.append(c)
            index += 1
    return ''.join(out)


def expand_imports(imports):
    """Deno's "expand imports": a key "pkg" mapped to "npm:pkg@1" (or "jsr:...") also
    maps "pkg/" to "npm:/pkg@1/", so that "pkg/sub" imports work."""
    if not isinstance(imports, dict):
        return imports
    expanded = {}
    for key, value in imports.items():
        expanded[key] = value
        if key.endswith('/') or key + '/' in imports or not isinstance(value, str):
            continue
        for scheme in ('npm:', 'jsr:'):
            if value.startswith(scheme) and not value.endswith('/'):
                expanded[key + '/'] = '%s/%s/' % (scheme, value[len(scheme):].lstrip('/'))
    return expanded


def find_deno_json(entry_path):
    """The import map of the deno.json (or deno.jsonc) in the folder of the entry file
    ``entry_path``: its "imports" and "scopes", or the file its "importMap" names; None
    when there is no such file or it maps nothing. A config that is not a JSON object is
    ImportMapError."""
    directory = os.path.dirname(os.path.abspath(entry_path))
    for name in CONFIG_NAMES:
        path = os.path.join(directory, name)
        if not os.path.isfile(path):
            continue
        with open(path, encoding='utf-8') as f:
            text = f.read()
        try:
            config = json.loads(strip_jsonc(text))
        except ValueError as error:
            raise ImportMapError('%s is not valid JSON: %s' % (path, error)) from None
        if not isinstance(config, dict):
            raise ImportMapError('%s must hold a JSON object.' % path)
        if 'imports' not in config and 'scopes' not in config:
            if isinstance(config.get('importMap'), str):
                return ImportMap.load(os.path.join(directory, config['importMap']))
            return None
        source = {}
        if 'imports' in config:
            source['imports'] = expand_imports(config['imports'])
        if 'scopes' in config:
            scopes = config['scopes']
            source['scopes'] = ({prefix: expand_imports(m) for prefix, m in scopes.items()}
                                if isinstance(scopes, dict) else scopes)
        return ImportMap.parse(source, path)
    return None

"""Node's ECMAScript module resolution (doc/api/esm.md "Resolution Algorithm
Specification", as lib/internal/modules/esm/resolve.js implements it): specifiers become
URLs; package.json "exports" and "imports" also serve require (cjs.py). Every function
takes the Resolver whose caches (files, package.json reads) it uses."""
import json
import os
import re

from .errors import ResolutionError
from .node_builtins import is_bare_builtin
from .package_json import invalid_package_config
from .urls import file_url_to_path, parse_url, path_to_file_url

ENCODED_SEPARATOR = re.compile(r'%2F|%5C', re.I)
# a ".", ".." or "node_modules" segment, also percent-encoded (an empty segment Node
# only deprecates, DEP0166)
INVALID_SEGMENT = re.compile(
    r'(^|\\|/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)'
    r'(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))'
    r'(\\|/|$)', re.I)
INVALID_PACKAGE_NAME = re.compile(r'^\.|%|\\')
ARRAY_INDEX = re.compile(r'0|[1-9][0-9]*')
# LEGACY_MAIN_RESOLVE: what is tried after "main", then in place of a missing one
MAIN_SUFFIXES = ('', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node')
INDEX_FILES = ('./index.js', './index.json', './index.node')


def js_string(value):
    """JSON.stringify of a string, as Node's messages quote one."""
    return json.dumps(value, ensure_ascii=False)


def url_path(url):
    """fileURLToPath of a file: URL (its referrer's path for an error message)."""
    path = file_url_to_path(url)
    return url.href if path is None else path


def base_path(base):
    """How a message names the importing module (a URL, or already a path): its path,
    or the URL of a data: one."""
    if isinstance(base, str):
        return base
    return url_path(base) if base.scheme == 'file' else base.href


def is_relative_specifier(specifier):
    """Node's isRelativeSpecifier: ".", "..", or starting "./" or "../"."""
    if not specifier.startswith('.'):
        return False
    return (len(specifier) == 1 or specifier[1] == '/'
            or (specifier[1] == '.' and (len(specifier) == 2 or specifier[2] == '/')))


def is_path_like(specifier):
    """shouldBeTreatedAsRelativeOrAbsolutePath."""
    return specifier.startswith('/') or is_relative_specifier(specifier)


def unsupported_resolve_request(specifier, base):
    return ResolutionError(
        'ERR_UNSUPPORTED_RESOLVE_REQUEST',
        'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base '
        'scheme is not hierarchical.' % (specifier, base.href))


def invalid_module_specifier(request, reason, base=None):
    message = 'Invalid module "%s" %s' % (request, reason)
    if base is not None:
        message += ' imported from %s' % base_path(base)
    return ResolutionError('ERR_INVALID_MODULE_SPECIFIER', message)


def module_not_found(request, base, exact=True, url=None):
    return ResolutionError('ERR_MODULE_NOT_FOUND', "Cannot find %s '%s' imported from %s" % (
        'module' if exact else 'package', request, base_path(base)), url)


def package_dir_of(package_json_url):
    """fileURLToPath(new URL('.', packageJSONUrl)): the package's folder, with a slash."""
    return url_path(parse_url('.', package_json_url))


def module_resolve(r, specifier, base, conditions):
    """ESM_RESOLVE (Node's moduleResolve): the URL ``specifier`` names from the module
    at the URL ``base``; file: URLs are checked and made real (finalize_resolution)."""
    if is_path_like(specifier):
        resolved = parse_url(specifier, base)
        if resolved is None:
            raise unsupported_resolve_request(specifier, base)
    elif base.scheme == 'file' and specifier.startswith('#'):
        resolved = package_imports_resolve(r, specifier, base, conditions)
    else:
        resolved = parse_url(specifier)
        if resolved is None:
            if base.scheme != 'file' and not is_bare_builtin(specifier):
                raise unsupported_resolve_request(specifier, base)
            resolved = package_resolve(r, specifier, base, conditions)
    if resolved.scheme != 'file':
        return resolved
    return finalize_resolution(r, resolved, base)


def finalize_resolution(r, resolved, base):
    """Node's finalizeResolution: no encoded separators, an existing file (not a
    folder), then its real path, keeping the query and fragment."""
    if ENCODED_SEPARATOR.search(resolved.pathname):
        raise invalid_module_specifier(
            resolved.pathname, 'must not include encoded "/" or "\\" characters', base)
    path = file_url_to_path(resolved)
    if path is None:
        raise ResolutionError('ERR_INVALID_FILE_URL_HOST',
                              'File URL host must be "localhost" or empty on linux')
    # Node stats path[-1:] ("/") for a path with a trailing slash, so any such path
    # is a folder import
    kind = r.files.kind('/' if path.endswith('/') else path)
    if kind == 'dir':
        raise ResolutionError(
            'ERR_UNSUPPORTED_DIR_IMPORT',
            "Directory import '%s' is not supported resolving ES modules imported from %s"
            % (path, base_path(base)), resolved.href)
    if kind != 'file':
        raise module_not_found(path or resolved.pathname, base, url=resolved.href)
    real = r.files.realpath(path)
    return path_to_file_url(real + ('/' if path.endswith('/') else '')).copy(
        query=resolved.query, fragment=resolved.fragment)


def parse_package_name(specifier, base):
    """Node's parsePackageName: (name, './subpath' or '.', is_scoped)."""
    separator = specifier.find('/')
    valid = True
    scoped = specifier.startswith('@')
    if scoped:
        if separator == -1:
            valid = False
        else:
            separator = specifier.find('/', separator + 1)
    name = specifier if separator == -1 else specifier[:separator]
    if INVALID_PACKAGE_NAME.search(name):
        valid = False
    if not valid:
        raise invalid_module_specifier(specifier, 'is not a valid package name', base)
    subpath = '.' + ('' if separator == -1 else specifier[separator:])
    return name, subpath, scoped


def package_resolve(r, specifier, base, conditions):
    """PACKAGE_RESOLVE: a built-in, the package's own name, or a package in the
    node_modules folders from ``base`` up."""
    if is_bare_builtin(specifier):
        return parse_url('node:' + specifier)
    name, subpath, _ = parse_package_name(specifier, base)
    # PACKAGE_SELF_RESOLVE
    scope = r.packages.package_scope(url_path(base)) if base.scheme == 'file' else None
    if scope is not None:
        directory, config = scope
        if config.exports is not None and config.name == name:
            return package_exports_resolve(r, path_to_file_url(config.path), subpath,
                                           config, base, conditions)
    package_dir = find_package_dir(r, name, url_path(base))
    if package_dir is None:
        raise module_not_found(name, base, exact=False)
    package_json = os.path.join(package_dir, 'package.json')
    config = r.packages.read(package_json, specifier, base_path(base))
    package_json_url = path_to_file_url(package_json)
    if config is not None and config.exports is not None:
        return package_exports_resolve(r, package_json_url, subpath, config, base, conditions)
    if subpath == '.':
        return legacy_main_resolve(r, package_json_url, config, base)
    return parse_url(subpath, package_json_url)


def find_package_dir(r, name, importer):
    """The folder node_modules/``name`` nearest above the file (or folder, with a
    trailing slash) ``importer``, or None: PACKAGE_RESOLVE's search."""
    directory = importer[:-1] if importer.endswith('/') else os.path.dirname(importer)
    directory = directory or '/'
    while True:
        candidate = os.path.join(directory, 'node_modules', name)
        if r.files.kind(candidate) == 'dir':
            return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def legacy_main_resolve(r, package_json_url, config, base):
    """LEGACY_MAIN_RESOLVE: "main" as written, with an extension or as a folder's
    index, then the package's own index file (Node warns, DEP0151, but resolves)."""
    main = config.main if config is not None else None
    if main is not None:
        for suffix in MAIN_SUFFIXES:
            guess = parse_url('./%s%s' % (main, suffix), package_json_url)
            if r.files.kind(url_path(guess)) == 'file':
                return guess
    for index in INDEX_FILES:
        guess = parse_url(index, package_json_url)
        if r.files.kind(url_path(guess)) == 'file':
            return guess
    directory = package_dir_of(package_json_url)
    missing = os.path.join(directory, main if main is not None else 'index.js')
    raise module_not_found(os.path.normpath(missing), base, exact=False)


def is_conditional_sugar(exports, package_json_url, base):
    """Node's isConditionalExportsMainSugar: "exports" is the main target itself (a
    string, an array, or an object of conditions)."""
    if isinstance(exports, (str, list)):
        return True
    if not isinstance(exports, dict):
        return False
    sugar = None
    for key in exports:
        is_condition = key == '' or key[0] != '.'
        if sugar is None:
            sugar = is_condition
        elif sugar != is_condition:
            raise invalid_package_config(
                url_path(package_json_url), base.href if base else None,
                '"exports" cannot contain some keys starting with \'.\' and some not. The '
                'exports object must either be an object of package subpath keys or an '
                'object of main entry condition name keys only.')
    return bool(sugar)


def exports_not_found(subpath, package_json_url, base):
    directory = package_dir_of(package_json_url)
    imported = ' imported from %s' % base_path(base) if base is not None else ''
    if subpath == '.':
        message = 'No "exports" main defined in %spackage.json%s' % (directory, imported)
    else:
        message = ('Package subpath \'%s\' is not defined by "exports" in %spackage.json%s'
                   % (subpath, directory, imported))
    return ResolutionError('ERR_PACKAGE_PATH_NOT_EXPORTED', message)


def pattern_key_compare(a, b):
    """PATTERN_KEY_COMPARE: the more specific key sorts first (negative)."""
    a_star, b_star = a.find('*'), b.find('*')
    a_base = len(a) if a_star == -1 else a_star + 1
    b_base = len(b) if b_star == -1 else b_star + 1
    if a_base != b_base:
        return -1 if a_base > b_base else 1
    if a_star == -1:
        return 1
    if b_star == -1:
        return -1
    if len(a) != len(b):
        return -1 if len(a) > len(b) else 1
    return 0


def best_pattern_match(match_key, match_obj):
    """(key, star match) of the most specific "*" key of ``match_obj`` that matches
    ``match_key``, or (None, None): PACKAGE_IMPORTS_EXPORTS_RESOLVE's pattern step."""
    best, best_match = '', None
    for key in match_obj:
        star = key.find('*')
        if star == -1 or not match_key.startswith(key[:star]):
            continue
        trailer = key[star + 1:]
        if (len(match_key) >= len(key) and match_key.endswith(trailer)
                and pattern_key_compare(best, key) == 1 and key.rfind('*') == star):
            best = key
            best_match = match_key[star:len(match_key) - len(trailer)]
    return (best, best_match) if best else (None, None)


def package_exports_resolve(r, package_json_url, subpath, config, base, conditions):
    """PACKAGE_EXPORTS_RESOLVE: ``subpath`` ('.' or './x') through "exports"."""
    exports = config.exports
    if is_conditional_sugar(exports, package_json_url, base):
        exports = {'.': exports}
    if not isinstance(exports, dict):
        raise exports_not_found(subpath, package_json_url, base)
    if subpath in exports and '*' not in subpath and not subpath.endswith('/'):
        resolved = resolve_package_target(r, package_json_url, exports[subpath], '', subpath,
                                          base, False, False, conditions)
        if resolved is None or resolved is UNDEFINED:
            raise exports_not_found(subpath, package_json_url, base)
        return resolved
    key, star_match = best_pattern_match(subpath, exports)
    if key is not None:
        resolved = resolve_package_target(r, package_json_url, exports[key], star_match, key,
                                          base, True, False, conditions)
        if resolved is None or resolved is UNDEFINED:
            raise exports_not_found(subpath, package_json_url, base)
        return resolved
    raise exports_not_found(subpath, package_json_url, base)


def import_not_defined(specifier, package_json_url, base):
    where = ''
    if package_json_url is not None:
        where = ' in package %spackage.json' % package_dir_of(package_json_url)
    return ResolutionError(
        'ERR_PACKAGE_IMPORT_NOT_DEFINED',
        'Package import specifier "%s" is not defined%s imported from %s'
        % (specifier, where, base_path(base)))


def package_imports_resolve(r, name, base, conditions):
    """PACKAGE_IMPORTS_RESOLVE: a "#name" through the "imports" of the package of the
    importing file."""
    if name == '#' or name.startswith('#/') or name.endswith('/'):
        raise invalid_module_specifier(name, 'is not a valid internal imports specifier name',
                                       base)
    package_json_url = None
    scope = r.packages.package_scope(url_path(base))
    if scope is not None:
        config = scope[1]
        package_json_url = path_to_file_url(config.path)
        imports = config.imports
        if imports:
            if name in imports and '*' not in name:
                resolved = resolve_package_target(r, package_json_url, imports[name], '', name,
                                                  base, False, True, conditions)
                if resolved is not None and resolved is not UNDEFINED:
                    return resolved
            else:
                key, star_match = best_pattern_match(name, imports)
                if key is not None:
                    resolved = resolve_package_target(r, package_json_url, imports[key],
                                                      star_match, key, base, True, True,
                                                      conditions)
                    if resolved is not None and resolved is not UNDEFINED:
                        return resolved
    raise import_not_defined(name, package_json_url, base)


class _Undefined:
    """A target with no matching condition (JS undefined: the search goes on), unlike
    None (a null target: the subpath is excluded)."""
    __slots__ = ()

    def __repr__(self):
        return 'UNDEFINED'


UNDEFINED = _Undefined()


def invalid_package_target(key, target, package_json_url, internal, base):
    if isinstance(target, (dict, list)):
        target = json.dumps(target, ensure_ascii=False, separators=(',', ':'))
    elif target is True or target is False:
        target = 'true' if target else 'false'
    elif isinstance(target, float) and target.is_integer():
        target = str(int(target))
    else:
        target = str(target)
    related = not internal and target != '' and not target.startswith('./')
    directory = package_dir_of(package_json_url)
    imported = ' imported from %s' % base_path(base) if base is not None else ''
    hint = '; targets must start with "./"' if related else ''
    if key == '.':
        message = ('Invalid "exports" main target %s defined in the package config '
                   '%spackage.json%s%s' % (js_string(target), directory, imported, hint))
    else:
        message = ('Invalid "%s" target %s defined for \'%s\' in the package config '
                   '%spackage.json%s%s' % ('imports' if internal else 'exports',
                                          js_string(target), key, directory, imported, hint))
    return ResolutionError('ERR_INVALID_PACKAGE_TARGET', message)


def resolve_package_target(r, package_json_url, target, star_match, key, base, pattern,
                           internal, conditions):
    """PACKAGE_TARGET_RESOLVE: a URL, None (null: excluded) or UNDEFINED (no
    condition matched)."""
    if isinstance(target, str):
        return resolve_target_string(r, target, star_match, key, package_json_url, base,
                                     pattern, internal, conditions)
    if isinstance(target, list):
        if not target:
            return None
        last_error = UNDEFINED
        for item in target:
            try:
                resolved = resolve_package_target(r, package_json_url, item, star_match, key,
                                                  base, pattern, internal, conditions)
            except ResolutionError as error:
                last_error = error
                if error.code == 'ERR_INVALID_PACKAGE_TARGET':
                    continue
                raise
            if resolved is UNDEFINED:
                continue
            if resolved is None:
                last_error = None
                continue
            return resolved
        if last_error is UNDEFINED or last_error is None:
            return last_error
        raise last_error
    if isinstance(target, dict):
        if any(ARRAY_INDEX.fullmatch(k) and int(k) < 2 ** 32 - 1 for k in target):
            raise invalid_package_config(url_path(package_json_url),
                                         base.href if base else None,
                                         '"exports" cannot contain numeric property keys.')
        for condition, value in target.items():
            if condition == 'default' or condition in conditions:
                resolved = resolve_package_target(r, package_json_url, value, star_match, key,
                                                  base, pattern, internal, conditions)
                if resolved is UNDEFINED:
                    continue
                return resolved
        return UNDEFINED
    if target is None:
        return None
    raise invalid_package_target(key, target, package_json_url, internal, base)


def resolve_target_string(r, target, star_match, key, package_json_url, base, pattern,
                          internal, conditions):
    """Node's resolvePackageTargetString."""
    if star_match != '' and not pattern and not target.endswith('/'):
        raise invalid_package_target(key, target, package_json_url, internal, base)
    if not target.startswith('./'):
        if internal and not target.startswith(('../', '/')) and parse_url(target) is None:
            # an "imports" target naming a package: resolved from this package
            request = target.replace('*', star_match) if pattern else target + star_match
            return package_resolve(r, request, package_json_url, conditions)
        raise invalid_package_target(key, target, package_json_url, internal, base)
    if INVALID_SEGMENT.search(target[2:]):
        raise invalid_package_target(key, target, package_json_url, internal, base)
    resolved = parse_url(target, package_json_url)
    package_path = parse_url('.', package_json_url).pathname
    if not resolved.pathname.startswith(package_path):
        raise invalid_package_target(key, target, package_json_url, internal, base)
    if star_match == '':
        return resolved
    if INVALID_SEGMENT.search(star_match):
        request = key.replace('*', star_match, 1) if pattern else key + star_match
        reason = ('request is not a valid match in pattern "%s" for the "%s" resolution of %s'
                  % (key, 'imports' if internal else 'exports', url_path(package_json_url)))
        raise invalid_module_specifier(request, reason, base)
    if pattern:
        return parse_url(resolved.href.replace('*', star_match))
    return parse_url(star_match, resolved)

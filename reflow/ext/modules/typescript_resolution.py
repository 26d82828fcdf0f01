"""What an import from a TypeScript file may name beyond Node's rules, as tsc resolves
it (moduleResolution "bundler"; Deno's sloppy imports likewise):
- a relative or absolute specifier with `.js` (`.jsx`, `.mjs`, `.cjs`) names the `.ts`
  (`.tsx`, `.mts`, `.cts`) beside it when the JavaScript file does not exist;
- one without a known extension names `<it>.ts`, `.tsx`, `.js`, `.jsx`, `.mts`, `.cts`,
  `.mjs`, `.cjs`, or a folder's `index` with one of them;
- a bare specifier goes through the tsconfig.json's `paths` (the longest matching
  pattern first, each target in order), then its `baseUrl`, before node_modules.
Only files that exist are answered; the caller falls back to Node's own error."""
import os
import posixpath

from .languages import is_typescript

# what a written JavaScript extension may stand for
_MAPPED = {'.js': ('.ts', '.tsx'), '.jsx': ('.tsx',), '.mjs': ('.mts',), '.cjs': ('.cts',)}
_ADDED = ('.ts', '.tsx', '.js', '.jsx', '.mts', '.cts', '.mjs', '.cjs')
_KNOWN = frozenset(_ADDED) | {'.json', '.node'}


def applies(referrer):
    """Whether an import from ``referrer`` (a path or None) gets these rules."""
    return referrer is not None and is_typescript(referrer)


def file_candidates(path):
    """The files a TypeScript import of ``path`` (absolute, no query) may name."""
    stem, extension = os.path.splitext(path)
    if extension in _MAPPED:
        return [stem + e for e in _MAPPED[extension]]
    if extension in _KNOWN:
        return []
    return ([path + e for e in _ADDED] +
            [os.path.join(path, 'index' + e) for e in _ADDED])


def find_file(files, path):
    """The real path of the first candidate of ``path`` that is a file, or None
    (``files``: the resolver's FileCache)."""
    for candidate in file_candidates(path):
        if files.kind(candidate) == 'file':
            return files.realpath(candidate)
    return None


def _exists(files, path):
    if files.kind(path) == 'file':
        return files.realpath(path)
    return find_file(files, path)


def resolve_bare(files, config, specifier):
    """The file a bare ``specifier`` names through ``config``'s `paths` and
    `baseUrl` (a TSConfig), or None."""
    if config is None:
        return None
    if config.paths:
        matched = []
        for pattern, targets in config.paths.items():
            star = pattern.find('*')
            if star == -1:
                if pattern == specifier:
                    matched.append((len(pattern) + 1, '', targets))
            else:
                prefix, suffix = pattern[:star], pattern[star + 1:]
                if (specifier.startswith(prefix) and specifier.endswith(suffix)
                        and len(specifier) >= len(prefix) + len(suffix)):
                    matched.append((len(prefix), specifier[len(prefix):
                                                           len(specifier) - len(suffix)],
                                    targets))
        # tsc: an exact pattern wins, then the longest prefix before the `*`
        for _, star_text, targets in sorted(matched, key=lambda m: -m[0]):
            for target in targets:
                path = os.path.normpath(os.path.join(config.paths_base,
                                                     target.replace('*', star_text, 1)))
                found = _exists(files, path)
                if found is not None:
                    return found
    if config.base_url is not None:
        return _exists(files, os.path.normpath(os.path.join(config.base_url, specifier)))
    return None


def is_bare(specifier):
    return not (specifier.startswith(('./', '../', '/')) or specifier in ('.', '..')
                or ':' in specifier.split('/', 1)[0])


def split_query(specifier):
    """(the path part, '?query#fragment') of a relative specifier."""
    cut = min((i for i in (specifier.find('?'), specifier.find('#')) if i != -1),
              default=len(specifier))
    return specifier[:cut], specifier[cut:]


def resolve_relative(files, specifier, referrer):
    """The file a relative or absolute ``specifier`` from the TypeScript file
    ``referrer`` names by tsc's extra rules, or None."""
    path_part, _ = split_query(specifier)
    from urllib.parse import unquote
    path = unquote(path_part)
    if not path.startswith('/'):
        path = posixpath.join(os.path.dirname(referrer), path)
    return find_file(files, os.path.normpath(path))


__all__ = ['applies', 'resolve_bare', 'resolve_relative', 'is_bare', 'file_candidates']

"""The source languages reflow runs, chosen by a file's extension: JavaScript, JSX
(.jsx), TypeScript (.ts, .mts, .cts) and TSX (.tsx). TypeScript and JSX are parsed by
reflow's own parser with the options of the nearest tsconfig.json (tsconfig.py): types
erased on the tree, so every remaining node keeps its place in the file."""
import copy
import os

from reflow.parser import JSSyntaxError, TSOptions, parse

TYPESCRIPT_EXTENSIONS = ('.ts', '.mts', '.cts', '.tsx')
JSX_EXTENSIONS = ('.jsx', '.tsx')
# the extensions that run as .js does (their kind from package.json "type", else the
# syntax), and those fixed to one kind
AMBIGUOUS_EXTENSIONS = ('.js', '.ts', '.tsx', '.jsx')
MODULE_EXTENSIONS = ('.mjs', '.mts')
COMMONJS_EXTENSIONS = ('.cjs', '.cts')


def extension_of(path):
    return os.path.splitext(path)[1]


def is_typescript(path):
    return path.endswith(TYPESCRIPT_EXTENSIONS)


def language_of(path, typescript=False):
    """(typescript, jsx) for the file at ``path``; ``typescript`` forces TypeScript
    (CoreRuntimeConfig(typescript=True)) for names with no TypeScript extension."""
    return (typescript or path.endswith(TYPESCRIPT_EXTENSIONS),
            path.endswith(JSX_EXTENSIONS))


class SourceParser:
    """Parses the files of one runtime in their language; tsconfig.json files are read
    once each."""

    def __init__(self):
        self._tsconfigs = None

    @property
    def tsconfigs(self):
        """The TSConfigFinder, made when a TypeScript or JSX file is first read (a
        JavaScript program does not import tsconfig.json's reader)."""
        if self._tsconfigs is None:
            from .tsconfig import TSConfigFinder
            self._tsconfigs = TSConfigFinder()
        return self._tsconfigs

    def tsconfig(self, path):
        """The TSConfig for ``path`` (None: no tsconfig.json above it); a broken one
        is a SyntaxError naming it (raised as JSSyntaxError)."""
        from .tsconfig import TSConfigError
        try:
            return self.tsconfigs.for_file(path)
        except TSConfigError as exc:
            raise JSSyntaxError('Cannot use the tsconfig.json: %s' % exc, path, 1, 1, 0) \
                from None

    def needs_own_parse(self, path, typescript=False):
        """Whether ``path`` is TypeScript or JSX (plain JavaScript the engine parses)."""
        ts, jsx = language_of(path, typescript)
        return ts or jsx

    def parse(self, source, source_type, path, typescript=False, module_kind=None,
              **options):
        """The ESTree Program of ``source``; raises JSSyntaxError. ``module_kind``
        ('module' or 'commonjs') is what the file runs as (import elision and
        `import x = require()` depend on it); by default its ``source_type``'s."""
        ts, jsx = language_of(path, typescript)
        if not (ts or jsx):
            return parse(source, source_type, path, **options)
        config = self.tsconfig(path) if os.path.isabs(path) else None
        # (a copy: module_kind is this file's)
        ts_options = TSOptions() if config is None else copy.copy(config.options)
        ts_options.module_kind = module_kind or (
            'module' if source_type == 'module' else 'commonjs')
        if ts:
            program = parse(source, source_type, path, typescript=True, jsx=jsx,
                            ts_options=ts_options, **options)
        else:
            program = parse(source, source_type, path, jsx=True, **options)
        if jsx:
            # how the compiler lowers the file's JSX (tsconfig's jsx* options; the
            # file's pragmas still override them), as plain data on the tree
            from reflow.interp.compiler.jsx import JSXOptions
            program['jsxOptions'] = dict(vars(JSXOptions.of(ts_options)))
        return program


__all__ = ['SourceParser', 'language_of', 'is_typescript', 'TYPESCRIPT_EXTENSIONS',
           'JSX_EXTENSIONS', 'AMBIGUOUS_EXTENSIONS', 'MODULE_EXTENSIONS',
           'COMMONJS_EXTENSIONS']

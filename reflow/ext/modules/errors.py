"""The error module resolution raises (resolution.py re-exports it)."""


class ResolutionError(Exception):
    """A specifier that does not resolve: ``code`` is Node's error code (for example
    'ERR_MODULE_NOT_FOUND', or 'MODULE_NOT_FOUND' for require) and ``message`` Node's
    wording of it, naming what was looked for and from which file."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self):
        return 'ResolutionError(%r, %r)' % (self.code, self.message)

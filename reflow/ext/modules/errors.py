"""The error module resolution raises (resolution.py re-exports it)."""


class ResolutionError(Exception):
    """A specifier that does not resolve: ``code`` is Node's error code (for example
    'ERR_MODULE_NOT_FOUND', or 'MODULE_NOT_FOUND' for require) and ``message`` Node's
    wording of it, naming what was looked for and from which file. ``url``: for a
    file that is missing, a folder, or of an unknown extension, the file: URL it would
    have been (what import.meta.resolve answers, as Node's does, without checking)."""

    def __init__(self, code, message, url=None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.url = url

    def __repr__(self):
        return 'ResolutionError(%r, %r)' % (self.code, self.message)

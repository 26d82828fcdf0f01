"""The parser's error type: a JS SyntaxError with file:line:col."""


class JSSyntaxError(Exception):
    """A JavaScript ``SyntaxError`` found while scanning or parsing.

    ``line`` and ``column`` are 1-based (as printed); ``index`` is the 0-based
    offset into the source (UTF-16 code units, as ``str`` indices are).
    """

    name = 'SyntaxError'

    def __init__(self, message, filename='<input>', line=1, column=1, index=0):
        super().__init__(message)
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.index = index

    def __str__(self):
        return 'SyntaxError: %s (%s:%d:%d)' % (self.message, self.filename, self.line, self.column)


class RegExpSyntaxError(Exception):
    """A regular-expression pattern or flags error; ``offset`` is into the pattern."""

    def __init__(self, message, offset=0):
        super().__init__(message)
        self.message = message
        self.offset = offset

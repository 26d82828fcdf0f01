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

    def js_message(self):
        """The message of the error object a loader makes of it (with the position)."""
        return '%s (%s:%d:%d)' % (self.message, self.filename, self.line, self.column)


class JSNestingError(JSSyntaxError):
    """Source nested deeper than the parser's bound (``((((...))))`` 20 000 deep). V8
    reports it as a RangeError, its parser having run out of stack: so do the loaders
    (they make an error named ``name``), with the position kept for the CLI."""

    name = 'RangeError'

    def __init__(self, filename='<input>', line=1, column=1, index=0):
        super().__init__('Maximum call stack size exceeded', filename, line, column, index)

    def __str__(self):
        return 'RangeError: %s (%s:%d:%d)' % (self.message, self.filename, self.line,
                                              self.column)

    def js_message(self):
        return self.message   # V8's words exactly


class RegExpSyntaxError(Exception):
    """A regular-expression pattern or flags error; ``offset`` is into the pattern."""

    def __init__(self, message, offset=0):
        super().__init__(message)
        self.message = message
        self.offset = offset

"""12 ECMAScript Language: Lexical Grammar - the scanner.

The scanner is the base class of the parser (as in acorn): the current token lives in
plain attributes (``type``, ``value``, ``start``, ``end``, ``nl_before``) so the parser
reads it without a token object. ``type`` is the punctuator's own text for punctuators
('(' , '=>', '?.', ...) and one of 'name', 'num', 'bigint', 'string', 'template',
'regex', 'private', 'eof' otherwise; keywords are 'name' tokens.

Whether '/' starts a regular expression or a division, and whether '}' closes a block
or continues a template, depends on the syntactic context, so the parser asks for the
re-scan (``rescan_regex``, ``rescan_template_continuation``), as esprima does.

Between and within tokens the scanner reads one character at a time (C comparisons
in the compiled build: scanner.pxd types them) and leaves long runs, comments and
plain strings, to str.find.
"""
import re
from bisect import bisect_right

from reflow.parser.chars import is_id_start, is_id_continue
from reflow.parser.errors import JSSyntaxError
from reflow.parser.numeric import digits_to_int, int_to_float

_WS = '\\t\\x0b\\x0c \\xa0\\ufeff\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000'
# 12.2-12.4 White space, line terminators and comments, in one match: only to tell
# whether nothing else comes before '-->' (skip_space reads them between tokens)
_SKIP = re.compile(
    '(?:[' + _WS + ']+|[\\n\\r\\u2028\\u2029]|//[^\\n\\r\\u2028\\u2029]*'
    '|/\\*[^*]*\\*+(?:[^/*][^*]*\\*+)*/)*')
_LINE_BREAKS = re.compile('\\r\\n|[\\n\\r\\u2028\\u2029]')
_TO_EOL = re.compile('[^\\n\\r\\u2028\\u2029]*')
_DIGITS = re.compile('[0-9]+(?:_[0-9]+)*')
_HEX = re.compile('[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*')
_OCT = re.compile('[0-7]+(?:_[0-7]+)*')
_BIN = re.compile('[01]+(?:_[01]+)*')
_LEGACY_OCT = re.compile('[0-7]+')
_ANY_DIGITS = re.compile('[0-9]*')
_STR_PLAIN = {'"': re.compile('[^"\\\\\\n\\r]*'), "'": re.compile("[^'\\\\\\n\\r]*")}
_TEMPLATE_PLAIN = re.compile('[^`\\\\$\\r]*')
# 12.8 Punctuators by their first character, longest first ('?.' not before a digit:
# `a?.5:b` is a conditional)
_PUNCTUATORS = {
    '>': ('>>>=', '>>>', '>>=', '>=', '>>', '>'), '<': ('<<=', '<=', '<<', '<'),
    '=': ('===', '==', '=>', '='), '!': ('!==', '!=', '!'), '+': ('++', '+=', '+'),
    '-': ('--', '-=', '-'), '*': ('**=', '**', '*=', '*'), '/': ('/=', '/'),
    '%': ('%=', '%'), '&': ('&&=', '&&', '&=', '&'), '|': ('||=', '||', '|=', '|'),
    '^': ('^=', '^'), '?': ('??=', '??', '?.', '?'), '.': ('...', '.'), '@': ('@',),
}
_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', 'v': '\x0b'}
_LINE_CONT = frozenset('\n\r\u2028\u2029')
# 12.2 White Space past ASCII (U+2028/9 are line terminators)
_WIDE_WS = '\xa0\ufeff\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' \
    '\u202f\u205f\u3000'


class Scanner:
    """Tokenizer state shared with the parser; see the module docstring."""

    def __init__(self, source, filename='<input>', module=False):
        self.src = source
        self.length = len(source)
        self.filename = filename
        self.is_module = module
        self.pos = 0
        self.type = 'eof'
        self.value = None
        self.start = 0
        self.end = 0
        self.nl_before = False
        self.escaped = False       # a name token spelled with \u escapes
        self.octal_pos = -1        # position of a legacy octal literal/escape in this token
        self.last_end = 0          # end of the previous token (node ends)
        self.cooked = None         # template chunk: cooked value (None if invalid escape)
        self.invalid_escape = -1   # template chunk: position of the first invalid escape
        self.regex_flags = ''
        self.tail = False          # template chunk: it ends the template
        self._line_starts = None
        # 6.1.4 / B.1.1: a hashbang comment may open the source text.
        if source.startswith('#!'):
            self.pos = _TO_EOL.match(source, 2).end()

    # -- positions and errors -------------------------------------------------------

    def line_col(self, index):
        """1-based line and 0-based column (UTF-16 code units) of ``index``."""
        starts = self._line_starts
        if starts is None:
            starts = [0]
            for m in _LINE_BREAKS.finditer(self.src):
                starts.append(m.end())
            self._line_starts = starts
        i = bisect_right(starts, index) - 1
        return i + 1, index - starts[i]

    def error(self, message, index=None):
        if index is None:
            index = self.start
        line, col = self.line_col(index)
        return JSSyntaxError(message, self.filename, line, col + 1, index)

    def unexpected(self, index=None):
        """The error for the current token where it is not allowed."""
        if index is not None and index != self.start:
            return self.error('Unexpected token', index)
        t = self.type
        if t == 'eof':
            return self.error('Unexpected end of input')
        if t == 'num' or t == 'bigint':
            return self.error('Unexpected number')
        if t == 'string':
            return self.error('Unexpected string')
        if t == 'template':
            return self.error('Unexpected template string')
        if t == 'name':
            if self.value in _ALL_KEYWORDS and not self.escaped:
                return self.error("Unexpected token '%s'" % self.value)
            return self.error("Unexpected identifier '%s'" % self.value)
        return self.error("Unexpected token '%s'" % self.src[self.start:self.end])

    # -- 12.2-12.4 white space, line terminators, comments ---------------------------

    def skip_space(self, pos, nl):
        """Skip white space, line terminators and comments from ``pos`` (``nl``: a line
        terminator came before it); sets ``pos`` and ``nl_before``."""
        src = self.src
        n = self.length
        while pos < n:
            c = src[pos]
            if c == ' ' or c == '\t' or c == '\x0b' or c == '\x0c':
                pos += 1
            elif c == '\n' or c == '\r':
                nl = True
                pos += 1
            elif c == '/':
                d = src[pos + 1] if pos + 1 < n else ' '
                if d == '/':
                    pos = self._line_terminator(pos + 2, n)
                elif d == '*':
                    end = src.find('*/', pos + 2)
                    if end < 0:
                        self.start = pos
                        raise self.error('Unterminated comment', pos)
                    if not nl and self._line_terminator(pos + 2, end) < end:
                        nl = True
                    pos = end + 2
                else:
                    break
            elif c >= '\x80':
                if c == '\u2028' or c == '\u2029':
                    nl = True
                elif c not in _WIDE_WS:
                    break
                pos += 1
            elif self.is_module:
                break
            # B.1.1 HTML-like comments (scripts only); '-->' only at the start of a line
            # or of the source (after white space and comments)
            elif c == '<' and src.startswith('<!--', pos):
                pos = self._line_terminator(pos + 4, n)
            elif c == '-' and src.startswith('-->', pos) and (
                    nl or pos == 0 or self._only_comments_before(pos)):
                pos = self._line_terminator(pos + 3, n)
            else:
                break
        self.pos = pos
        self.nl_before = nl

    def _line_terminator(self, pos, limit):
        """The position of the first line terminator in [pos, limit), else limit:
        str.find for each, the rarer ones only before the first LF."""
        src = self.src
        end = src.find('\n', pos, limit)
        if end < 0:
            end = limit
        for t in '\r\u2028\u2029':
            i = src.find(t, pos, end)
            if i >= 0:
                end = i
        return end

    def _only_comments_before(self, pos):
        return _SKIP.match(self.src, 0).end() >= pos and not self.src.startswith('#!')

    # -- the main entry --------------------------------------------------------------

    def next(self):
        """Advance to the next token."""  # the hottest function: keep it lean
        self.last_end = self.end
        src = self.src
        n = self.length
        pos = self.pos
        # spaces, tabs and LFs are skipped here; comments and the rest by skip_space
        nl = False
        while pos < n:
            c = src[pos]
            if c == ' ' or c == '\t':
                pos += 1
            elif c == '\n':
                nl = True
                pos += 1
            elif c in '/\r\x0b\x0c<-' or c >= '\x80':
                self.skip_space(pos, nl)
                pos = self.pos
                nl = self.nl_before
                break
            else:
                break
        self.nl_before = nl
        self.start = pos
        self.escaped = False
        self.octal_pos = -1
        if pos >= n:
            self.type = 'eof'
            self.value = None
            self.end = self.pos = pos
            return
        c = src[pos]
        # 12.7 IdentifierName, ASCII (the rest: read_word_slow)
        if c in 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$':
            end = pos + 1
            while end < n and src[end] in \
                    'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$':
                end += 1
            if end < n and (src[end] == '\\' or src[end] >= '\x80'):
                self.read_word_slow(pos)
                return
            self.type = 'name'
            self.value = src[pos:end]
            self.end = self.pos = end
            return
        # 12.8 Punctuators: these ten no longer punctuator extends
        if c in '{}()[];,~:':
            t = c
            self.type = t
            self.value = t
            self.end = self.pos = pos + 1
            return
        if '0' <= c <= '9' or (c == '.' and pos + 1 < n and '0' <= src[pos + 1] <= '9'):
            self.read_number(pos)
            return
        if c == '"' or c == "'":
            self.read_string(pos, c)
            return
        if c == '`':
            self.read_template(pos + 1)
            return
        if c == '#':
            self.read_private(pos)
            return
        candidates = _PUNCTUATORS.get(c)
        if candidates is not None:
            # the longest punctuator that starts here; the last candidate is c itself
            for t in candidates:
                if len(t) == 1 or (src.startswith(t, pos) and not (
                        t == '?.' and pos + 2 < n and '0' <= src[pos + 2] <= '9')):
                    self.type = t
                    self.value = t
                    self.end = self.pos = pos + len(t)
                    return
        if c == '\\' or c >= '\x80':
            self.read_word_slow(pos)
            return
        raise self.error('Invalid or unexpected token', pos)

    # -- 12.7 Names and Keywords ------------------------------------------------------

    def _code_point_at(self, pos):
        c = ord(self.src[pos])
        if 0xD800 <= c <= 0xDBFF and pos + 1 < self.length:
            d = ord(self.src[pos + 1])
            if 0xDC00 <= d <= 0xDFFF:
                return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00), 2
        return c, 1

    def _read_unicode_escape(self, pos):
        """12.9.4 UnicodeEscapeSequence after '\\u' at ``pos``; returns (cp, new pos)."""
        src = self.src
        if pos < self.length and src[pos] == '{':
            close = src.find('}', pos + 1)
            digits = src[pos + 1:close] if close >= 0 else ''
            if not digits or not all(ch in '0123456789abcdefABCDEF' for ch in digits):
                raise self.error('Invalid Unicode escape sequence', pos)
            cp = int(digits, 16)
            if cp > 0x10FFFF:
                raise self.error('Undefined Unicode code-point', pos)
            return cp, close + 1
        digits = src[pos:pos + 4]
        if len(digits) != 4 or not all(ch in '0123456789abcdefABCDEF' for ch in digits):
            raise self.error('Invalid Unicode escape sequence', pos)
        return int(digits, 16), pos + 4

    def read_word_raw(self, pos):
        """IdentifierName at ``pos`` with escapes; returns (name, end, escaped)."""
        src = self.src
        out = []
        escaped = False
        first = True
        while pos < self.length:
            c = src[pos]
            if c == '\\':
                if not src.startswith('\\u', pos):
                    raise self.error('Invalid or unexpected token', pos)
                cp, pos = self._read_unicode_escape(pos + 2)
                ok = is_id_start(cp) if first else is_id_continue(cp)
                if not ok:
                    raise self.error('Invalid Unicode escape sequence', pos - 1)
                escaped = True
                if cp > 0xFFFF:
                    cp -= 0x10000
                    out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
                else:
                    out.append(chr(cp))
            else:
                cp, n = self._code_point_at(pos)
                ok = is_id_start(cp) if first else is_id_continue(cp)
                if not ok:
                    break
                out.append(src[pos:pos + n])
                pos += n
            first = False
        if first:
            raise self.error('Invalid or unexpected token', pos)
        return ''.join(out), pos, escaped

    def read_word_slow(self, pos):
        name, end, escaped = self.read_word_raw(pos)
        self.type = 'name'
        self.value = name
        self.escaped = escaped
        self.end = self.pos = end

    def read_private(self, pos):
        # 15.7 PrivateIdentifier :: # IdentifierName
        if pos + 1 >= self.length or not (self.src[pos + 1] == '\\' or
                                          is_id_start(self._code_point_at(pos + 1)[0])):
            raise self.error('Invalid or unexpected token', pos)
        name, end, escaped = self.read_word_raw(pos + 1)
        self.type = 'private'
        self.value = name
        self.escaped = escaped
        self.end = self.pos = end

    # -- 12.9.3 Numeric Literals ------------------------------------------------------

    def read_number(self, pos):
        src = self.src
        start = pos
        n = self.length
        kind = 'dec'
        if src[pos] == '0' and pos + 1 < n and src[pos + 1] in 'xXoObB':
            radix_ch = src[pos + 1].lower()
            rx, base = {'x': (_HEX, 16), 'o': (_OCT, 8), 'b': (_BIN, 2)}[radix_ch]
            m = rx.match(src, pos + 2)
            if m is None:
                raise self.error('Invalid or unexpected token', pos + 2)
            pos = m.end()
            digits = m.group().replace('_', '')
            if pos < n and src[pos] == 'n':
                self._finish_number(start, pos + 1, int(digits, base), True)
                return
            self._finish_number(start, pos, int_to_float(int(digits, base)), False)
            return
        if src[pos] == '0' and pos + 1 < n and '0' <= src[pos + 1] <= '9':
            # B.1.1 LegacyOctalIntegerLiteral / NonOctalDecimalIntegerLiteral
            self.octal_pos = start
            m = _LEGACY_OCT.match(src, pos + 1)
            end = m.end() if m is not None else pos + 1
            if end < n and src[end] in '89':
                pos = _ANY_DIGITS.match(src, end).end()
                kind = 'legacy-dec'
            else:
                self._finish_number(start, end, int_to_float(int(m.group(), 8)), False,
                                    legacy=True)
                return
        else:
            if src[pos] != '.':
                m = _DIGITS.match(src, pos)
                if m is None:
                    raise self.error('Invalid or unexpected token', pos)
                pos = m.end()
                if src[start] == '0' and pos - start > 1:   # '0_1'
                    raise self.error('Numeric separator can not be used after leading 0',
                                     start + 1)
        integer_only = True
        if pos < n and src[pos] == '.':
            integer_only = False
            pos += 1
            if pos < n and src[pos] == '_':
                raise self.error('Numeric separators are not allowed here', pos)
            m = (_ANY_DIGITS if kind == 'legacy-dec' else _DIGITS).match(src, pos)
            if m is not None:
                pos = m.end()
        if pos < n and src[pos] in 'eE':
            integer_only = False
            p = pos + 1
            if p < n and src[p] in '+-':
                p += 1
            m = _DIGITS.match(src, p)
            if m is None:
                raise self.error('Invalid or unexpected token', p)
            pos = m.end()
        if pos < n and src[pos] == 'n':
            if not integer_only or kind == 'legacy-dec':
                raise self.error('Invalid BigInt literal', start)
            self._finish_number(start, pos + 1, digits_to_int(src[start:pos].replace('_', '')),
                                True)
            return
        if pos < n and src[pos] == '_':
            raise self.error('Numeric separators are not allowed at the end of numeric literals',
                             pos)
        self._finish_number(start, pos, float(src[start:pos].replace('_', '')), False)

    def _finish_number(self, start, end, value, bigint, legacy=False):
        src = self.src
        # 12.9.3: the SourceCharacter immediately following a NumericLiteral must not
        # be an IdentifierStart or DecimalDigit.
        if end < self.length:
            c = src[end]
            if ('0' <= c <= '9' or c == '\\' or c == '_' or (legacy and c == 'n') or
                    c in 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$' or
                    (c >= '\x80' and is_id_start(self._code_point_at(end)[0]))):
                raise self.error('Invalid or unexpected token', end)
        self.type = 'bigint' if bigint else 'num'
        self.value = value
        self.end = self.pos = end

    # -- 12.9.4 String Literals -------------------------------------------------------

    def read_string(self, pos, quote):
        src = self.src
        start = pos
        pos += 1
        n = self.length
        # most strings hold no escape and no line break: their value is a slice
        end = src.find(quote, pos)
        if end >= 0 and src.find('\\', pos, end) < 0 and src.find('\n', pos, end) < 0 and \
                src.find('\r', pos, end) < 0:
            self.type = 'string'
            self.value = src[pos:end]
            self.end = self.pos = end + 1
            return
        plain = _STR_PLAIN[quote]
        out = []
        while True:
            m = plain.match(src, pos)
            e = m.end()
            if e > pos:
                out.append(m.group())
            pos = e
            if pos >= n:
                raise self.error('Invalid or unexpected token', start)
            c = src[pos]
            if c == quote:
                pos += 1
                break
            if c != '\\':   # a raw CR or LF ends the line: unterminated
                raise self.error('Invalid or unexpected token', start)
            pos = self._read_escape(pos + 1, out, False)
        self.type = 'string'
        self.value = ''.join(out)
        self.end = self.pos = pos

    def _read_escape(self, pos, out, template):
        """12.9.4 EscapeSequence / LineContinuation after a backslash.

        In templates an invalid escape returns -1 - pos instead of raising (the parser
        decides: an error untagged, undefined cooked value when tagged).
        """
        src = self.src
        if pos >= self.length:
            raise self.error('Invalid or unexpected token', pos - 1)
        c = src[pos]
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            return pos + 1
        if c in _LINE_CONT:
            if c == '\r' and src.startswith('\n', pos + 1):
                return pos + 2
            return pos + 1
        if c == 'x':
            h = src[pos + 1:pos + 3]
            if len(h) != 2 or not all(ch in '0123456789abcdefABCDEF' for ch in h):
                if template:
                    return -1 - (pos - 1)
                raise self.error('Invalid hexadecimal escape sequence', pos - 1)
            out.append(chr(int(h, 16)))
            return pos + 3
        if c == 'u':
            try:
                cp, end = self._read_unicode_escape(pos + 1)
            except JSSyntaxError:
                if template:
                    return -1 - (pos - 1)
                raise
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append(chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF)))
            else:
                out.append(chr(cp))
            return end
        if '0' <= c <= '7':
            nxt = src[pos + 1] if pos + 1 < self.length else ''
            if c == '0' and not ('0' <= nxt <= '9'):
                out.append('\0')
                return pos + 1
            if template:
                return -1 - (pos - 1)
            # B.1.2 LegacyOctalEscapeSequence: strict mode rejects it later.
            if self.octal_pos < 0:
                self.octal_pos = pos - 1
            m = _LEGACY_OCT.match(src, pos, pos + (3 if c <= '3' else 2))
            out.append(chr(int(m.group(), 8)))
            return m.end()
        if c == '8' or c == '9':
            # 12.9.4 NonOctalDecimalEscapeSequence: an error in strict mode only.
            if template:
                return -1 - (pos - 1)
            if self.octal_pos < 0:
                self.octal_pos = pos - 1
            out.append(c)
            return pos + 1
        # a surrogate pair escaped as a whole is one character
        out.append(c)
        return pos + 1

    # -- 12.9.6 Template Literal Lexical Components -----------------------------------

    def read_template(self, pos):
        """Scan a template chunk starting after '`' or '}' up to '${' or '`'."""
        src = self.src
        n = self.length
        out = []
        raw_start = pos
        invalid = -1
        while True:
            m = _TEMPLATE_PLAIN.match(src, pos)
            e = m.end()
            if e > pos:
                out.append(m.group())
            pos = e
            if pos >= n:
                raise self.error('Unterminated template literal', self.start if self.type
                                 == 'template' else raw_start - 1)
            c = src[pos]
            if c == '`':
                raw_end = pos
                pos += 1
                tail = True
                break
            if c == '$':
                if src.startswith('${', pos):
                    raw_end = pos
                    pos += 2
                    tail = False
                    break
                out.append('$')
                pos += 1
                continue
            if c == '\r':   # 12.9.6 TRV/TV: CR and CRLF normalise to LF
                out.append('\n')
                pos += 2 if src.startswith('\r\n', pos) else 1
                continue
            # backslash
            r = self._read_escape(pos + 1, out, True)
            if r < 0:
                if invalid < 0:
                    invalid = -1 - r
                # skip the bad escape's first character; the rest is plain text
                pos += 2
            else:
                pos = r
        self.type = 'template'
        self.start = raw_start - 1
        self.end = self.pos = pos
        self.invalid_escape = invalid
        self.cooked = None if invalid >= 0 else ''.join(out)
        raw = src[raw_start:raw_end]
        if '\r' in raw:
            raw = raw.replace('\r\n', '\n').replace('\r', '\n')
        self.value = raw
        self.tail = tail

    def rescan_template_continuation(self):
        """The current '}' token closes a substitution: scan the next chunk."""
        self.read_template(self.start + 1)

    # -- 12.9.5 Regular Expression Literals -------------------------------------------

    def rescan_regex(self):
        """The current '/' or '/=' token starts a RegularExpressionLiteral."""
        src = self.src
        start = self.start
        pos = start + 1
        n = self.length
        in_class = False
        while True:
            if pos >= n:
                raise self.error('Invalid regular expression: missing /', start)
            c = src[pos]
            if c in _LINE_CONT:
                raise self.error('Invalid regular expression: missing /', start)
            if c == '\\':
                pos += 1
                if pos >= n or src[pos] in _LINE_CONT:
                    raise self.error('Invalid regular expression: missing /', start)
            elif c == '[':
                in_class = True
            elif c == ']':
                in_class = False
            elif c == '/' and not in_class:
                break
            pos += 1
        body = src[start + 1:pos]
        pos += 1
        fstart = pos
        while pos < n:
            c = src[pos]
            if c == '\\':
                raise self.error('Invalid regular expression flags', pos)
            cp, k = self._code_point_at(pos)
            if not is_id_continue(cp):
                break
            pos += k
        self.type = 'regex'
        self.value = body
        self.regex_flags = src[fstart:pos]
        self.end = self.pos = pos

    # -- look-ahead without consuming ----------------------------------------------------

    def save(self):
        return (self.pos, self.type, self.value, self.start, self.end, self.nl_before,
                self.escaped, self.octal_pos, self.last_end)

    def restore(self, state):
        (self.pos, self.type, self.value, self.start, self.end, self.nl_before,
         self.escaped, self.octal_pos, self.last_end) = state

    def peek(self):
        """(type, value, nl_before, escaped, start) of the token after the current one."""
        state = self.save()
        try:
            self.next()
            return self.type, self.value, self.nl_before, self.escaped, self.start
        finally:
            self.restore(state)


# 12.7.2 Keywords and Reserved Words (used for messages; the parser decides by context)
_ALL_KEYWORDS = frozenset((
    'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger',
    'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally',
    'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return',
    'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while',
    'with', 'yield'))

"""The TypeScript links' token layer: snapshots for speculative parses, token
helpers (splitting `>>` into `>` `>`, contextual words), and the "can this start a
type / an expression" predicates of TypeScript's parser (isStartOfType,
isStartOfExpression, canFollowTypeArgumentsInExpression).

Chain: JSXParser -> TSTokens -> TSTypes (typescript_types.py) -> TSDeclarations ->
TypeScriptParser. Context that speculation must restore lives in ``self.ts_flags``
(an int of TS_* bits; links above may add bits of their own): ts_snapshot saves it.
"""
from reflow.parser.errors import JSNestingError, JSSyntaxError
from .jsx import JSXParser

# 12.7.2 ReservedWord (expressions.py's table is a C-level one in the compiled build)
RESERVED = frozenset((
    'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
    'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for',
    'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
    'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with'))

# self.ts_flags bits
TS_NO_CONDITIONAL = 1   # TypeScript's DisallowConditionalTypes context
TS_AMBIENT = 2          # inside `declare` / a .d.ts-like ambient context (bodies optional)

# reserved words that still start a type (isStartOfType) or an expression
# (isStartOfLeftHandSideExpression / isStartOfExpression)
_TYPE_START_WORDS = frozenset(('null', 'this', 'typeof', 'void', 'new', 'true', 'false',
                               'import', 'function'))
_EXPR_START_WORDS = frozenset(('this', 'super', 'null', 'true', 'false', 'function', 'class',
                               'new', 'delete', 'typeof', 'void', 'import', 'in',
                               'instanceof'))
_TYPE_START_TOKENS = frozenset(('{', '[', '<', '|', '&', 'string', 'num', 'bigint', '*',
                                '?', '!', '...', 'template', '<<'))
# tokens that start an expression (isStartOfExpression), names apart
_EXPR_START_TOKENS = frozenset(('num', 'bigint', 'string', 'template', '(', '[', '{', '/',
                                '/=', '+', '-', '~', '!', '++', '--', '<', 'private', '@'))
# TypeScript's binary operators (getBinaryOperatorPrecedence > 0), words apart
_BINARY_TOKENS = frozenset(('??', '||', '&&', '|', '^', '&', '==', '!=', '===', '!==', '<',
                            '>', '<=', '>=', '<<', '>>', '>>>', '+', '-', '*', '/', '%',
                            '**'))
_BINARY_WORDS = frozenset(('in', 'instanceof', 'as', 'satisfies'))


class TSTokens(JSXParser):
    def __init__(self, source, source_type='script', filename='<input>', jsx=False,
                 **options):
        JSXParser.__init__(self, source, source_type, filename, jsx, **options)
        self.typescript = True
        self.ts_flags = 0

    # -- snapshots for speculative parses -------------------------------------------

    def ts_snapshot(self):
        """Everything a parse moves, scanner and parser, as one tuple."""
        return (self.pos, self.type, self.value, self.start, self.end, self.nl_before,
                self.escaped, self.octal_pos, self.last_end, self.cooked,
                self.invalid_escape, self.regex_flags, self.tail, self.yield_pos,
                self.await_pos, self.await_ident_pos, self.potential_arrow_at,
                self.key_escaped, self.key_escaped_any, self.last_escaped, self.strict,
                self.labels, len(self.labels), len(self.scope_stack),
                len(self.private_stack), len(self.parenthesized), self.depth,
                self.operator_depth, self.ts_flags)

    def ts_restore(self, state):
        (self.pos, self.type, self.value, self.start, self.end, self.nl_before,
         self.escaped, self.octal_pos, self.last_end, self.cooked, self.invalid_escape,
         self.regex_flags, self.tail, self.yield_pos, self.await_pos, self.await_ident_pos,
         self.potential_arrow_at, self.key_escaped, self.key_escaped_any, self.last_escaped,
         self.strict, labels, n_labels, n_scopes, n_private, n_paren, self.depth,
         self.operator_depth, self.ts_flags) = state
        self.labels = labels
        del labels[n_labels:]
        del self.scope_stack[n_scopes:]
        del self.private_stack[n_private:]
        parenthesized = self.parenthesized
        while len(parenthesized) > n_paren:   # the nodes read since, newest first
            parenthesized.popitem()

    def ts_try(self, fn, *args):
        """fn(*args), or None with the state restored if it raised a JSSyntaxError."""
        state = self.ts_snapshot()
        try:
            return fn(*args)
        except JSNestingError:
            raise   # too deep is too deep whichever way it is read
        except JSSyntaxError:
            self.ts_restore(state)
            return None

    def ts_look(self, fn, *args):
        """fn(*args)'s result, the state restored whatever happened (a look-ahead)."""
        state = self.ts_snapshot()
        try:
            return fn(*args)
        except JSNestingError:
            raise
        except JSSyntaxError:
            return False
        finally:
            self.ts_restore(state)

    def ts_in_context(self, set_bits, clear_bits, fn):
        """fn() with those ts_flags bits set and cleared (TypeScript's
        doInsideOfContext / doOutsideOfContext), the flags restored after."""
        saved = self.ts_flags
        self.ts_flags = (saved | set_bits) & ~clear_bits
        try:
            return fn()
        finally:
            self.ts_flags = saved

    # -- token helpers ----------------------------------------------------------------

    def ts_is(self, word):
        """The current token is the (unescaped) name ``word``."""
        return self.type == 'name' and self.value == word and not self.escaped

    def ts_next_is(self, t, value=None, same_line=False):
        """The next token has type ``t`` (and value ``value``; on this line)."""
        nt, nv, nl, esc, _ = self.peek()
        if same_line and nl:
            return False
        return nt == t and (value is None or (nv == value and not esc))

    def ts_split_token(self):
        """Take the first character of the current punctuator as a token of its own;
        the rest stays the current token (`>>` closing two lists, `<<` opening two)."""
        self.start += 1
        self.last_end = self.start
        self.type = self.value = self.type[1:]
        self.nl_before = False

    def ts_semicolon(self):
        """parseSemicolon for TS nodes: `;` or ASI; the node ends at its last token
        (typescript-estree's range), not at a closing `}`."""
        if not self.eat(';') and not (self.nl_before or self.type == '}' or
                                      self.type == 'eof'):
            raise self.unexpected()

    def ts_expect_gt(self):
        t = self.type
        if t == '>':
            self.next()
        elif t[:1] == '>':
            self.ts_split_token()
        else:
            raise self.unexpected()

    def ts_at_lt(self):
        """The current token opens a `<` list (reScanLessThanToken: a `<<` is split)."""
        t = self.type
        if t == '<':
            return True
        if t == '<<':
            self.type = self.value = '<'
            self.end = self.pos = self.start + 1
            return True
        return False

    def ts_is_identifier(self):
        """TypeScript's isIdentifier: a name that is not a reserved word."""
        return self.type == 'name' and (self.escaped or self.value not in RESERVED)

    def ts_ident(self):
        """An IdentifierName (reserved words allowed) as an Identifier node."""
        if self.type != 'name':
            raise self.unexpected()
        return self.parse_identifier(liberal=True)
    # -- what may start what ----------------------------------------------------------

    def _ts_can_follow_type_arguments(self):
        t = self.type
        if t == '(' or t == 'template':
            return True
        if t == '<' or t == '>' or t == '+' or t == '-':
            return False
        if self.nl_before or t in _BINARY_TOKENS:
            return True
        if t == 'name':
            v = self.value
            if not self.escaped and v in _BINARY_WORDS:
                return True
            return not self.ts_starts_expression_name()
        return t not in _EXPR_START_TOKENS

    def ts_starts_expression_name(self):
        """A name token starts an expression (isStartOfExpression for names)."""
        v = self.value
        if self.escaped or v not in RESERVED:
            return True
        if v == 'import':
            return self.peek()[0] in ('(', '<', '.')
        return v in _EXPR_START_WORDS

    def ts_starts_type(self):
        """isStartOfType (for `T[K]` against `T[]`)."""
        t = self.type
        if t in _TYPE_START_TOKENS:
            return True
        if t == 'name':
            return self.escaped or self.value not in RESERVED or \
                self.value in _TYPE_START_WORDS
        if t == '-':
            return self.peek()[0] in ('num', 'bigint')
        if t == '(':
            return True
        return False

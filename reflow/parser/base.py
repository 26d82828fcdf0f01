"""The parser's state and the token and node helpers every mixin uses.

``ParserBase`` sits between the scanner and the mixins (scope, patterns, expressions,
functions, modules, parser: each extends the one before), so that its fields and
helpers are C fields and direct calls in the compiled build (base.pxd). The fields
are set by ``Parser.__init__``.
"""
from reflow.parser.errors import JSNestingError
from .scanner import Scanner

# Deep nesting is bounded explicitly (a count of nested statements, expressions,
# operators, patterns, functions and classes): the compiled parser's calls do not count
# against Python's recursion limit, so a RecursionError would come after the C stack has
# overflowed. The bound is V8's RangeError (JSNestingError); the recursion limit is
# raised while parsing so that the pure build reaches the same bound. 1000 levels take
# well under 1 MiB of C stack, compiled.
MAX_DEPTH = 1000
# A prefix operator or a `**` nests one small frame of its own (measured: 50 000 of them
# fit in 8 MiB of C stack, compiled, where 2 000 parentheses do not), so chains of them
# have a bound of their own; V8 parses `2 ** 1 ** ...` 5000 long and fails at 50 000.
MAX_OPERATOR_DEPTH = 10000


class ParserBase(Scanner):

    # -- node positions ---------------------------------------------------------------

    def finish(self, node, start):
        end = self.last_end
        node['range'] = [start, end]
        if self.opt_loc:
            node['loc'] = self.make_loc(start, end)
        return node

    def finish_at(self, node, start, end):
        node['range'] = [start, end]
        if self.opt_loc:
            node['loc'] = self.make_loc(start, end)
        return node

    def make_loc(self, start, end):
        sl, sc = self.line_col(start)
        el, ec = self.line_col(end)
        return {'start': {'line': sl, 'column': sc}, 'end': {'line': el, 'column': ec}}

    def node_start(self, node):
        return node['range'][0]

    # -- token helpers ----------------------------------------------------------------

    def eat(self, t):
        if self.type == t:
            self.next()
            return True
        return False

    def expect(self, t):
        if self.type == t:
            self.next()
        else:
            raise self.unexpected()

    def is_contextual(self, name):
        return self.type == 'name' and self.value == name and not self.escaped

    def eat_contextual(self, name):
        if self.type == 'name' and self.value == name and not self.escaped:
            self.next()
            return True
        return False

    def expect_contextual(self, name):
        if not self.eat_contextual(name):
            raise self.unexpected()

    def can_insert_semicolon(self):
        t = self.type
        return t == 'eof' or t == '}' or self.nl_before

    def semicolon(self):
        """12.10 Automatic Semicolon Insertion."""
        if self.type == ';':
            self.next()
        elif not self.nl_before:
            if not (self.type == 'eof' or self.type == '}'):
                raise self.unexpected()
            # esprima ends a statement closed by '}' or the end of input at that token
            self.last_end = self.start

    # -- nesting bounds ---------------------------------------------------------------

    def enter_depth(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.nesting_error()

    def enter_operator_depth(self):
        self.operator_depth += 1
        if self.operator_depth > MAX_OPERATOR_DEPTH:
            raise self.nesting_error()

    def nesting_error(self):
        line, col = self.line_col(self.start)
        return JSNestingError(self.filename, line, col + 1, self.start)

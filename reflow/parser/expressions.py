"""13 ECMAScript Language: Expressions (parser mixin).

Cover grammars (13.2.5 ObjectLiteral as ObjectAssignmentPattern, 15.3 arrow parameters)
are handled as acorn does: parse as an expression while recording, in a
``DestructuringErrors``, what would be wrong as an expression or as a pattern; then
convert with ``to_assignable`` (patterns.py) when '=' or '=>' follows.
"""
from .patterns import DestructuringErrors, PatternMixin
from reflow.parser.errors import RegExpSyntaxError

# 13.6-13.13 binary operator precedences (higher binds tighter)
BINARY_PRECEDENCE = {
    '??': 1, '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5,
    '==': 6, '!=': 6, '===': 6, '!==': 6,
    '<': 7, '>': 7, '<=': 7, '>=': 7, 'instanceof': 7, 'in': 7,
    '<<': 8, '>>': 8, '>>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10, '**': 11,
}
ASSIGN_OPS = frozenset(('=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '>>>=', '&=', '|=',
                        '^=', '**=', '&&=', '||=', '??='))
# 13.4-13.5 and 15.8: what starts a prefix operation
_PREFIX_OPS = frozenset(('!', '~', '+', '-', '++', '--'))
_PREFIX_WORDS = frozenset(('typeof', 'void', 'delete', 'await'))
_UPDATE_OPS = frozenset(('++', '--'))
# 12.7.2 ReservedWord, and those reserved in strict mode code only (12.7.2, 13.1.1)
RESERVED = frozenset((
    'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
    'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for',
    'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
    'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with'))
STRICT_RESERVED = frozenset(('implements', 'interface', 'let', 'package', 'private',
                             'protected', 'public', 'static', 'yield'))
# the names check_unreserved has something to say about: one set lookup for the rest
_CHECKED_NAMES = RESERVED | STRICT_RESERVED | frozenset(('await', 'arguments'))
_LITERAL_WORDS = {'true': True, 'false': False, 'null': None}


class ExpressionMixin(PatternMixin):

    # 13.16 Comma Operator
    def parse_expression(self, no_in=False, refs=None):
        start = self.start
        expr = self.parse_maybe_assign(no_in, refs)
        if self.type == ',':
            exprs = [expr]
            while self.type == ',':
                self.next()
                exprs.append(self.parse_maybe_assign(no_in, refs))
            return self.finish({'type': 'SequenceExpression', 'expressions': exprs}, start)
        return expr

    # 13.15 Assignment Operators
    def parse_maybe_assign(self, no_in=False, refs=None):
        self.enter_depth()
        try:
            if self.type == 'name' and self.value == 'yield' and not self.escaped and \
                    self.in_generator:
                return self.parse_yield(no_in)
            own_refs = refs is None
            if own_refs:
                refs = DestructuringErrors()
                old_paren_assign = old_trailing = old_double_proto = -1
            else:
                old_paren_assign = refs.parenthesized_assign
                old_trailing = refs.trailing_comma
                old_double_proto = refs.double_proto
                refs.parenthesized_assign = refs.trailing_comma = -1
            start = self.start
            t = self.type
            if t == '(' or t == 'name':
                self.potential_arrow_at = start
            left = self.parse_maybe_conditional(no_in, refs)
            op = self.type
            if op in ASSIGN_OPS:
                if self.is_web_compat_call(left) and op not in ('&&=', '||=', '??='):
                    pass
                elif op == '=':
                    left = self.to_assignable(left, False, refs)
                    if not own_refs:
                        refs.parenthesized_assign = refs.trailing_comma = \
                            refs.double_proto = -1
                    if refs.shorthand_assign >= self.node_start(left):
                        refs.shorthand_assign = -1
                    self.check_lval_pattern(left, 0)
                else:
                    self.check_lval_simple(left, 0)
                self.next()
                right = self.parse_maybe_assign(no_in)
                if old_double_proto > -1:
                    refs.double_proto = old_double_proto
                return self.finish({'type': 'AssignmentExpression', 'operator': op,
                                    'left': left, 'right': right}, start)
            if own_refs:
                self.check_expression_errors(refs, True)
            if old_paren_assign > -1:
                refs.parenthesized_assign = old_paren_assign
            if old_trailing > -1:
                refs.trailing_comma = old_trailing
            return left
        finally:
            self.depth -= 1

    # 13.14 Conditional Operator
    def parse_maybe_conditional(self, no_in, refs):
        start = self.start
        expr = self.parse_expr_ops(no_in, refs)
        if self.check_expression_errors(refs):
            return expr
        if self.type == '?':
            self.next()
            cons = self.parse_maybe_assign()
            self.expect(':')
            alt = self.parse_maybe_assign(no_in)
            return self.finish({'type': 'ConditionalExpression', 'test': expr,
                                'consequent': cons, 'alternate': alt}, start)
        return expr

    # 13.6-13.13 binary operators, by precedence climbing
    def parse_expr_ops(self, no_in, refs):
        start = self.start
        if self.type == 'private':
            # 13.10 RelationalExpression : PrivateIdentifier in ShiftExpression
            left = self.parse_private_name_ref()
            if not self.is_contextual('in') or no_in:
                raise self.unexpected()
        else:
            left = self.parse_maybe_unary(refs, False)
            if self.check_expression_errors(refs):
                return left
            if self.node_start(left) == start and left['type'] == 'ArrowFunctionExpression':
                return left
        return self.parse_expr_op(left, start, -1, no_in)

    def parse_expr_op(self, left, left_start, min_prec, no_in):
        while True:
            t = self.type
            if t == 'name':
                if self.escaped or not (t := self.value) in ('in', 'instanceof') or \
                        (no_in and t == 'in'):
                    return left
            prec = BINARY_PRECEDENCE.get(t)
            if prec is None or prec <= min_prec:
                return left
            logical = t == '||' or t == '&&'
            coalesce = t == '??'
            if coalesce:
                # '??' binds like '&&' so that mixing without parentheses is detected
                prec = 2
            if left['type'] == 'PrivateIdentifier' and t != 'in':
                raise self.unexpected()
            self.next()
            rstart = self.start
            if t == '**':
                # right-associative: `2 ** 2 ** ...` nests a level for each operator
                self.enter_operator_depth()
                try:
                    right = self.parse_expr_op(self.parse_maybe_unary(None, False), rstart,
                                               prec - 1, no_in)
                finally:
                    self.operator_depth -= 1
            else:
                if self.type == 'private':
                    # only `#x in y` may start an operand, and only one looser than `in`
                    if prec >= BINARY_PRECEDENCE['in']:
                        raise self.unexpected()
                    rl = self.parse_private_name_ref()
                    if not self.is_contextual('in'):
                        raise self.unexpected()
                else:
                    rl = self.parse_maybe_unary(None, False)
                right = self.parse_expr_op(rl, rstart, prec, no_in)
            if (logical and self.type == '??') or (coalesce and self.type in ('||', '&&')):
                raise self.error('Logical expressions and coalesce expressions cannot be '
                                 'mixed. Wrap either by parentheses')
            left = self.finish({'type': 'LogicalExpression' if logical or coalesce else
                                'BinaryExpression', 'operator': t, 'left': left,
                                'right': right}, left_start)

    # 13.4 Update Expressions, 13.5 Unary Operators, 15.8 await
    def parse_maybe_unary(self, refs, saw_unary, inc_dec=False):
        start = self.start
        t = self.type
        # one set lookup tells the common operand from a prefix operator
        if t == 'name':
            prefix = not self.escaped and self.value in _PREFIX_WORDS and (
                self.value != 'await' or self.can_await)
        else:
            prefix = t in _PREFIX_OPS
        if not prefix:
            expr = self.parse_expr_subscripts(refs)
            if self.check_expression_errors(refs):
                return expr
            while self.type in _UPDATE_OPS and not self.nl_before:
                if not self.is_web_compat_call(expr):
                    self.check_lval_simple(expr, 0, update=True)
                op = self.type
                self.next()
                expr = self.finish({'type': 'UpdateExpression', 'operator': op,
                                    'argument': expr, 'prefix': False}, start)
        # each prefix operator nests one level (`!!!!x`, `- - -x`, `await await x`)
        elif t == 'name' and self.value == 'await':
            self.enter_operator_depth()
            try:
                expr = self.parse_await()
            finally:
                self.operator_depth -= 1
            saw_unary = True
        elif t in _UPDATE_OPS:
            self.next()
            self.enter_operator_depth()
            try:
                arg = self.parse_maybe_unary(None, True, inc_dec=True)
            finally:
                self.operator_depth -= 1
            if not self.is_web_compat_call(arg):
                self.check_lval_simple(arg, 0, update=True)
            expr = self.finish({'type': 'UpdateExpression', 'operator': t, 'argument': arg,
                                'prefix': True}, start)
        else:
            op = self.value
            self.next()
            self.enter_operator_depth()
            try:
                arg = self.parse_maybe_unary(None, True)
            finally:
                self.operator_depth -= 1
            if op == 'delete':
                self.check_delete(arg)
            expr = self.finish({'type': 'UnaryExpression', 'operator': op, 'argument': arg,
                                'prefix': True}, start)
            saw_unary = True
        if saw_unary and not inc_dec and self.type == '**':
            raise self.error('Unary operator used immediately before exponentiation '
                             'expression. Parenthesis must be used to disambiguate '
                             'operator precedence')
        return expr

    def is_web_compat_call(self, node):
        """Annex B, Runtime Errors for Function Call Assignment Targets: in sloppy code a
        call may stand where a simple target is needed; it throws a ReferenceError when
        evaluated."""
        return node['type'] == 'CallExpression' and not self.strict

    def check_delete(self, arg):
        # 13.5.1.1: delete of an identifier (strict) or of a private reference
        inner = arg
        while inner['type'] == 'ChainExpression':
            inner = inner['expression']
        if self.strict and inner['type'] == 'Identifier':
            raise self.error('Delete of an unqualified identifier in strict mode.',
                             self.node_start(arg))
        if inner['type'] == 'MemberExpression' and \
                inner['property']['type'] == 'PrivateIdentifier':
            raise self.error('Private fields can not be deleted', self.node_start(arg))

    # 15.8 AwaitExpression
    def parse_await(self):
        start = self.start
        if not self.await_pos:
            self.await_pos = start + 1
        self.next()
        arg = self.parse_maybe_unary(None, True)
        return self.finish({'type': 'AwaitExpression', 'argument': arg}, start)

    # 15.5 YieldExpression
    def parse_yield(self, no_in):
        start = self.start
        if not self.yield_pos:
            self.yield_pos = start + 1
        self.next()
        delegate = False
        arg = None
        if self.type == ';' or self.can_insert_semicolon() or (
                self.type != '*' and not self.starts_expression()):
            pass
        else:
            delegate = self.eat('*')
            arg = self.parse_maybe_assign(no_in)
        return self.finish({'type': 'YieldExpression', 'argument': arg,
                            'delegate': delegate}, start)

    def starts_expression(self):
        t = self.type
        if t == 'name':
            return self.escaped or self.value not in ('in', 'of', 'instanceof')
        return t not in _NON_STARTERS

    # 13.3 Left-Hand-Side Expressions
    def parse_expr_subscripts(self, refs):
        start = self.start
        expr = self.parse_expr_atom(refs)
        if expr['type'] == 'ArrowFunctionExpression' and \
                self.src[self.last_end - 1] != ')':
            # an arrow with an expression body ends the chain
            return expr
        return self.parse_subscripts(expr, start, False)

    def parse_subscripts(self, base, start, no_calls):
        maybe_async_arrow = (base['type'] == 'Identifier' and base['name'] == 'async' and
                             self.last_end == base['range'][1] and not self.can_insert_semicolon()
                             and base['range'][1] - base['range'][0] == 5
                             and self.potential_arrow_at == base['range'][0])
        chained = False
        while True:
            t = self.type
            if t == '.':
                self.next()
                if self.type == 'private':
                    prop = self.parse_private_name_ref()
                    if base['type'] == 'Super':
                        raise self.error("Unexpected private field", self.node_start(prop))
                else:
                    prop = self.parse_identifier(liberal=True)
                base = self.finish({'type': 'MemberExpression', 'computed': False,
                                    'object': base, 'property': prop, 'optional': False},
                                   start)
            elif t == '?.':
                if no_calls:
                    raise self.error('Invalid optional chain from new expression')
                chained = True
                self.next()
                if self.type == '(':
                    args = self.parse_call_arguments()
                    base = self.finish({'type': 'CallExpression', 'callee': base,
                                        'arguments': args, 'optional': True}, start)
                elif self.type == '[':
                    self.next()
                    prop = self.parse_expression()
                    self.expect(']')
                    base = self.finish({'type': 'MemberExpression', 'computed': True,
                                        'object': base, 'property': prop, 'optional': True},
                                       start)
                elif self.type == 'template':
                    raise self.error('Invalid tagged template on optional chain')
                else:
                    if self.type == 'private':
                        prop = self.parse_private_name_ref()
                    else:
                        prop = self.parse_identifier(liberal=True)
                    base = self.finish({'type': 'MemberExpression', 'computed': False,
                                        'object': base, 'property': prop, 'optional': True},
                                       start)
            elif t == '[':
                self.next()
                prop = self.parse_expression()
                self.expect(']')
                base = self.finish({'type': 'MemberExpression', 'computed': True,
                                    'object': base, 'property': prop, 'optional': False}, start)
            elif t == '(' and not no_calls:
                if maybe_async_arrow:
                    return self.parse_async_call_or_arrow(base, start)
                args = self.parse_call_arguments()
                base = self.finish({'type': 'CallExpression', 'callee': base,
                                    'arguments': args, 'optional': False}, start)
            elif t == 'template':
                if chained:
                    raise self.error('Invalid tagged template on optional chain')
                quasi = self.parse_template(tagged=True)
                base = self.finish({'type': 'TaggedTemplateExpression', 'tag': base,
                                    'quasi': quasi}, start)
            else:
                break
            maybe_async_arrow = False
        if chained:
            base = self.finish({'type': 'ChainExpression', 'expression': base}, start)
        return base

    def parse_call_arguments(self):
        """13.3.8 Arguments, after which the ')' has been consumed."""
        self.expect('(')
        args = []
        while self.type != ')':
            if self.type == '...':
                sstart = self.start
                self.next()
                args.append(self.finish({'type': 'SpreadElement',
                                         'argument': self.parse_maybe_assign()}, sstart))
            else:
                args.append(self.parse_maybe_assign())
            if self.type != ')':
                self.expect(',')
        self.next()
        return args

    def parse_async_call_or_arrow(self, callee, start):
        """`async (...)`: a call, or the head of an async arrow function (15.9)."""
        old_yield, old_await, old_await_ident = self.yield_pos, self.await_pos, \
            self.await_ident_pos
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        refs = DestructuringErrors()
        self.expect('(')
        items = []
        trailing_after_rest = -1
        rest_at = -1
        while self.type != ')':
            if self.type == '...':
                sstart = self.start
                self.next()
                arg = self.parse_maybe_assign(False, refs)
                items.append(self.finish({'type': 'SpreadElement', 'argument': arg}, sstart))
                if rest_at < 0:
                    rest_at = sstart
                if self.type == ',':
                    trailing_after_rest = self.start
            else:
                items.append(self.parse_maybe_assign(False, refs))
            if self.type != ')':
                self.expect(',')
                if rest_at >= 0 and self.type == ')' and trailing_after_rest < 0:
                    trailing_after_rest = self.last_end - 1
        self.next()
        if self.type == '=>' and not self.nl_before:
            self.check_pattern_errors(refs, False)
            if trailing_after_rest >= 0:
                raise self.error('Rest parameter must be last formal parameter',
                                 trailing_after_rest)
            if self.await_ident_pos:
                raise self.error("'await' is not a valid identifier name in an async "
                                 "function", self.await_ident_pos - 1)
            self.check_yield_await_in_params()
            self.yield_pos, self.await_pos, self.await_ident_pos = old_yield, old_await, \
                old_await_ident
            params = self.to_assignable_list(items, True)
            return self.parse_arrow_expression(start, params, True)
        self.check_expression_errors(refs, True)
        self.yield_pos = old_yield or self.yield_pos
        self.await_pos = old_await or self.await_pos
        self.await_ident_pos = old_await_ident or self.await_ident_pos
        node = self.finish({'type': 'CallExpression', 'callee': callee, 'arguments': items,
                            'optional': False}, start)
        return self.parse_subscripts(node, start, False)

    def check_yield_await_in_params(self):
        if self.yield_pos:
            raise self.error('Yield expression not allowed in formal parameter',
                             self.yield_pos - 1)
        if self.await_pos:
            raise self.error('Await expression not allowed in formal parameter',
                             self.await_pos - 1)

    # 13.2 Primary Expression
    def parse_expr_atom(self, refs):
        t = self.type
        start = self.start
        if t == 'name':
            v = self.value
            if not self.escaped:
                m = _ATOM_KEYWORDS.get(v)
                if m is not None:
                    return m(self, start, refs)
                if v == 'async':
                    nt, nv, nl, esc, _ = self.peek()
                    if nt == 'name' and nv == 'function' and not nl and not esc:
                        self.next()
                        return self.parse_function_expression(start, True)
            can_arrow = self.potential_arrow_at == start
            ident = self.parse_identifier()
            if can_arrow and not self.can_insert_semicolon():
                if self.type == '=>':
                    return self.parse_arrow_expression(start, [ident], False)
                if v == 'async' and self.type == 'name' and not self.escaped and \
                        ident['range'][1] - ident['range'][0] == 5 and not self.nl_before \
                        and self._arrow_follows_name():
                    # 15.9 async ArrowBindingIdentifier => ...
                    if self.value == 'await' and not self.escaped:
                        raise self.error("'await' is not a valid identifier name in an async "
                                         "function")
                    old = self.yield_pos, self.await_pos, self.await_ident_pos
                    self.yield_pos = self.await_pos = self.await_ident_pos = 0
                    param = self.parse_identifier()
                    if self.type != '=>' or self.nl_before:
                        raise self.unexpected()
                    self.yield_pos, self.await_pos, self.await_ident_pos = old
                    return self.parse_arrow_expression(start, [param], True)
            return ident
        if t == 'num' or t == 'string':
            if self.octal_pos >= 0 and self.strict:
                raise self.error('Octal literals are not allowed in strict mode.' if t == 'num'
                                 else 'Octal escape sequences are not allowed in strict mode.',
                                 self.octal_pos)
            value = self.value
            self.next()
            return self.finish({'type': 'Literal', 'value': value,
                                'raw': self.src[start:self.last_end]}, start)
        if t == '(':
            return self.parse_paren_and_distinguish(refs)
        if t == '[':
            return self.parse_array_literal(refs)
        if t == '{':
            return self.parse_object_like(False, refs)
        if t == 'template':
            return self.parse_template(tagged=False)
        if t == '/' or t == '/=':
            return self.parse_regex_literal()
        if t == 'bigint':
            value = self.value
            self.next()
            raw = self.src[start:self.last_end]
            return self.finish({'type': 'Literal', 'value': value, 'raw': raw,
                                'bigint': raw[:-1].replace('_', '')}, start)
        if t == 'private':
            raise self.unexpected()
        raise self.unexpected()

    def _arrow_follows_name(self):
        """The current name token is followed by `=>` on the same line."""
        state = self.save()
        try:
            self.next()
            return self.type == '=>' and not self.nl_before
        finally:
            self.restore(state)

    def parse_regex_literal(self):
        start = self.start
        self.rescan_regex()
        pattern, flags = self.value, self.regex_flags
        from reflow.parser.regexp import validate_regexp
        try:
            validate_regexp(pattern, flags)
        except RegExpSyntaxError as e:
            # the offset is into the pattern; a flags error points at the flags
            at = start + 1 + (e.offset if e.offset >= 0 else len(pattern) + 1)
            raise self.error(e.message, at) from None
        self.next()
        return self.finish({'type': 'Literal', 'value': None,
                            'raw': self.src[start:self.last_end],
                            'regex': {'pattern': pattern, 'flags': flags}}, start)

    def _atom_literal_word(self, start, refs):
        value = _LITERAL_WORDS[self.value]
        raw = self.value
        self.next()
        return self.finish({'type': 'Literal', 'value': value, 'raw': raw}, start)

    def _atom_this(self, start, refs):
        self.next()
        return self.finish({'type': 'ThisExpression'}, start)

    def _atom_super(self, start, refs):
        # 13.3.7 SuperCall / SuperProperty
        self.next()
        if self.type == '(':
            if not self.allow_direct_super:
                raise self.error("'super' keyword unexpected here", start)
        elif self.type == '.' or self.type == '[':
            if not self.allow_super:
                raise self.error("'super' keyword unexpected here", start)
        else:
            raise self.error("'super' keyword unexpected here", start)
        return self.finish({'type': 'Super'}, start)

    def _atom_function(self, start, refs):
        return self.parse_function_expression(start, False)

    def _atom_class(self, start, refs):
        return self.parse_class(start, False)

    def _atom_new(self, start, refs):
        # 13.3.5 The new Operator; 13.3.12 new.target
        self.next()
        if self.type == '.':
            self.next()
            if not (self.type == 'name' and self.value == 'target'):
                raise self.unexpected()
            if self.escaped:
                raise self.error("'new.target' must not contain escaped characters")
            prop = self.parse_identifier(liberal=True)
            if not self.allow_new_target:
                raise self.error("new.target expression is not allowed here", start)
            meta = self.finish_at({'type': 'Identifier', 'name': 'new'}, start, start + 3)
            return self.finish({'type': 'MetaProperty', 'meta': meta, 'property': prop}, start)
        cstart = self.start
        self.enter_depth()
        try:
            callee = self._parse_new_callee(cstart)
        finally:
            self.depth -= 1
        args = self.parse_call_arguments() if self.type == '(' else []
        return self.finish({'type': 'NewExpression', 'callee': callee, 'arguments': args},
                           start)

    def _parse_new_callee(self, cstart):
        if self.type == 'name' and self.value == 'import' and not self.escaped and \
                self.peek()[0] == '(':
            raise self.error('Cannot use new with import')
        callee = self.parse_subscripts(self.parse_expr_atom(None), cstart, True)
        if callee['type'] == 'ChainExpression':
            raise self.error('Invalid optional chain from new expression')
        return callee

    def _atom_import(self, start, refs):
        # 13.3.10 ImportCall, 13.3.12 import.meta
        self.next()
        if self.type == '.':
            self.next()
            if not (self.type == 'name' and self.value == 'meta'):
                raise self.unexpected()
            if self.escaped:
                raise self.error("'import.meta' must not contain escaped characters")
            if not self.is_module:
                raise self.error("Cannot use 'import.meta' outside a module", start)
            prop = self.parse_identifier(liberal=True)
            meta = self.finish_at({'type': 'Identifier', 'name': 'import'}, start, start + 6)
            return self.finish({'type': 'MetaProperty', 'meta': meta, 'property': prop}, start)
        if self.type != '(':
            raise self.unexpected()
        self.next()
        if self.type == '...':
            raise self.unexpected()
        source = self.parse_maybe_assign()
        options = None
        if self.eat(','):
            if self.type != ')':
                options = self.parse_maybe_assign()
                self.eat(',')
        self.expect(')')
        return self.finish({'type': 'ImportExpression', 'source': source,
                            'options': options}, start)

    # 13.2.4 Array Initializer
    def parse_array_literal(self, refs):
        start = self.start
        self.next()
        elems = []
        while self.type != ']':
            if self.type == ',':
                self.next()
                elems.append(None)
                continue
            if self.type == '...':
                sstart = self.start
                self.next()
                arg = self.parse_maybe_assign(False, refs)
                elems.append(self.finish({'type': 'SpreadElement', 'argument': arg}, sstart))
                if refs is not None and self.type == ',' and refs.trailing_comma < 0:
                    refs.trailing_comma = self.start
            else:
                elems.append(self.parse_maybe_assign(False, refs))
            if self.type != ']':
                self.expect(',')
        self.next()
        return self.finish({'type': 'ArrayExpression', 'elements': elems}, start)

    # 13.2.8 Template Literals
    def parse_template(self, tagged):
        start = self.start
        quasis = []
        exprs = []
        while True:
            if self.cooked is None and not tagged:
                raise self.error('Invalid escape sequence in template', self.invalid_escape)
            elem = {'type': 'TemplateElement',
                    'value': {'raw': self.value, 'cooked': self.cooked}, 'tail': self.tail}
            quasis.append(self.finish_at(elem, self.start, self.end))
            if self.tail:
                self.next()
                break
            self.next()
            exprs.append(self.parse_expression())
            if self.type != '}':
                raise self.unexpected()
            self.rescan_template_continuation()
        return self.finish({'type': 'TemplateLiteral', 'quasis': quasis,
                            'expressions': exprs}, start)

    # 13.2.5 Object Initializer (and, by cover grammar, ObjectPattern)
    def parse_object_like(self, is_pattern, refs):
        start = self.start
        self.next()
        props = []
        has_proto = False
        while self.type != '}':
            prop = self.parse_property(is_pattern, refs)
            if not is_pattern and prop['type'] == 'Property' and not prop['computed'] and \
                    prop['kind'] == 'init' and not prop['method'] and not prop['shorthand']:
                key = prop['key']
                name = key.get('name') if key['type'] == 'Identifier' else (
                    key['value'] if key['type'] == 'Literal' and
                    isinstance(key['value'], str) else None)
                if name == '__proto__':
                    if has_proto:
                        if refs is not None:
                            if refs.double_proto < 0:
                                refs.double_proto = self.node_start(key)
                        else:
                            raise self.error('Duplicate __proto__ fields are not allowed in '
                                             'object literals', self.node_start(key))
                    has_proto = True
            props.append(prop)
            if self.type != '}':
                self.expect(',')
                if is_pattern and self.type == '}' and props[-1]['type'] == 'RestElement':
                    raise self.error('Comma is not permitted after the rest element',
                                     self.last_end - 1)
        self.next()
        return self.finish({'type': 'ObjectPattern' if is_pattern else 'ObjectExpression',
                            'properties': props}, start)

    def parse_property(self, is_pattern, refs):
        start = self.start
        if self.type == '...':
            self.next()
            if is_pattern:
                arg = self.parse_identifier()
                if self.type == ',':
                    raise self.error('Comma is not permitted after the rest element')
                return self.finish({'type': 'RestElement', 'argument': arg}, start)
            arg = self.parse_maybe_assign(False, refs)
            if self.type == ',' and refs is not None and refs.trailing_comma < 0:
                refs.trailing_comma = self.start
            return self.finish({'type': 'SpreadElement', 'argument': arg}, start)
        is_async = is_gen = False
        kind = 'init'
        if not is_pattern:
            if self.type == '*':
                is_gen = True
                self.next()
            elif self.type == 'name' and not self.escaped and self.value in ('async', 'get',
                                                                              'set'):
                word = self.value
                nt, _, nl, _, _ = self.peek()
                if nt not in (',', '}', ':', '(', '=') and not (word == 'async' and nl):
                    self.next()
                    if word == 'async':
                        is_async = True
                        is_gen = self.eat('*')
                    else:
                        kind = word
                elif word == 'async' and nl and nt not in (',', '}', ':', '(', '='):
                    raise self.unexpected(self.peek()[4])
        computed, key = self.parse_property_name()
        if kind != 'init':
            value = self.parse_method(False, False, kind)
            return self.finish({'type': 'Property', 'key': key, 'computed': computed,
                                'value': value, 'kind': kind, 'method': False,
                                'shorthand': False}, start)
        if is_async or is_gen or self.type == '(':
            if is_pattern:
                raise self.unexpected()
            value = self.parse_method(is_async, is_gen)
            return self.finish({'type': 'Property', 'key': key, 'computed': computed,
                                'value': value, 'kind': 'init', 'method': True,
                                'shorthand': False}, start)
        if self.type == ':':
            self.next()
            if is_pattern:
                value = self.parse_maybe_default(self.start)
            else:
                value = self.parse_maybe_assign(False, refs)
            return self.finish({'type': 'Property', 'key': key, 'computed': computed,
                                'value': value, 'kind': 'init', 'method': False,
                                'shorthand': False}, start)
        # shorthand: IdentifierReference, or CoverInitializedName `a = 1`
        if computed or key['type'] != 'Identifier':
            raise self.unexpected()
        self.check_identifier_reference(key, self.key_escaped)
        if key['name'] == 'await' and not self.await_ident_pos and \
                not self.key_escaped_any:
            self.await_ident_pos = start + 1
        value = dict(key)
        if self.type == '=':
            if refs is not None and not is_pattern:
                if refs.shorthand_assign < 0:
                    refs.shorthand_assign = self.start
                value = self.parse_maybe_default(start, value)
            elif is_pattern:
                value = self.parse_maybe_default(start, value)
            else:
                raise self.unexpected()
        return self.finish({'type': 'Property', 'key': key, 'computed': computed,
                            'value': value, 'kind': 'init', 'method': False,
                            'shorthand': True}, start)

    def parse_property_name(self):
        """13.2.5 PropertyName; returns (computed, key). Records the key's spelling."""
        t = self.type
        start = self.start
        self.key_escaped = False
        self.key_escaped_any = self.escaped
        if t == '[':
            self.next()
            key = self.parse_maybe_assign()
            self.expect(']')
            return True, key
        if t == 'name':
            name = self.value
            self.key_escaped = self.escaped
            self.next()
            return False, self.finish({'type': 'Identifier', 'name': name}, start)
        if t == 'num' or t == 'string':
            if self.octal_pos >= 0 and self.strict:
                raise self.error('Octal literals are not allowed in strict mode.',
                                 self.octal_pos)
            value = self.value
            self.next()
            return False, self.finish({'type': 'Literal', 'value': value,
                                       'raw': self.src[start:self.last_end]}, start)
        if t == 'bigint':
            value = self.value
            self.next()
            raw = self.src[start:self.last_end]
            return False, self.finish({'type': 'Literal', 'value': value, 'raw': raw,
                                       'bigint': raw[:-1].replace('_', '')}, start)
        raise self.unexpected()

    # 13.1 Identifiers
    def parse_identifier(self, liberal=False):
        if self.type != 'name':
            raise self.unexpected()
        start = self.start
        name = self.value
        escaped = self.escaped
        if not liberal and name in _CHECKED_NAMES:
            self.check_unreserved(name, start, escaped)
            if name == 'await' and not self.await_ident_pos:
                self.await_ident_pos = start + 1
        self.next()
        return self.finish({'type': 'Identifier', 'name': name}, start)

    def check_identifier_reference(self, ident, escaped=False):
        self.check_unreserved(ident['name'], self.node_start(ident), escaped)

    def check_unreserved(self, name, start, escaped=False):
        """13.1.1 Static Semantics: Early Errors for identifiers in this context."""
        if name not in _CHECKED_NAMES:
            return
        if name == 'yield':
            if self.in_generator:
                raise self.error("Cannot use 'yield' as identifier inside a generator", start)
        elif name == 'await':
            if self.in_async or self.can_await:
                raise self.error("Cannot use 'await' as identifier inside an async function",
                                 start)
            if self.in_class_static_block:
                raise self.error("Cannot use 'await' in class static initialization block",
                                 start)
            if self.is_module:
                raise self.error("Unexpected reserved word", start)
        elif name == 'arguments':
            if self.in_class_field_init or self.in_class_static_block:
                raise self.error("'arguments' is not allowed in class field initializer or "
                                 "static initialization block", start)
        if name in RESERVED or (self.strict and name in STRICT_RESERVED):
            if escaped:
                raise self.error('Keyword must not contain escaped characters', start)
            if name in STRICT_RESERVED:
                raise self.error('Unexpected strict mode reserved word', start)
            raise self.error("Unexpected token '%s'" % name, start)

    def parse_private_name_ref(self):
        """A use of #name: recorded so that it can be checked against the class body."""
        start = self.start
        name = self.value
        if not self.private_stack:
            raise self.error("Private field '#%s' must be declared in an enclosing class" %
                             name, start)
        self.private_stack[-1]['used'].append((name, start))
        self.next()
        return self.finish({'type': 'PrivateIdentifier', 'name': name}, start)

    # 13.2.9 The Grouping Operator, with 15.3 arrow parameters as its cover grammar
    def parse_paren_and_distinguish(self, refs):
        start = self.start
        can_arrow = self.potential_arrow_at == start
        self.next()
        inner_refs = DestructuringErrors()
        old_yield, old_await = self.yield_pos, self.await_pos
        self.yield_pos = self.await_pos = 0
        items = []
        first = True
        last_is_comma = False
        spread_at = -1
        trailing_after_rest = -1
        inner_start = self.start
        while self.type != ')':
            if not first:
                self.expect(',')
                if self.type == ')':
                    last_is_comma = True
                    break
            first = False
            if self.type == '...':
                spread_at = self.start
                self.next()
                arg = self.parse_binding_atom()
                items.append(self.finish({'type': 'RestElement', 'argument': arg},
                                         spread_at))
                if self.type == '=':
                    raise self.error('Rest parameter may not have a default initializer')
                if self.type == ',':
                    trailing_after_rest = self.start
                    break
            else:
                items.append(self.parse_maybe_assign(False, inner_refs))
        inner_end = self.last_end
        self.expect(')')
        if can_arrow and self.type == '=>' and not self.nl_before:
            if trailing_after_rest >= 0:
                raise self.error('Rest parameter must be last formal parameter',
                                 trailing_after_rest)
            self.check_pattern_errors(inner_refs, False)
            self.check_yield_await_in_params()
            self.yield_pos, self.await_pos = old_yield, old_await
            params = self.to_assignable_list(items, True)
            return self.parse_arrow_expression(start, params, False)
        if not items or last_is_comma:
            raise self.unexpected(self.last_end - 1) if items else self.unexpected()
        if spread_at >= 0:
            raise self.unexpected(spread_at)
        self.check_expression_errors(inner_refs, True)
        self.yield_pos = old_yield or self.yield_pos
        self.await_pos = old_await or self.await_pos
        if len(items) > 1:
            expr = self.finish_at({'type': 'SequenceExpression', 'expressions': items},
                                  inner_start, inner_end)
        else:
            expr = items[0]
        self.parenthesized[id(expr)] = expr
        return expr

    def is_parenthesized(self, node):
        return id(node) in self.parenthesized

    # refs checks (acorn's checkExpressionErrors / checkPatternErrors)
    def check_expression_errors(self, refs, and_throw=False):
        if refs is None:
            return False
        sa, dp = refs.shorthand_assign, refs.double_proto
        if not and_throw:
            return sa >= 0 or dp >= 0
        if sa >= 0:
            raise self.error('Shorthand property assignments are valid only in destructuring '
                             'patterns', sa)
        if dp >= 0:
            raise self.error('Duplicate __proto__ fields are not allowed in object literals',
                             dp)
        return False

    def check_pattern_errors(self, refs, is_assign):
        if refs is None:
            return
        if refs.trailing_comma >= 0:
            raise self.error('Comma is not permitted after the rest element',
                             refs.trailing_comma)
        paren = refs.parenthesized_assign if is_assign else refs.parenthesized_bind
        if paren >= 0:
            raise self.error('Parenthesized pattern' if not is_assign else
                             'Invalid destructuring assignment target', paren)


_NON_STARTERS = frozenset((')', ']', '}', ',', ':', ';', '=>', '?', '?.', '.', '=', 'eof',
                           '==', '===', '!=', '!==', '<=', '>=', '>', '&&', '||', '??',
                           '*', '%', '**', '|', '^', '&', '<<', '>>', '>>>', 'in',
                           '+=', '-=', '*=', '%=', '<<=', '>>=', '>>>=', '&=', '|=',
                           '^=', '**=', '&&=', '||=', '??='))

_ATOM_KEYWORDS = {
    'true': ExpressionMixin._atom_literal_word, 'false': ExpressionMixin._atom_literal_word,
    'null': ExpressionMixin._atom_literal_word, 'this': ExpressionMixin._atom_this,
    'super': ExpressionMixin._atom_super, 'function': ExpressionMixin._atom_function,
    'class': ExpressionMixin._atom_class, 'new': ExpressionMixin._atom_new,
    'import': ExpressionMixin._atom_import,
}

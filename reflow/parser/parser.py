"""The recursive-descent parser: entry points and statements (14).

The parser is one chain of classes, each extending the one before: the scanner
(``scanner.py``), the state and token helpers (``base.py``), scopes (``scope.py``),
patterns (``patterns.py``), expressions (``expressions.py``), functions and classes
(``functions.py``), modules (``modules.py``) and ``Parser`` here. A chain, not mixins
side by side, so that the compiled build makes each an extension type (the .pxd files)
whose fields and methods the ones above reach directly. The tree is ESTree as
esprima emits it (dicts with 'type' first, then the fields, then 'range'/'loc').
"""
import gc
import sys

from reflow.parser.chars import to_code_units
from reflow.parser.errors import JSSyntaxError
from .modules import ModuleMixin
from .scanner import Scanner
from .patterns import DestructuringErrors
from .scope import (SCOPE_TOP, SCOPE_CLASS_FIELD_INIT, SCOPE_FUNCTION, SCOPE_SIMPLE_CATCH,
                    BIND_VAR, BIND_LEXICAL, BIND_SIMPLE_CATCH)

# Python's recursion limit while parsing: raised so that the pure build reaches the
# nesting bounds of base.py (MAX_DEPTH) before a RecursionError
_RECURSION_ROOM = 40000

LOOP = 'loop'
SWITCH = 'switch'


class Parser(ModuleMixin):
    def __init__(self, source, source_type='script', filename='<input>', loc=False,
                 range=True, allow_return_outside_function=False, allow_new_target=False,
                 allow_super=False, allow_super_call=False, strict=False,
                 top_level_await=True, in_class_field_init=False, private_names=()):
        module = source_type == 'module'
        Scanner.__init__(self, to_code_units(source), filename, module)
        self.source_type = source_type
        self.opt_loc = loc
        self.opt_range = range
        self.allow_return_outside_function = allow_return_outside_function
        self.options_allow_new_target = allow_new_target
        self.options_allow_super = allow_super
        self.options_allow_super_call = allow_super_call
        self.options_in_class_field_init = in_class_field_init
        self.top_level_await = top_level_await
        self.strict = module or strict
        self.scope_stack = []
        self.labels = []
        self.depth = 0
        self.operator_depth = 0
        # positions of yield/await expressions and `await` identifiers seen since the
        # enclosing function or arrow-parameter list began (0 = none)
        self.yield_pos = 0
        self.await_pos = 0
        self.await_ident_pos = 0
        self.potential_arrow_at = -1
        self.private_stack = []
        if private_names:   # eval code inside a class sees its private names (19.2.1.1)
            self.private_stack.append({'declared': {n: 'true' for n in private_names},
                                       'used': []})
        self.undefined_exports = {}
        self.exported_names = set()
        self.parenthesized = {}     # id -> node, for nodes written in parentheses
        self.key_escaped = self.key_escaped_any = self.last_escaped = False
        self.tail = False

    # -- entry ----------------------------------------------------------------------

    def parse_program(self):
        """16.1 Scripts / 16.2 Modules."""
        old_limit = sys.getrecursionlimit()
        if old_limit < _RECURSION_ROOM:
            sys.setrecursionlimit(_RECURSION_ROOM)
        # the tree is acyclic: the cycle collector, which its thousands of new dicts and
        # lists would set off again and again (a tenth of the time), waits until the end
        collecting = gc.isenabled()
        gc.disable()
        try:
            program = self._parse_program()
            if not self.opt_range:
                strip_ranges(program)
            return program
        except RecursionError:
            raise self.nesting_error() from None
        finally:
            if collecting:
                gc.enable()
            if old_limit < _RECURSION_ROOM:
                sys.setrecursionlimit(old_limit)

    def _parse_program(self):
        flags = SCOPE_TOP
        if self.options_in_class_field_init:
            flags |= SCOPE_CLASS_FIELD_INIT | SCOPE_FUNCTION
        self.enter_scope(flags)
        self.next()
        start = self.start
        body = []
        self.parse_directives(body)
        while self.type != 'eof':
            body.append(self.parse_statement_list_item(top_level=True))
        if self.is_module:
            for name, pos in self.undefined_exports.items():
                raise self.error("Export '%s' is not defined" % name, pos)
        if self.private_stack:
            self.exit_private_scope()
        node = {'type': 'Program', 'sourceType': self.source_type, 'body': body}
        return self.finish_at(node, start, self.last_end if body else start)

    # -- 11.2.1 Directive Prologues ---------------------------------------------------

    def parse_directives(self, body):
        """Parse the directive prologue into ``body``; "use strict" makes the rest strict."""
        octal_at = -1
        while self.type == 'string':
            raw = self.src[self.start + 1:self.end - 1]
            octal = self.octal_pos
            stmt = self.parse_statement()
            expr = stmt['expression'] if stmt['type'] == 'ExpressionStatement' else None
            if expr is None or expr['type'] != 'Literal':
                body.append(stmt)   # `"a" + b;` and the like end the prologue
                return
            if raw:  # esprima writes no 'directive' for an empty one
                stmt['directive'] = raw
                # 'directive' goes before range/loc, as esprima orders it
                stmt['range'] = stmt.pop('range')
                if 'loc' in stmt:
                    stmt['loc'] = stmt.pop('loc')
            body.append(stmt)
            if octal >= 0 and octal_at < 0:
                octal_at = octal
            if raw == 'use strict':
                self.strict = True
                # 11.2.1: an earlier directive's legacy octal escape is an error too
                if octal_at >= 0:
                    raise self.error('Octal escape sequences are not allowed in strict mode',
                                     octal_at)

    # -- 14 Statements ----------------------------------------------------------------

    def parse_statement_list_item(self, top_level=False):
        t = self.type
        if t == 'name' and not self.escaped:
            v = self.value
            if v == 'function':
                return self.parse_function_statement(self.start, False)
            if v == 'class':
                return self.parse_class(self.start, True)
            if v == 'const' or (v == 'let' and self.is_let_declaration()):
                return self.parse_var_statement(self.start, v)
            if v == 'import' or v == 'export':
                if v == 'import':
                    nt = self.peek()[0]
                    if nt == '(' or nt == '.':
                        return self.parse_statement()
                if not self.is_module:
                    raise self.error("Cannot use %s statement outside a module" % (
                        'import' if v == 'import' else 'export'))
                if not top_level:
                    raise self.unexpected()
                return self.parse_import() if v == 'import' else self.parse_export()
        return self.parse_statement()

    def is_let_declaration(self):
        """`let` starts a LexicalDeclaration when followed by an identifier, [ or {."""
        nt, nv, nl, esc, _ = self.peek()
        if nt == '[' or nt == '{':
            return True
        if nt == 'name':
            return not (nv in ('in', 'instanceof') and not esc)
        return False

    def parse_statement(self, context=None):
        self.enter_depth()
        try:
            return self._parse_statement(context)
        finally:
            self.depth -= 1

    def _parse_statement(self, context):
        t = self.type
        start = self.start
        if t == 'name':
            v = self.value
            if not self.escaped:
                m = _STATEMENT_KEYWORDS.get(v)
                if m is not None:
                    return m(self, start, context)
                if v == 'let':
                    nt = self.peek()
                    if nt[0] == '[':
                        raise self.error('Lexical declaration cannot appear in a '
                                         'single-statement context')
                if v == 'async':
                    nt = self.peek()
                    if nt[0] == 'name' and nt[1] == 'function' and not nt[2] and not nt[3]:
                        if context is not None:
                            raise self.error('Async functions can only be declared at the '
                                             'top level or inside a block')
                        self.next()
                        return self.parse_function_statement(start, True)
            elif v in _ESCAPED_KEYWORD_STATEMENTS:
                raise self.error('Keyword must not contain escaped characters')
        elif t == '{':
            return self.parse_block_statement()
        elif t == ';':
            self.next()
            return self.finish({'type': 'EmptyStatement'}, start)
        # 14.5 ExpressionStatement / 14.13 LabelledStatement
        expr = self.parse_expression()
        # an expression that starts with a name and is just an Identifier is that name
        if t == 'name' and self.type == ':' and expr['type'] == 'Identifier':
            return self.parse_labeled_statement(start, expr, context)
        self.semicolon()
        return self.finish({'type': 'ExpressionStatement', 'expression': expr}, start)

    # 14.2 Block
    def parse_block_statement(self, new_scope=True):
        start = self.start
        self.expect('{')
        if new_scope:
            self.enter_scope(0)
        body = []
        while self.type != '}':
            if self.type == 'eof':
                raise self.unexpected()
            body.append(self.parse_statement_list_item())
        self.next()
        if new_scope:
            self.exit_scope()
        return self.finish({'type': 'BlockStatement', 'body': body}, start)

    # 14.3.1 Let and Const Declarations / 14.3.2 Variable Statement
    def parse_var_statement(self, start, kind):
        self.next()
        node = self.parse_var_declarations(start, kind, in_for=False)
        self.semicolon()
        return self.finish(node, start)

    def parse_var_declarations(self, start, kind, in_for):
        """Declarators after the var/let/const keyword; returns the unfinished node."""
        decls = []
        binding = BIND_VAR if kind == 'var' else BIND_LEXICAL
        while True:
            dstart = self.start
            target = self.parse_binding_atom()
            if kind != 'var':
                self.check_let_name(target)
            self.check_lval_pattern(target, binding)
            init = None
            if self.type == '=':
                self.next()
                init = self.parse_maybe_assign(no_in=in_for)
            elif not in_for or not (self.type == 'name' and self.value in ('in', 'of')
                                    and not self.escaped):
                if kind == 'const':
                    raise self.error('Missing initializer in const declaration')
                if target['type'] != 'Identifier':
                    raise self.error('Missing initializer in destructuring declaration')
            decls.append(self.finish({'type': 'VariableDeclarator', 'id': target,
                                      'init': init}, dstart))
            if not self.eat(','):
                break
        return {'type': 'VariableDeclaration', 'declarations': decls, 'kind': kind}

    def check_let_name(self, target):
        # 14.3.1.1: it is a SyntaxError if BoundNames contains "let".
        for name, pos in self.bound_names(target):
            if name == 'let':
                raise self.error('let is disallowed as a lexically bound name', pos)

    # 14.6 The if Statement
    def _parse_if(self, start, context):
        self.next()
        test = self.parse_paren_expression()
        cons = self.parse_sub_statement('if')
        alt = None
        if self.type == 'name' and self.value == 'else' and not self.escaped:
            self.next()
            alt = self.parse_sub_statement('if')
        return self.finish({'type': 'IfStatement', 'test': test, 'consequent': cons,
                            'alternate': alt}, start)

    def parse_sub_statement(self, context):
        # B.3.3 FunctionDeclarations in IfStatement clauses (sloppy mode only).
        if context == 'if' and self.type == 'name' and self.value == 'function' \
                and not self.escaped:
            if self.strict:
                raise self.error('In strict mode code, functions can only be declared at '
                                 'top level or inside a block.')
            start = self.start
            self.enter_scope(0)
            node = self.parse_function_statement(start, False, in_if=True)
            self.exit_scope()
            return node
        if self.type == 'name' and not self.escaped and self.value in ('class', 'const'):
            raise self.unexpected()
        if self.type == 'name' and self.value == 'function' and not self.escaped:
            raise self.error('In non-strict mode code, functions can only be declared at '
                             'top level, inside a block, or as the body of an if statement.'
                             if not self.strict else
                             'In strict mode code, functions can only be declared at top '
                             'level or inside a block.')
        return self.parse_statement(context)

    def parse_paren_expression(self):
        self.expect('(')
        e = self.parse_expression()
        self.expect(')')
        return e

    # 14.7.2 do-while, 14.7.3 while
    def _parse_do(self, start, context):
        self.next()
        self.labels.append(LOOP)
        body = self.parse_sub_statement('do')
        self.labels.pop()
        if not self.eat_contextual('while'):
            raise self.unexpected()
        test = self.parse_paren_expression()
        self.eat(';')  # 12.10.1: a semicolon is inserted after do-while's ')' if needed
        return self.finish({'type': 'DoWhileStatement', 'body': body, 'test': test}, start)

    def _parse_while(self, start, context):
        self.next()
        test = self.parse_paren_expression()
        self.labels.append(LOOP)
        body = self.parse_sub_statement('while')
        self.labels.pop()
        return self.finish({'type': 'WhileStatement', 'test': test, 'body': body}, start)

    # 14.7.4 for, 14.7.5 for-in / for-of / for-await-of
    def _parse_for(self, start, context):
        self.next()
        await_at = -1
        if self.is_contextual('await'):
            if not self.can_await:
                raise self.unexpected()
            await_at = self.start
            self.next()
        self.labels.append(LOOP)
        self.enter_scope(0)
        self.expect('(')
        try:
            if self.type == ';':
                if await_at >= 0:
                    raise self.unexpected()
                return self.parse_for_rest(start, None)
            is_let = self.is_contextual('let')
            if self.type == 'name' and not self.escaped and (
                    self.value in ('var', 'const') or (is_let and self.is_let_for_decl())):
                kind = self.value
                dstart = self.start
                self.next()
                decl = self.parse_var_declarations(dstart, kind, in_for=True)
                self.finish(decl, dstart)
                if (self.type == 'name' and not self.escaped and
                        (self.value == 'in' or self.value == 'of')):
                    is_of = self.value == 'of'
                    if len(decl['declarations']) != 1:
                        raise self.error('Invalid left-hand side in for-%s loop: Must have a '
                                         'single binding.' % ('of' if is_of else 'in'))
                    d = decl['declarations'][0]
                    if d['init'] is not None:
                        # B.3.5 Initializers in ForIn Statement Heads (sloppy var x only)
                        if is_of or self.strict or kind != 'var' or \
                                d['id']['type'] != 'Identifier':
                            raise self.error('for-%s loop variable declaration may not have '
                                             'an initializer.' % ('of' if is_of else 'in'))
                    if await_at >= 0 and not is_of:
                        raise self.unexpected()
                    return self.parse_for_in(start, decl, is_of, await_at >= 0)
                if await_at >= 0:
                    raise self.unexpected()
                for d in decl['declarations']:
                    if d['init'] is None and (kind == 'const' or d['id']['type'] != 'Identifier'):
                        raise self.error('Missing initializer in %s declaration' % (
                            'const' if kind == 'const' else 'destructuring'),
                            self.node_start(d))
                if kind != 'var':
                    # esprima's range for a for-head let/const includes the ';'
                    self.expect(';')
                    decl['range'][1] = self.last_end
                    if self.opt_loc:
                        decl['loc'] = self.make_loc(dstart, self.last_end)
                    return self.parse_for_rest(start, decl, semicolon_done=True)
                return self.parse_for_rest(start, decl)
            starts_with_let = is_let
            starts_with_async = self.is_contextual('async')
            init_start = self.start
            refs = DestructuringErrors()
            init = self.parse_expression(no_in=True, refs=refs)
            if self.type == 'name' and not self.escaped and self.value in ('in', 'of'):
                is_of = self.value == 'of'
                if is_of and starts_with_let:
                    raise self.error("The left-hand side of a for-of loop may not be 'let'.",
                                     init_start)
                if is_of and starts_with_async and await_at < 0 and \
                        init['type'] == 'Identifier' and self.node_start(init) == init_start:
                    raise self.error("The left-hand side of a for-of loop may not be 'async'.",
                                     init_start)
                if await_at >= 0 and not is_of:
                    raise self.unexpected()
                if init['type'] == 'AssignmentExpression':
                    raise self.error('Invalid left-hand side in for-%s loop' % (
                        'of' if is_of else 'in'), init_start)
                if not self.is_web_compat_call(init):
                    init = self.to_assignable(init, False, refs)
                    self.check_lval_pattern(init, 0)
                return self.parse_for_in(start, init, is_of, await_at >= 0)
            self.check_expression_errors(refs, True)
            if await_at >= 0:
                raise self.unexpected()
            return self.parse_for_rest(start, init)
        finally:
            self.exit_scope()
            # on a syntax error inside a nested function, self.labels is that function's
            # list (restored only on success): leave it, the error is what matters
            if self.labels and self.labels[-1] is LOOP:
                self.labels.pop()

    def is_let_for_decl(self):
        nt, nv, _, esc, _ = self.peek()
        if nt == '[' or nt == '{':
            return True
        return nt == 'name' and not (nv in ('in', 'of') and not esc)

    def parse_for_rest(self, start, init, semicolon_done=False):
        if not semicolon_done:
            self.expect(';')
        test = None if self.type == ';' else self.parse_expression()
        self.expect(';')
        update = None if self.type == ')' else self.parse_expression()
        self.expect(')')
        body = self.parse_sub_statement('for')
        return self.finish({'type': 'ForStatement', 'init': init, 'test': test,
                            'update': update, 'body': body}, start)

    def parse_for_in(self, start, left, is_of, is_await):
        self.next()
        right = self.parse_maybe_assign() if is_of else self.parse_expression()
        self.expect(')')
        body = self.parse_sub_statement('for')
        if is_of:
            node = {'type': 'ForOfStatement', 'left': left, 'right': right, 'body': body,
                    'await': is_await}
        else:
            node = {'type': 'ForInStatement', 'each': False, 'left': left, 'right': right,
                    'body': body}
        return self.finish(node, start)

    # 14.8 continue, 14.9 break
    def _parse_break_continue(self, start, context):
        is_break = self.value == 'break'
        self.next()
        label = None
        if self.type == 'name' and not self.nl_before:
            label = self.parse_identifier()
            name = label['name']
            for entry in reversed(self.labels):
                if isinstance(entry, tuple) and entry[0] == name:
                    if not is_break and entry[1] != LOOP:
                        raise self.error("Illegal continue statement: '%s' does not denote an "
                                         "iteration statement" % name, start)
                    break
            else:
                raise self.error("Undefined label '%s'" % name, self.node_start(label))
        else:
            for entry in self.labels:
                if entry == LOOP or (is_break and entry == SWITCH):
                    break
            else:
                raise self.error('Illegal break statement' if is_break else
                                 'Illegal continue statement: no surrounding iteration '
                                 'statement', start)
        self.semicolon()
        return self.finish({'type': 'BreakStatement' if is_break else 'ContinueStatement',
                            'label': label}, start)

    # 14.10 return
    def _parse_return(self, start, context):
        if not self.in_function and not self.allow_return_outside_function:
            raise self.error('Illegal return statement')
        self.next()
        arg = None
        if not (self.type == ';' or self.can_insert_semicolon()):
            arg = self.parse_expression()
        self.semicolon()
        return self.finish({'type': 'ReturnStatement', 'argument': arg}, start)

    # 14.11 with
    def _parse_with(self, start, context):
        if self.strict:
            raise self.error('Strict mode code may not include a with statement')
        self.next()
        obj = self.parse_paren_expression()
        body = self.parse_sub_statement('with')
        return self.finish({'type': 'WithStatement', 'object': obj, 'body': body}, start)

    # 14.12 switch
    def _parse_switch(self, start, context):
        self.next()
        disc = self.parse_paren_expression()
        self.expect('{')
        self.labels.append(SWITCH)
        self.enter_scope(0)
        cases = []
        seen_default = False
        while self.type != '}':
            cstart = self.start
            if self.is_contextual('case'):
                self.next()
                test = self.parse_expression()
            elif self.is_contextual('default'):
                if seen_default:
                    raise self.error('More than one default clause in switch statement')
                seen_default = True
                self.next()
                test = None
            else:
                raise self.unexpected()
            self.expect(':')
            cons = []
            while self.type != '}' and not (self.type == 'name' and not self.escaped and
                                            self.value in ('case', 'default')):
                if self.type == 'eof':
                    raise self.unexpected()
                cons.append(self.parse_statement_list_item())
            cases.append(self.finish({'type': 'SwitchCase', 'test': test,
                                      'consequent': cons}, cstart))
        self.next()
        self.exit_scope()
        self.labels.pop()
        return self.finish({'type': 'SwitchStatement', 'discriminant': disc, 'cases': cases},
                           start)

    # 14.13 Labelled Statements
    def parse_labeled_statement(self, start, ident, context):
        name = ident['name']
        self.check_identifier_reference(ident)
        for entry in self.labels:
            if isinstance(entry, tuple) and entry[0] == name:
                raise self.error("Label '%s' has already been declared" % name, start)
        self.next()  # ':'
        kind = LOOP if (self.type == 'name' and not self.escaped and
                        self.value in ('for', 'while', 'do')) else None
        # a label on a labelled loop also denotes that loop
        i = len(self.labels)
        while i > 0 and isinstance(self.labels[i - 1], tuple) and \
                self.labels[i - 1][2] == start:
            i -= 1
        entry = [name, kind, self.start]
        self.labels.append(tuple(entry))
        if kind == LOOP:
            for j in range(i, len(self.labels) - 1):
                lname, _, lstart = self.labels[j]
                if lstart == start:
                    self.labels[j] = (lname, LOOP, lstart)
        if self.type == 'name' and self.value == 'function' and not self.escaped:
            # B.3.1 Labelled Function Declarations (sloppy, not in single-statement spots)
            if self.strict:
                raise self.error('In strict mode code, functions can only be declared at '
                                 'top level or inside a block.')
            if context in ('if', 'while', 'for', 'do', 'with'):
                raise self.error('In non-strict mode code, functions can only be declared at '
                                 'top level, inside a block, or as the body of an if '
                                 'statement.')
            body = self.parse_function_statement(self.start, False, labelled=True)
        else:
            body = self.parse_statement(context or 'label')
        self.labels.pop()
        return self.finish({'type': 'LabeledStatement', 'label': ident, 'body': body}, start)

    # 14.14 throw
    def _parse_throw(self, start, context):
        self.next()
        if self.nl_before:
            raise self.error('Illegal newline after throw', self.last_end)
        arg = self.parse_expression()
        self.semicolon()
        return self.finish({'type': 'ThrowStatement', 'argument': arg}, start)

    # 14.15 try
    def _parse_try(self, start, context):
        self.next()
        block = self.parse_block_statement()
        handler = None
        if self.is_contextual('catch'):
            cstart = self.start
            self.next()
            param = None
            if self.eat('('):
                param = self.parse_binding_atom()
                simple = param['type'] == 'Identifier'
                self.enter_scope(SCOPE_SIMPLE_CATCH if simple else 0)
                self.check_lval_pattern(param, BIND_SIMPLE_CATCH if simple else BIND_LEXICAL)
                self.expect(')')
            else:
                self.enter_scope(0)
            body = self.parse_block_statement(new_scope=False)
            self.exit_scope()
            handler = self.finish({'type': 'CatchClause', 'param': param, 'body': body},
                                  cstart)
        finalizer = None
        if self.eat_contextual('finally'):
            finalizer = self.parse_block_statement()
        if handler is None and finalizer is None:
            raise self.error('Missing catch or finally after try')
        return self.finish({'type': 'TryStatement', 'block': block, 'handler': handler,
                            'finalizer': finalizer}, start)

    # 14.16 debugger
    def _parse_debugger(self, start, context):
        self.next()
        self.semicolon()
        return self.finish({'type': 'DebuggerStatement'}, start)

    def _parse_var(self, start, context):
        return self.parse_var_statement(start, 'var')

    def _parse_function_in_statement(self, start, context):
        # a function declaration where only a Statement may stand
        return self.parse_sub_statement(context) if context else \
            self.parse_function_statement(start, False)

    def _parse_class_in_statement(self, start, context):
        if context is not None:
            raise self.unexpected()
        return self.parse_class(start, True)

    def _parse_const_in_statement(self, start, context):
        if context is not None:
            raise self.error('Lexical declaration cannot appear in a single-statement context')
        return self.parse_var_statement(start, 'const')

    def _parse_import_in_statement(self, start, context):
        nt = self.peek()[0]
        if nt == '(' or nt == '.':
            expr = self.parse_expression()
            self.semicolon()
            return self.finish({'type': 'ExpressionStatement', 'expression': expr}, start)
        if not self.is_module:
            raise self.error('Cannot use import statement outside a module')
        raise self.unexpected()

    def _parse_export_in_statement(self, start, context):
        if not self.is_module:
            raise self.error("Unexpected token 'export'")
        raise self.unexpected()


_STATEMENT_KEYWORDS = {
    'if': Parser._parse_if, 'do': Parser._parse_do, 'while': Parser._parse_while,
    'for': Parser._parse_for, 'break': Parser._parse_break_continue,
    'continue': Parser._parse_break_continue, 'return': Parser._parse_return,
    'with': Parser._parse_with, 'switch': Parser._parse_switch, 'throw': Parser._parse_throw,
    'try': Parser._parse_try, 'debugger': Parser._parse_debugger, 'var': Parser._parse_var,
    'function': Parser._parse_function_in_statement, 'class': Parser._parse_class_in_statement,
    'const': Parser._parse_const_in_statement, 'import': Parser._parse_import_in_statement,
    'export': Parser._parse_export_in_statement,
}
_ESCAPED_KEYWORD_STATEMENTS = frozenset(_STATEMENT_KEYWORDS) - {'import'}


def strip_ranges(node):
    """Remove 'range' from every node (the parser always records it)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            n.pop('range', None)
            stack.extend(n.values())
        elif isinstance(n, list):
            stack.extend(n)


class TSOptions:
    """The compilerOptions of a tsconfig.json that change what a TypeScript (or JSX) file
    means, with tsc's defaults for target ES2022: reflow reads them, it checks nothing."""
    def __init__(self, experimental_decorators=False, use_define_for_class_fields=True,
                 verbatim_module_syntax=False, jsx='react', jsx_factory='React.createElement',
                 jsx_fragment_factory='React.Fragment', jsx_import_source='react',
                 module_kind='module'):
        self.experimental_decorators = experimental_decorators
        self.use_define_for_class_fields = use_define_for_class_fields
        self.verbatim_module_syntax = verbatim_module_syntax
        # 'react' (classic: jsx_factory), 'react-jsx' / 'react-jsxdev' (automatic:
        # jsx_import_source + '/jsx-runtime'), 'preserve' is run as 'react'
        self.jsx = jsx
        self.jsx_factory = jsx_factory
        self.jsx_fragment_factory = jsx_fragment_factory
        self.jsx_import_source = jsx_import_source
        # 'module' or 'commonjs': what the file is run as (import elision and
        # `import x = require()` / `export =` depend on it)
        self.module_kind = module_kind


def parse(source, source_type='script', filename='<input>', typescript=False, jsx=False,
          ts_options=None, **options):
    """Parse ``source`` as a Script or Module; return the ESTree Program as dicts.

    Options: ``loc`` (add line/column), ``range`` (add [start, end], on by default),
    ``allow_return_outside_function``, ``allow_new_target``, ``allow_super``,
    ``allow_super_call``, ``strict`` (for eval code), ``top_level_await``,
    ``in_class_field_init``, ``private_names`` (the names, without '#', that eval code in
    a class body may use).
    ``typescript``: parse TypeScript and return the tree with its types erased and its
    runtime constructs lowered (``ts_options``, a TSOptions, says how; a module whose
    ``module_kind`` is 'commonjs' becomes the body of a CommonJS module, as
    `tsc --module commonjs` emits it); ``jsx``: allow
    JSX (the tree keeps the JSX nodes: the compiler lowers them).
    Raises :class:`JSSyntaxError`.
    """
    if source_type not in ('script', 'module'):
        raise ValueError("source_type must be 'script' or 'module'")
    if not isinstance(source, str):
        raise TypeError('source must be str')
    if typescript:
        program = parse_typescript_tree(source, source_type, filename, jsx, **options)
        from .typescript_lower import lower_typescript
        from .typescript_decorators import lower_decorators
        ts_options = ts_options or TSOptions()
        program = lower_typescript(program, ts_options, source, filename)
        return lower_decorators(program, ts_options)
    if jsx:
        from .jsx import JSXParser
        return JSXParser(source, source_type, filename, jsx=True, **options).parse_program()
    return Parser(source, source_type, filename, **options).parse_program()


def parse_typescript_tree(source, source_type='script', filename='<input>', jsx=False,
                          **options):
    """The TypeScript tree itself (typescript-estree's node shapes), types and all."""
    from .typescript import TypeScriptParser
    return TypeScriptParser(source, source_type, filename, jsx, **options).parse_program()


def parse_script(source, filename='<input>', **options):
    return parse(source, 'script', filename, **options)


def parse_module(source, filename='<input>', **options):
    return parse(source, 'module', filename, **options)


__all__ = ['parse', 'parse_script', 'parse_module', 'parse_typescript_tree', 'Parser',
           'TSOptions', 'JSSyntaxError']

"""The TypeScript parser: ECMAScript plus TypeScript's syntax inside expressions,
functions and classes (annotations, generics at calls, `as`/`satisfies`/`!`, class
member modifiers, parameter properties, decorators). The tree it makes is ESTree with
typescript-estree's TS nodes; ``typescript_lower.lower_typescript`` erases it to
ESTree that the compiler runs, every surviving node keeping its source range.

The last link of the chain (... TSDeclarations -> TSFunctions -> TSClasses ->
TypeScriptParser): here the expressions and statements. Where the JS grammar's "parse
as an expression, then reinterpret" cannot see TypeScript's forms (`(a: T) => a`,
`(a): R => a`, `f<T>(x)`), a lookahead of a few tokens decides where it can, as
TypeScript's own parser does, and a speculative parse (ts_try) of the head only where
it cannot; a committed arrow's body is never parsed speculatively.
"""
from .scope import BIND_LEXICAL, BIND_SIMPLE_CATCH, BIND_VAR, SCOPE_SIMPLE_CATCH
from .typescript_classes import TSClasses
from .typescript_declarations import ts_put

# tokens that may continue a member/call chain in TypeScript
_SUBSCRIPT_TOKENS = frozenset(('.', '?.', '[', '(', 'template', '!', '<', '<<'))
# the JS parser's own chain tokens: a run of them is left to its (compiled) loop
_JS_SUBSCRIPT_TOKENS = frozenset(('.', '?.', '[', '(', 'template'))
# expressions that are valid assignment targets when what they wrap is one
_TS_TARGETS = frozenset(('TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression',
                         'TSTypeAssertion'))
# the relational operators' precedence (expressions.BINARY_PRECEDENCE): `as`, `satisfies`
_RELATIONAL = 7


# what may open an object literal key other than a name (`[k]`, `'s'`, `1`, `*g`)
_KEY_STARTS = frozenset(('[', 'string', 'num', 'bigint', '*'))
# after `async` in an object literal: not a modifier then (`async: 1`, `async() {}`)
_NOT_AFTER_ASYNC = frozenset((',', '}', ':', '(', '=', '<'))
# the next link's methods, looked up once (a hot path's wrapper makes no super() object)
_base_statement = TSClasses.parse_statement
_base_expr_subscripts = TSClasses.parse_expr_subscripts
_base_expr_op = TSClasses.parse_expr_op
_base_subscripts = TSClasses.parse_subscripts
_base_property = TSClasses.parse_property
_base_to_assignable = TSClasses.to_assignable
_base_check_lval_simple = TSClasses.check_lval_simple
_base_check_lval_pattern = TSClasses.check_lval_pattern


class TypeScriptParser(TSClasses):
    def __init__(self, *args, **kwargs):
        TSClasses.__init__(self, *args, **kwargs)
        # `f?.<T>()` anywhere: chains with a `?.` are then read here, not by the JS loop
        self.ts_optional_type_call = '?.<' in self.src

    # -- TSX ---------------------------------------------------------------------------

    def parse_jsx_type_arguments(self, pos):
        """`<List<number> items={x} />`: the type arguments after an element's name,
        read by the TypeScript scanner from ``pos``; JSX reading resumes after the
        first `>` of the closing token (no JS token is scanned past it: `/>` there
        is not a regular expression)."""
        pos = self.jsx_skip(pos)
        if self.jsx_char(pos) != '<':
            return None, pos
        self.end = self.pos = pos
        self.next()
        start = self.start
        self.next()
        params = [self.ts_parse_type()]
        while self.type == ',':
            self.next()
            params.append(self.ts_parse_type())
        if self.type[:1] != '>':
            raise self.unexpected()
        end = self.start + 1
        return self.finish_at({'type': 'TSTypeParameterInstantiation', 'params': params},
                              start, end), end

    # -- statements --------------------------------------------------------------------

    # a statement ends at its last token (typescript-estree's range; the JS parser ends
    # one closed by '}' at the '}', as esprima does)
    semicolon = TSClasses.ts_semicolon

    def parse_export(self):
        if self.peek()[0] == '@':
            start = self.start
            self.next()  # 'export'
            decl = self._ts_decorated_class(False)
            for name, pos in self.declared_names_of(decl):
                self.add_export(name, pos)
            return self.finish({'type': 'ExportNamedDeclaration', 'declaration': decl,
                                'specifiers': [], 'source': None, 'attributes': [],
                                'exportKind': 'value'}, start)
        return super().parse_export()

    def parse_export_default(self, start):
        if self.type == '@':
            decl = self._ts_decorated_class(True)
            return self.finish({'type': 'ExportDefaultDeclaration', 'declaration': decl,
                                'exportKind': 'value'}, start)
        node = super().parse_export_default(start)
        if node['declaration']['type'] == 'TSDeclareFunction':
            # an overload signature: the implementation after it is the default export
            self.exported_names.discard('default')
        return node

    def _ts_decorated_class(self, nullable_id):
        """`@dec ... [abstract] class` after `export` (or `export default`)."""
        dstart = self.start
        self.ts_decorators = self.ts_parse_decorators()
        abstract = self.ts_is('abstract') and self.ts_next_is('name', 'class', same_line=True)
        if abstract:
            self.next()
        if not self.is_contextual('class'):
            raise self.unexpected()
        node = self.parse_class(dstart, True, nullable_id=nullable_id)
        return ts_put(node, abstract=True) if abstract else node

    def parse_statement(self, context=None):
        if self.type == '@':
            return self._ts_decorated_statement(context)
        if self.type == 'name' and not self.escaped:
            if self.value == 'try':
                self.enter_depth()
                try:
                    return self._ts_parse_try(self.start)
                finally:
                    self.depth -= 1
            if self.value == 'for':
                node = _base_statement(self, context)
                init = node.get('init')
                if init is not None and init['type'] == 'VariableDeclaration':
                    # the JS parser ends a for-head let/const at its ';' (as esprima
                    # does); typescript-estree at its last declarator
                    self.finish_at(init, init['range'][0],
                                   init['declarations'][-1]['range'][1])
                return node
        return _base_statement(self, context)

    def _ts_decorated_statement(self, context):
        """Decorators before `class`, `abstract class`, `export ...`."""
        start = self.start
        self.ts_decorators = self.ts_parse_decorators()
        if context is None and self.is_contextual('class'):
            return self.parse_class(start, True)
        if context is not None or not (self.is_contextual('export') or
                                       self.is_contextual('abstract')):
            raise self.error('Decorators are not valid here.', start)
        node = self.parse_statement_list_item(len(self.scope_stack) == 1)
        if self.ts_decorators is not None:
            raise self.error('Decorators are not valid here.', start)
        if node['type'] == 'ClassDeclaration':
            self.finish_at(node, start, node['range'][1])
        return node

    # 14.15 try, with a catch parameter's annotation (`catch (e: unknown)`)
    def _ts_parse_try(self, start):
        self.next()
        block = self.parse_block_statement()
        handler = None
        if self.is_contextual('catch'):
            cstart = self.start
            self.next()
            param = None
            if self.eat('('):
                pstart = self.start
                param = self.parse_binding_atom()
                if self.type == ':':
                    param['typeAnnotation'] = self.ts_parse_type_annotation()
                    param = self.finish(param, pstart)
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

    # 14.3 declarations: `let x: T`, `let x!: T`
    def parse_var_declarations(self, start, kind, in_for):
        decls = []
        binding = BIND_VAR if kind == 'var' else BIND_LEXICAL
        ambient = self.ts_ambient
        while True:
            dstart = self.start
            target = self.parse_binding_atom()
            definite = False
            if self.type == '!' and target['type'] == 'Identifier':
                self.next()
                definite = True
            if self.type == ':':
                target['typeAnnotation'] = self.ts_parse_type_annotation()
                target = self.finish(target, dstart)
            elif definite:
                raise self.unexpected()
            if kind != 'var':
                self.check_let_name(target)
            self.check_lval_pattern(target, binding)
            init = None
            if self.type == '=':
                if definite:
                    raise self.error('Declarations with initializers cannot also have '
                                     'definite assignment assertions.', dstart)
                self.next()
                init = self.parse_maybe_assign(no_in=in_for)
            elif not ambient and (not in_for or not (
                    self.type == 'name' and self.value in ('in', 'of') and not self.escaped)):
                if kind == 'const':
                    raise self.error('Missing initializer in const declaration')
                if target['type'] != 'Identifier':
                    raise self.error('Missing initializer in destructuring declaration')
            decls.append(self.finish({'type': 'VariableDeclarator', 'id': target,
                                      'init': init, 'definite': definite}, dstart))
            if not self.eat(','):
                break
        return {'type': 'VariableDeclaration', 'declarations': decls, 'kind': kind,
                'declare': ambient}

    # -- expressions -------------------------------------------------------------------

    # 13.3 LeftHandSideExpression: the JS parser's, with TypeScript's atoms (`new C<T>`,
    # `<T>x`, `<T>(x) => x`, `@dec class`, async arrows) and postfix forms (`x!`,
    # `f<T>(x)`, `f<T>`); a chain of JS subscripts alone is the JS parser's loop
    def parse_expr_subscripts(self, refs):
        t = self.type
        start = self.start
        if t == 'name':
            if not self.escaped and (self.value == 'new' or self.value == 'async'):
                return self._ts_expr_subscripts(refs)
        elif t == '<' or t == '@':
            return self._ts_expr_subscripts(refs)
        if self.ts_optional_type_call:
            return self._ts_expr_subscripts(refs)
        expr = _base_expr_subscripts(self, refs)
        t = self.type
        if t == '!' or t == '<' or t == '<<':
            return self._ts_js_subscripts(expr, start)
        return expr

    def _ts_expr_subscripts(self, refs):
        start = self.start
        expr = self._ts_atom(refs)
        if expr['type'] == 'ArrowFunctionExpression' and self.src[self.last_end - 1] != ')':
            return expr   # an arrow with an expression body ends the chain
        return self._ts_subscripts(expr, start)

    def _ts_atom(self, refs):
        t = self.type
        if t == 'name':
            if self.value == 'new' and not self.escaped and self.peek()[0] != '.':
                return self._ts_parse_new()
        elif t == '<':
            if not self.jsx or self._tsx_generic_arrow_follows():
                return self._ts_angle_bracket_atom()
        elif t == '@':
            # a decorated class expression
            start = self.start
            self.ts_decorators = self.ts_parse_decorators()
            if not self.is_contextual('class'):
                raise self.error('Decorators are not valid here.', start)
            return self.parse_class(start, False)
        return self.parse_expr_atom(refs)

    def _ts_parse_new(self):
        """13.3.5 `new C<T>(args)`, `new C<T>`: the callee's type arguments go on the
        NewExpression."""
        start = self.start
        self.next()
        cstart = self.start
        self.enter_depth()
        try:
            callee = self._parse_new_callee(cstart)
        finally:
            self.depth -= 1
        targs = self.ts_try_parse_type_arguments_in_expression()
        if targs is not None:
            self._ts_no_property_access(targs)
        args = self.parse_call_arguments() if self.type == '(' else []
        node = {'type': 'NewExpression', 'callee': callee, 'arguments': args}
        if targs is not None:
            node['typeArguments'] = targs
        return self.finish(node, start)

    def _tsx_generic_arrow_follows(self):
        """In .tsx, `<T,>(...)` and `<T extends U>(...)` are generic arrows; any other
        `<` opens JSX."""
        state = self.save()
        try:
            self.next()
            if self.is_contextual('const'):
                self.next()
            if self.type != 'name':
                return False
            self.next()
            return self.type == ',' or self.is_contextual('extends')
        finally:
            self.restore(state)

    def _ts_angle_bracket_atom(self):
        """`<T>(x: T) => x` (a generic arrow), else `<T>x` (TSTypeAssertion)."""
        start = self.start
        found = self.ts_try(lambda: self._ts_generic_arrow(False))
        if found is not None:
            return self._ts_finish_generic(start, found, False)
        if self.jsx:
            raise self.unexpected()
        self.next()
        annotation = self.ts_parse_type()
        self.ts_expect_gt()
        expr = self.parse_maybe_unary(None, True)
        return self.finish({'type': 'TSTypeAssertion', 'typeAnnotation': annotation,
                            'expression': expr}, start)

    def _ts_generic_arrow(self, is_async):
        tparams = self.ts_parse_type_parameters()
        if self.type != '(':
            raise self.unexpected()
        head = self.ts_arrow_head(is_async)
        return tparams, head

    def _ts_finish_generic(self, start, found, is_async):
        tparams, head = found
        return self.ts_finish_arrow(start, head, tparams, is_async)

    def parse_paren_and_distinguish(self, refs):
        start = self.start
        if self.potential_arrow_at == start:
            kind = self.ts_paren_arrow_kind()
            if kind is True:
                return self.ts_finish_arrow(start, self.ts_arrow_head(False), None, False)
            if kind is None:
                arrow = self.ts_try_arrow(start, False,
                                          need_colon_after=self._after_conditional_question())
                if arrow is not None:
                    return arrow
        return super().parse_paren_and_distinguish(refs)

    def _after_conditional_question(self):
        """The token before the current one is a conditional's `?` (not `??`, `?.`)."""
        end = self.last_end
        src = self.src
        return end > 0 and src[end - 1] == '?' and (end < 2 or src[end - 2] != '?')

    def _ts_js_subscripts(self, base, start):
        """After the JS loop stopped at a TS postfix form: TS forms here, runs of JS
        subscripts by the JS loop; one ChainExpression around all if a `?.` was read."""
        chained = False
        if base['type'] == 'ChainExpression' and base['range'][0] == start:
            # the JS loop's chain (not a parenthesized one, which starts inside)
            chained = True
            base = base['expression']
        while True:
            t = self.type
            if t in _JS_SUBSCRIPT_TOKENS:
                node = _base_subscripts(self, base, start, False)
                if node['type'] == 'ChainExpression' and node is not base:
                    chained = True
                    node = node['expression']
                base = node
            elif t == '!' and not self.nl_before:
                self.next()
                base = self.finish({'type': 'TSNonNullExpression', 'expression': base}, start)
            elif t == '<' or t == '<<':
                targs = self.ts_try_parse_type_arguments_in_expression()
                if targs is None:
                    break
                base = self._ts_type_arguments_rest(base, start, targs, chained)
            else:
                break
        if chained:
            base = self.finish({'type': 'ChainExpression', 'expression': base}, start)
        return base

    def _ts_no_property_access(self, targs):
        if self.type == '.' or (self.type == '?.' and self.peek()[0] != '('):
            raise self.error('An instantiation expression cannot be followed by a '
                             'property access.', self.node_start(targs))

    def _ts_type_arguments_rest(self, base, start, targs, chained):
        """After `base<T>`: a call, a tagged template or an instantiation expression."""
        self._ts_no_property_access(targs)
        if self.type == '(':
            return self._ts_call(base, start, False, targs)
        if self.type == 'template':
            if chained:
                raise self.error('Invalid tagged template on optional chain')
            quasi = self.parse_template(tagged=True)
            return self.finish({'type': 'TaggedTemplateExpression', 'tag': base,
                                'quasi': quasi, 'typeArguments': targs}, start)
        return self.finish({'type': 'TSInstantiationExpression', 'expression': base,
                            'typeArguments': targs}, start)

    def _ts_subscripts(self, base, start):
        """The whole chain read here: `async` arrows, `f?.<T>()`, after TS atoms."""
        if self.type not in _SUBSCRIPT_TOKENS:
            return base
        maybe_async_arrow = (base['type'] == 'Identifier' and base['name'] == 'async' and
                             self.last_end == base['range'][1] and
                             not self.can_insert_semicolon() and
                             base['range'][1] - base['range'][0] == 5 and
                             self.potential_arrow_at == base['range'][0])
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
                chained = True
                self.next()
                if self.type == '(' or self.type == '<' or self.type == '<<':
                    targs = None if self.type == '(' else self.ts_parse_type_arguments()
                    base = self._ts_call(base, start, True, targs)
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
                    prop = (self.parse_private_name_ref() if self.type == 'private' else
                            self.parse_identifier(liberal=True))
                    base = self.finish({'type': 'MemberExpression', 'computed': False,
                                        'object': base, 'property': prop, 'optional': True},
                                       start)
            elif t == '[':
                self.next()
                prop = self.parse_expression()
                self.expect(']')
                base = self.finish({'type': 'MemberExpression', 'computed': True,
                                    'object': base, 'property': prop, 'optional': False}, start)
            elif t == '!':
                if self.nl_before:
                    break
                self.next()
                base = self.finish({'type': 'TSNonNullExpression', 'expression': base}, start)
            elif t == '(':
                if maybe_async_arrow:
                    arrow = self.ts_try_arrow(start, True)
                    if arrow is not None:
                        return arrow
                    return self.parse_async_call_or_arrow(base, start)
                base = self._ts_call(base, start, False, None)
            elif t == 'template':
                if chained:
                    raise self.error('Invalid tagged template on optional chain')
                quasi = self.parse_template(tagged=True)
                base = self.finish({'type': 'TaggedTemplateExpression', 'tag': base,
                                    'quasi': quasi}, start)
            elif t == '<' or t == '<<':
                if maybe_async_arrow:
                    found = self.ts_try(lambda: self._ts_generic_arrow(True))
                    if found is not None:
                        return self._ts_finish_generic(start, found, True)
                targs = self.ts_try_parse_type_arguments_in_expression()
                if targs is None:
                    break
                base = self._ts_type_arguments_rest(base, start, targs, chained)
            else:
                break
            maybe_async_arrow = False
        if chained:
            base = self.finish({'type': 'ChainExpression', 'expression': base}, start)
        return base

    def _ts_call(self, callee, start, optional, targs):
        args = self.parse_call_arguments()
        node = {'type': 'CallExpression', 'callee': callee, 'arguments': args,
                'optional': optional}
        if targs is not None:
            node['typeArguments'] = targs
        return self.finish(node, start)

    # `x as T`, `x as const`, `x satisfies T`: binary operators of the relational
    # operators' precedence, with no line break before the word
    def parse_expr_op(self, left, left_start, min_prec, no_in):
        while True:
            left = _base_expr_op(self, left, left_start, min_prec, no_in)
            if self.type != 'name' or min_prec >= _RELATIONAL or self.nl_before or \
                    self.escaped:
                return left
            word = self.value
            if word != 'as' and word != 'satisfies':
                return left
            self.next()
            if word == 'as' and self.is_contextual('const'):
                cstart = self.start
                name = self.parse_identifier(liberal=True)
                annotation = self.finish({'type': 'TSTypeReference', 'typeName': name},
                                         cstart)
            else:
                annotation = self.ts_parse_type()
            left = self.finish({'type': 'TSAsExpression' if word == 'as' else
                                'TSSatisfiesExpression', 'expression': left,
                                'typeAnnotation': annotation}, left_start)

    # object literal methods with type parameters: `{ m<T>(x: T) {}, [k]<T>() {},
    # async *g<T>() {} }`
    def parse_property(self, is_pattern, refs):
        if not is_pattern:
            t = self.type
            if t == 'name' and not self.escaped:
                if self.peek()[0] == '<':
                    return self._ts_generic_method_property(self.ts_snapshot())
                if self.value == 'async':
                    node = self._ts_generic_method_property(self.ts_snapshot())
                    if node is not None:
                        return node
            elif t in _KEY_STARTS:
                node = self._ts_generic_method_property(self.ts_snapshot())
                if node is not None:
                    return node
        return _base_property(self, is_pattern, refs)

    def _ts_generic_method_property(self, state):
        """A method whose key is followed by type parameters, else None with the state
        back at ``state`` (the property's start)."""
        start = self.start
        is_async = is_gen = False
        if self.type == 'name' and self.value == 'async' and not self.escaped:
            nt, _, nl, _, _ = self.peek()
            if nl or nt in _NOT_AFTER_ASYNC:
                if nt != '<':
                    return None
            else:
                self.next()
                is_async = True
        if self.type == '*':
            self.next()
            is_gen = True
        computed, key = self.parse_property_name()
        if self.type != '<' and self.type != '<<':
            self.ts_restore(state)
            return None
        tparams = self.ts_parse_type_parameters()
        if self.type != '(':
            raise self.unexpected()
        value = ts_put(self.parse_method(is_async, is_gen), typeParameters=tparams)
        # the method's function starts at its type parameters (typescript-estree)
        self.finish_at(value, self.node_start(tparams), value['range'][1])
        return self.finish({'type': 'Property', 'key': key, 'computed': computed,
                            'value': value, 'kind': 'init', 'method': True,
                            'shorthand': False}, start)

    # -- assignment targets: `x! = 1`, `(x as any) = 1`, `(<T>x)++` --------------------

    def to_assignable(self, node, is_binding, refs=None):
        t = node['type']
        if t in _TS_TARGETS:
            if is_binding:
                raise self.error('Invalid destructuring assignment target',
                                 self.node_start(node))
            if t != 'TSNonNullExpression' and id(node) not in self.parenthesized:
                # `x as T = 1`: a left-hand side only in parentheses (TypeScript's
                # isLeftHandSideExpression)
                raise self.unexpected()
            return node
        return _base_to_assignable(self, node, is_binding, refs)

    def check_lval_simple(self, expr, binding, update=False):
        if expr['type'] in _TS_TARGETS:
            if binding:
                raise self.error('Binding pattern expected', self.node_start(expr))
            inner = expr['expression']
            if inner['type'] not in _TS_TARGETS and inner['type'] != 'Identifier' and \
                    inner['type'] != 'MemberExpression':
                raise self.error('Invalid left-hand side in assignment' if not update else
                                 'Invalid left-hand side expression in update operation',
                                 self.node_start(expr))
            return self.check_lval_simple(inner, binding, update)
        return _base_check_lval_simple(self, expr, binding, update)

    def check_lval_pattern(self, expr, binding):
        t = expr['type']
        if t == 'Identifier':
            # the common leaf, checked without the override's dispatch
            return _base_check_lval_simple(self, expr, binding)
        if t in _TS_TARGETS:
            return self.check_lval_simple(expr, binding)
        return _base_check_lval_pattern(self, expr, binding)

"""TypeScript's syntax in function heads: parameter lists (annotations, `?`, `this`
parameters, parameter properties, parameter decorators), type parameters and return
types on functions, methods and arrows, and bodiless signatures (overloads:
TSDeclareFunction, TSEmptyBodyFunctionExpression). Node shapes are typescript-estree's.

A link of the TypeScript chain: TSDeclarations -> TSFunctions -> TSClasses ->
TypeScriptParser.
"""
from .scope import (BIND_FUNCTION, BIND_LEXICAL, BIND_OUTSIDE, BIND_VAR, SCOPE_DIRECT_SUPER,
                    SCOPE_SUPER, function_flags)
from .typescript_declarations import TSDeclarations

# the modifiers that make a constructor parameter a parameter property
_PARAM_MODIFIERS = frozenset(('public', 'private', 'protected', 'readonly', 'override'))
# tokens after a modifier word that make it a modifier rather than a name
_AFTER_MODIFIER = frozenset(('name', '[', '{', '...', 'string', 'num', 'bigint', 'private',
                             '*', '@'))


class TSFunctions(TSDeclarations):
    def __init__(self, *args, **kwargs):
        TSDeclarations.__init__(self, *args, **kwargs)
        self.ts_param_properties = False  # the next parameter list is a constructor's
        self.ts_bodiless_method = False   # the next method may be a signature only
        self.ts_method_type_params = None  # `m<T>(...)` in an object literal

    # -- decorators --------------------------------------------------------------------

    def ts_parse_decorators(self):
        """`@expr` ... : Decorator{expression}; expr is a member chain with an optional
        call, or a parenthesized expression."""
        decorators = []
        while self.type == '@':
            start = self.start
            self.next()
            estart = self.start
            if self.type == '(':
                self.next()
                expr = self.parse_expression()
                self.expect(')')
                self.parenthesized[id(expr)] = expr
            else:
                expr = self.parse_identifier()
                while self.type == '.':
                    self.next()
                    prop = (self.parse_private_name_ref() if self.type == 'private' else
                            self.parse_identifier(liberal=True))
                    expr = self.finish({'type': 'MemberExpression', 'computed': False,
                                        'object': expr, 'property': prop,
                                        'optional': False}, estart)
                if self.type == '<':
                    targs = self.ts_parse_type_arguments()
                    if self.type != '(':
                        raise self.unexpected()
                else:
                    targs = None
                if self.type == '(':
                    args = self.parse_call_arguments()
                    call = {'type': 'CallExpression', 'callee': expr, 'arguments': args,
                            'optional': False}
                    if targs is not None:
                        call['typeArguments'] = targs
                    expr = self.finish(call, estart)
            decorators.append(self.finish({'type': 'Decorator', 'expression': expr}, start))
        return decorators

    # -- parameters --------------------------------------------------------------------

    def parse_binding_list(self, close, allow_empty):
        if close != ')':
            return super().parse_binding_list(close, allow_empty)
        props = self.ts_param_properties
        self.ts_param_properties = False
        return self.ts_parse_params(props)

    def ts_parse_params(self, allow_properties):
        """FormalParameters after '(' up to and with the ')'."""
        params = []
        while self.type != ')':
            param = self.ts_parse_param(allow_properties, not params)
            params.append(param)
            if self.type == ')':
                break
            if param['type'] == 'RestElement':
                raise self.error('Rest parameter must be last formal parameter')
            self.expect(',')
        self.next()
        return params

    def _modifier_follows(self):
        nt, _, nl, _, _ = self.peek()
        return nt in _AFTER_MODIFIER and not nl

    def ts_parse_param(self, allow_properties, first):
        start = self.start
        decorators = self.ts_parse_decorators() if self.type == '@' else None
        accessibility = None
        readonly = override = False
        while allow_properties and self.type == 'name' and not self.escaped and \
                self.value in _PARAM_MODIFIERS and self._modifier_follows():
            word = self.value
            if word == 'readonly':
                if readonly:
                    raise self.error("'readonly' modifier already seen.")
                readonly = True
            elif word == 'override':
                if override:
                    raise self.error("'override' modifier already seen.")
                override = True
            else:
                if accessibility is not None:
                    raise self.error('Accessibility modifier already seen.')
                if readonly or override:
                    raise self.error("'%s' modifier must precede '%s' modifier." % (
                        word, 'override' if override else 'readonly'))
                accessibility = word
            self.next()
        is_property = accessibility is not None or readonly or override
        pstart = self.start
        if self.type == '...':
            self.next()
            arg = self.parse_binding_atom()
            param = self.finish({'type': 'RestElement', 'argument': arg}, pstart)
            self.ts_parse_binding_annotation(param, pstart)
            if self.type == '=':
                raise self.error('Rest parameter may not have a default initializer')
        else:
            if first and self.type == 'name' and self.value == 'this' and not self.escaped:
                self.next()
                param = self.finish({'type': 'Identifier', 'name': 'this'}, pstart)
            else:
                param = self.parse_binding_atom()
            self.ts_parse_binding_annotation(param, pstart)
            if self.type == '=':
                self.next()
                right = self.parse_maybe_assign()
                param = self.finish({'type': 'AssignmentPattern', 'left': param,
                                     'right': right}, pstart)
        if is_property:
            if param['type'] == 'RestElement':
                raise self.error('A parameter property cannot be a rest parameter.', start)
            return self.finish({'type': 'TSParameterProperty', 'accessibility': accessibility,
                                'decorators': decorators or [], 'override': override,
                                'parameter': param, 'readonly': readonly, 'static': False},
                               start)
        if decorators:
            param['decorators'] = decorators
        return param

    # -- functions ---------------------------------------------------------------------

    def parse_function_statement(self, start, is_async, in_if=False, labelled=False,
                                 nullable_id=False):
        """As the JS parser's, with the name declared only for a function with a body
        (overload signatures repeat the name: TSDeclareFunction)."""
        self.next()  # 'function'
        is_gen = self.eat('*')
        if labelled and (is_gen or is_async):
            raise self.error('Generators can only be declared at the top level or inside a '
                             'block.', start)
        if in_if and (is_gen or is_async):
            raise self.unexpected(start)
        ident = None
        if self.type == 'name':
            ident = self.parse_identifier()
        elif not nullable_id:
            raise self.unexpected()
        node = self.parse_function_rest(start, ident, is_async, is_gen, 'FunctionDeclaration')
        if ident is not None and node['type'] == 'FunctionDeclaration':
            if self.strict or is_gen or is_async:
                binding = BIND_VAR if self.treat_functions_as_var else BIND_LEXICAL
            else:
                binding = BIND_FUNCTION
            self.check_lval_simple(ident, binding)
        return node

    def parse_function_rest(self, start, ident, is_async, is_gen, node_type,
                            expression_name=False):
        saved = (self.yield_pos, self.await_pos, self.await_ident_pos, self.labels)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.labels = []
        self.enter_scope(function_flags(is_async, is_gen))
        if expression_name and self.type == 'name':
            ident = self.parse_identifier()
            self.check_lval_simple(ident, BIND_OUTSIDE)
        tparams = self.ts_parse_type_parameters() if self.type == '<' else None
        self.expect('(')
        params = self.parse_binding_list(')', allow_empty=False)
        ret = self.ts_parse_return_type() if self.type == ':' else None
        self.check_yield_await_in_params()
        if node_type == 'FunctionDeclaration' and self.type != '{':
            # an overload signature, or `declare function`
            self.exit_scope()
            self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
            self.ts_semicolon()
            node = {'type': 'TSDeclareFunction', 'id': ident, 'params': params,
                    'generator': is_gen, 'expression': False, 'async': is_async,
                    'declare': False}
        else:
            body = self.parse_function_body(params, ident, is_arrow=False, is_method=False)
            self.exit_scope()
            self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
            node = {'type': node_type, 'id': ident, 'params': params, 'body': body,
                    'generator': is_gen, 'expression': False, 'async': is_async}
        if tparams is not None:
            node['typeParameters'] = tparams
        if ret is not None:
            node['returnType'] = ret
        return self.finish(node, start)

    def parse_method(self, is_async, is_gen, kind='method', direct_super=False):
        start = self.start
        tparams = self.ts_method_type_params
        if tparams is not None:
            self.ts_method_type_params = None
            start = self.node_start(tparams)
        bodiless = self.ts_bodiless_method
        self.ts_bodiless_method = False
        saved = (self.yield_pos, self.await_pos, self.await_ident_pos, self.labels)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.labels = []
        if tparams is None and (self.type == '<' or self.type == '<<'):
            tparams = self.ts_parse_type_parameters()
        flags = function_flags(is_async, is_gen) | SCOPE_SUPER
        if direct_super:
            flags |= SCOPE_DIRECT_SUPER
        self.enter_scope(flags)
        self.ts_param_properties = kind == 'constructor'
        self.expect('(')
        params = self.parse_binding_list(')', allow_empty=False)
        real = [p for p in params if not (p['type'] == 'Identifier' and p['name'] == 'this')]
        if kind == 'get' and real:
            raise self.error('Getter must not have any formal parameters.', start)
        if kind == 'set' and (len(real) != 1 or real[0]['type'] == 'RestElement'):
            raise self.error('Setter must have exactly one formal parameter.' if len(real)
                             != 1 else 'Setter function argument must not be a rest parameter',
                             start)
        ret = self.ts_parse_return_type() if self.type == ':' else None
        self.check_yield_await_in_params()
        if bodiless and self.type != '{':
            self.exit_scope()
            self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
            self.ts_semicolon()
            node = {'type': 'TSEmptyBodyFunctionExpression', 'id': None, 'params': params,
                    'body': None, 'generator': is_gen, 'expression': False,
                    'async': is_async, 'declare': False}
        else:
            body = self.parse_function_body(params, None, is_arrow=False, is_method=True)
            self.exit_scope()
            self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
            node = {'type': 'FunctionExpression', 'id': None, 'params': params,
                    'body': body, 'generator': is_gen, 'expression': False,
                    'async': is_async}
        if tparams is not None:
            node['typeParameters'] = tparams
        if ret is not None:
            node['returnType'] = ret
        return self.finish(node, start)

    # -- arrow functions ---------------------------------------------------------------

    def ts_arrow_head(self, is_async):
        """`(params)[: ReturnType]` before a `=>` on the same line: (params, returnType),
        the `=>` current."""
        old = (self.yield_pos, self.await_pos, self.await_ident_pos)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.expect('(')
        params = self.ts_parse_params(False)
        ret = self.ts_parse_return_type() if self.type == ':' else None
        if self.type != '=>' or self.nl_before:
            raise self.unexpected()
        if is_async and self.await_ident_pos:
            raise self.error("'await' is not a valid identifier name in an async function",
                             self.await_ident_pos - 1)
        self.check_yield_await_in_params()
        self.yield_pos, self.await_pos, self.await_ident_pos = old
        return params, ret

    def ts_finish_arrow(self, start, head, tparams, is_async):
        params, ret = head
        node = self.parse_arrow_expression(start, params, is_async)
        if tparams is not None:
            node['typeParameters'] = tparams
        if ret is not None:
            node['returnType'] = ret
        return node

    def ts_try_arrow(self, start, is_async, tparams=None, need_colon_after=False):
        """The arrow function at '(' if there is one (speculative head), else None.
        ``need_colon_after``: in `a ? (b) : c => d` an arrow with a return type is taken
        only if a ':' follows it (as TypeScript decides)."""
        if not need_colon_after:
            head = self.ts_try(lambda: self.ts_arrow_head(is_async))
            return None if head is None else self.ts_finish_arrow(start, head, tparams,
                                                                  is_async)

        def arrow_then_colon():
            head = self.ts_arrow_head(is_async)
            node = self.ts_finish_arrow(start, head, tparams, is_async)
            if head[1] is not None and self.type != ':':
                raise self.unexpected()
            return node
        return self.ts_try(arrow_then_colon)

    def ts_paren_arrow_kind(self):
        """TypeScript's look at `(`: True (an arrow's parameters), None (maybe:
        speculate), False (a parenthesized expression)."""
        state = self.save()
        try:
            self.next()
            t = self.type
            if t == ')':
                self.next()
                return self.type == '=>' or self.type == ':'
            if t == '[' or t == '{':
                return None
            if t == '...' or t == '@':
                return True
            if t != 'name':
                return False
            if self.value in _PARAM_MODIFIERS and not self.escaped:
                self.next()
                if self.type == 'name':
                    return True
                t = self.type
            else:
                self.next()
                t = self.type
            if t == ':':
                return True
            if t == '?':
                self.next()
                return self.type in (':', ',', '=', ')')
            if t == ',' or t == '=' or t == ')':
                return None
            return False
        finally:
            self.restore(state)

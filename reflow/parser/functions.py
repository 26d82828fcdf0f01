"""15 Functions and Classes (parser mixin)."""
from .expressions import ExpressionMixin
from .scope import (BIND_FUNCTION, BIND_LEXICAL, BIND_OUTSIDE, BIND_VAR, SCOPE_ARROW,
                    SCOPE_CLASS_FIELD_INIT, SCOPE_CLASS_STATIC_BLOCK, SCOPE_DIRECT_SUPER,
                    SCOPE_FUNCTION, SCOPE_SUPER, function_flags)

# Tokens that, after a string literal on a new line, continue its expression
# (so the string is not a complete directive: 11.2.1 with 12.10 ASI).
_CONTINUES = frozenset(('(', '[', '.', '?.', ',', '?', '=', 'template', '+', '-', '*',
                        '/', '%', '**', '<', '>', '<=', '>=', '==', '!=', '===', '!==',
                        '&&', '||', '??', '&', '|', '^', '<<', '>>', '>>>', '+=', '-=',
                        '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=',
                        '&&=', '||=', '??=', '=>'))


class FunctionMixin(ExpressionMixin):

    # 15.2 Function Definitions, 15.5 Generators, 15.8 Async Functions
    def parse_function_statement(self, start, is_async, in_if=False,
                                 labelled=False, nullable_id=False):
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
            if self.strict or is_gen or is_async:
                binding = BIND_VAR if self.treat_functions_as_var else BIND_LEXICAL
            else:
                binding = BIND_FUNCTION
            self.check_lval_simple(ident, binding)
        elif not nullable_id:
            raise self.unexpected()
        return self.parse_function_rest(start, ident, is_async, is_gen, 'FunctionDeclaration')

    def parse_function_expression(self, start, is_async):
        self.next()  # 'function'
        is_gen = self.eat('*')
        return self.parse_function_rest(start, None, is_async, is_gen, 'FunctionExpression',
                                        expression_name=True)

    def parse_function_rest(self, start, ident, is_async, is_gen, node_type,
                            expression_name=False):
        saved = (self.yield_pos, self.await_pos, self.await_ident_pos, self.labels)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.labels = []
        self.enter_scope(function_flags(is_async, is_gen))
        if expression_name and self.type == 'name':
            ident = self.parse_identifier()
            self.check_lval_simple(ident, BIND_OUTSIDE)
        self.expect('(')
        params = self.parse_binding_list(')', allow_empty=False)
        self.check_yield_await_in_params()
        body = self.parse_function_body(params, ident, is_arrow=False, is_method=False)
        self.exit_scope()
        self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
        return self.finish({'type': node_type, 'id': ident, 'params': params, 'body': body,
                            'generator': is_gen, 'expression': False, 'async': is_async},
                           start)

    def parse_function_body(self, params, ident, is_arrow, is_method):
        """15.1 FunctionBody with its directive prologue; params are checked here because
        a "use strict" directive makes them strict retroactively."""
        self.enter_depth()   # functions nested in functions: bounded like statements
        try:
            return self._parse_function_body(params, ident, is_arrow, is_method)
        finally:
            self.depth -= 1

    def _parse_function_body(self, params, ident, is_arrow, is_method):
        old_strict = self.strict
        simple = True
        for p in params:
            if p['type'] != 'Identifier':
                simple = False
                break
        use_strict = False
        if not old_strict or not simple:
            use_strict = self.peek_use_strict()
            if use_strict and not simple:
                raise self.error("Illegal 'use strict' directive in function with non-simple "
                                 "parameter list")
        if use_strict:
            self.strict = True
        self.declare_params(params, not self.strict and not is_arrow and not is_method
                            and simple)
        if self.strict and ident is not None:
            self.check_lval_simple(ident, BIND_OUTSIDE)
            if ident['name'] in ('implements', 'interface', 'let', 'package', 'private',
                                 'protected', 'public', 'static', 'yield'):
                raise self.error('Unexpected strict mode reserved word', self.node_start(ident))
        start = self.start
        self.expect('{')
        body = []
        self.parse_directives(body)
        while self.type != '}':
            if self.type == 'eof':
                raise self.unexpected()
            body.append(self.parse_statement_list_item())
        self.next()
        self.strict = old_strict
        return self.finish({'type': 'BlockStatement', 'body': body}, start)

    def peek_use_strict(self):
        """Does the body at '{' open with a "use strict" directive? (scans ahead)"""
        if self.type != '{':
            return False
        state = self.save()
        try:
            self.next()
            while self.type == 'string':
                raw = self.src[self.start + 1:self.end - 1]
                self.next()
                t = self.type
                if t == ';' or t == '}' or t == 'eof' or (
                        self.nl_before and t not in _CONTINUES and
                        not (t == 'name' and self.value in ('in', 'instanceof'))):
                    if raw == 'use strict':
                        return True
                    if t == ';':
                        self.next()
                    continue
                return False
            return False
        except Exception:
            return False
        finally:
            self.restore(state)

    # 15.3 Arrow Function Definitions, 15.9 Async Arrow Function Definitions
    def parse_arrow_expression(self, start, params, is_async):
        saved = (self.yield_pos, self.await_pos, self.await_ident_pos, self.labels)
        self.enter_scope(function_flags(is_async, False) | SCOPE_ARROW)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.next()  # '=>'
        if self.type == '{':
            self.labels = []
            body = self.parse_function_body(params, None, is_arrow=True, is_method=False)
            expression = False
        else:
            self.declare_params(params, False)
            body = self.parse_maybe_assign()
            expression = True
        self.exit_scope()
        self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
        return self.finish({'type': 'ArrowFunctionExpression', 'id': None, 'params': params,
                            'body': body, 'generator': False, 'expression': expression,
                            'async': is_async}, start)

    # 15.4 Method Definitions
    def parse_method(self, is_async, is_gen, kind='method', direct_super=False):
        start = self.start
        saved = (self.yield_pos, self.await_pos, self.await_ident_pos, self.labels)
        self.yield_pos = self.await_pos = self.await_ident_pos = 0
        self.labels = []
        flags = function_flags(is_async, is_gen) | SCOPE_SUPER
        if direct_super:
            flags |= SCOPE_DIRECT_SUPER
        self.enter_scope(flags)
        self.expect('(')
        params = self.parse_binding_list(')', allow_empty=False)
        if kind == 'get' and params:
            raise self.error('Getter must not have any formal parameters.', start)
        if kind == 'set' and (len(params) != 1 or params[0]['type'] == 'RestElement'):
            raise self.error('Setter must have exactly one formal parameter.' if len(params)
                             != 1 else 'Setter function argument must not be a rest parameter',
                             start)
        self.check_yield_await_in_params()
        body = self.parse_function_body(params, None, is_arrow=False, is_method=True)
        self.exit_scope()
        self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
        return self.finish({'type': 'FunctionExpression', 'id': None, 'params': params,
                            'body': body, 'generator': is_gen, 'expression': False,
                            'async': is_async}, start)

    # 15.7 Class Definitions
    def parse_class(self, start, is_statement, nullable_id=False):
        self.next()  # 'class'
        old_strict = self.strict
        self.strict = True
        ident = None
        if self.type == 'name' and not (self.value == 'extends' and not self.escaped):
            ident = self.parse_identifier()
            if is_statement:
                self.check_lval_simple(ident, BIND_LEXICAL)
            else:
                self.check_lval_simple(ident, BIND_OUTSIDE)
        elif is_statement and not nullable_id:
            raise self.unexpected()
        superclass = None
        if self.eat_contextual('extends'):
            sstart = self.start
            superclass = self.parse_subscripts(self.parse_expr_atom(None), sstart, False)
        body = self.parse_class_body(superclass is not None)
        self.strict = old_strict
        return self.finish({'type': 'ClassDeclaration' if is_statement else 'ClassExpression',
                            'id': ident, 'superClass': superclass, 'body': body}, start)

    def parse_class_body(self, derived):
        self.enter_depth()
        try:
            return self._parse_class_body(derived)
        finally:
            self.depth -= 1

    def _parse_class_body(self, derived):
        start = self.start
        self.expect('{')
        self.private_stack.append({'declared': {}, 'used': []})
        elems = []
        has_ctor = False
        while self.type != '}':
            if self.eat(';'):
                continue
            if self.type == 'eof':
                raise self.unexpected()
            elem = self.parse_class_element(derived)
            if elem['type'] == 'MethodDefinition' and elem['kind'] == 'constructor':
                if has_ctor:
                    raise self.error('A class may only have one constructor',
                                     self.node_start(elem['key']))
                has_ctor = True
            elems.append(elem)
        self.next()
        self.exit_private_scope()
        return self.finish({'type': 'ClassBody', 'body': elems}, start)

    def _is_class_element_name_start(self):
        t = self.type
        return t in ('name', 'private', 'num', 'string', '[', 'bigint')

    def parse_class_element(self, derived):
        start = self.start
        key_name = None
        key_start = 0
        is_static = is_async = is_gen = False
        kind = 'method'
        if self.is_contextual('static'):
            key_start = self.start
            self.next()
            if self.type == '{':
                return self.parse_static_block(start)
            if self._is_class_element_name_start() or self.type == '*':
                is_static = True
            else:
                key_name = 'static'
        if key_name is None and self.is_contextual('async'):
            key_start = self.start
            self.next()
            if (self._is_class_element_name_start() or self.type == '*') and \
                    not self.nl_before:
                is_async = True
            else:
                key_name = 'async'
        if key_name is None and self.type == '*':
            self.next()
            is_gen = True
        if key_name is None and not is_async and not is_gen and \
                (self.is_contextual('get') or self.is_contextual('set')):
            word = self.value
            key_start = self.start
            self.next()
            if self._is_class_element_name_start():
                kind = word
            else:
                key_name = word
        if key_name is not None:
            computed = False
            key = self.finish_at({'type': 'Identifier', 'name': key_name}, key_start,
                                 key_start + len(key_name))
        elif self.type == 'private':
            computed = False
            pstart = self.start
            name = self.value
            if name == 'constructor':
                raise self.error("Classes may not have a private field named '#constructor'")
            self.next()
            key = self.finish({'type': 'PrivateIdentifier', 'name': name}, pstart)
        else:
            computed, key = self.parse_property_name()
        is_private = key['type'] == 'PrivateIdentifier'
        if self.type == '(' or kind != 'method' or is_gen or is_async:
            is_ctor = not is_static and not computed and _key_is(key, 'constructor')
            if is_ctor:
                if kind != 'method':
                    raise self.error("Class constructor may not be an accessor",
                                     self.node_start(key))
                if is_gen:
                    raise self.error("Class constructor may not be a generator",
                                     self.node_start(key))
                if is_async:
                    raise self.error("Class constructor may not be an async method",
                                     self.node_start(key))
            if is_static and not computed and _key_is(key, 'prototype'):
                raise self.error("Classes may not have a static property named 'prototype'",
                                 self.node_start(key))
            if is_private:
                self.declare_private(key, kind, is_static)
            value = self.parse_method(is_async, is_gen, kind=kind,
                                      direct_super=is_ctor and derived)
            return self.finish({'type': 'MethodDefinition', 'key': key, 'computed': computed,
                                'value': value, 'kind': 'constructor' if is_ctor else kind,
                                'static': is_static}, start)
        # 15.7.1 FieldDefinition
        if not computed and (_key_is(key, 'constructor') or
                             (is_static and _key_is(key, 'prototype'))):
            raise self.error("Classes may not have a field named '%s'" % (
                'constructor' if _key_is(key, 'constructor') else 'prototype'),
                self.node_start(key))
        if is_private:
            self.declare_private(key, 'field', is_static)
        value = None
        if self.eat('='):
            saved = (self.yield_pos, self.await_pos, self.await_ident_pos, self.labels)
            self.yield_pos = self.await_pos = self.await_ident_pos = 0
            self.labels = []
            self.enter_scope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER | SCOPE_FUNCTION)
            value = self.parse_maybe_assign()
            self.exit_scope()
            self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
        self.semicolon()
        return self.finish({'type': 'PropertyDefinition', 'key': key, 'computed': computed,
                            'value': value, 'static': is_static}, start)

    # 15.7.1 ClassStaticBlock
    def parse_static_block(self, start):
        saved = (self.yield_pos, self.await_pos, self.await_ident_pos, self.labels)
        self.labels = []
        self.enter_scope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER)
        self.next()  # '{'
        body = []
        while self.type != '}':
            if self.type == 'eof':
                raise self.unexpected()
            body.append(self.parse_statement_list_item())
        self.next()
        self.exit_scope()
        self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
        return self.finish({'type': 'StaticBlock', 'body': body}, start)

    # 15.7.1: PrivateBoundIdentifiers may repeat only as one getter plus one setter
    def declare_private(self, key, kind, is_static):
        declared = self.private_stack[-1]['declared']
        name = key['name']
        prev = declared.get(name)
        if kind == 'get' or kind == 'set':
            tag = ('s' if is_static else 'i') + kind
            if prev is None:
                declared[name] = tag
                return
            other = ('s' if is_static else 'i') + ('set' if kind == 'get' else 'get')
            if prev == other:
                declared[name] = 'true'
                return
        elif prev is None:
            declared[name] = 'true'
            return
        raise self.error("Identifier '#%s' has already been declared" % name,
                         self.node_start(key))

    def exit_private_scope(self):
        scope = self.private_stack.pop()
        declared = scope['declared']
        parent = self.private_stack[-1] if self.private_stack else None
        for name, pos in scope['used']:
            if name not in declared:
                if parent is not None:
                    parent['used'].append((name, pos))
                else:
                    raise self.error("Private field '#%s' must be declared in an enclosing "
                                     "class" % name, pos)


def _key_is(key, name):
    t = key['type']
    return (t == 'Identifier' and key['name'] == name) or \
        (t == 'Literal' and key['value'] == name)

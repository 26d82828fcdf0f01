"""TypeScript's class syntax: `abstract`/`declare` classes, type parameters,
`extends Base<T>` (superTypeArguments), `implements`, decorators, and the members'
modifiers (accessibility, static, abstract, override, readonly, declare, accessor),
optional and definite members, index signatures, overloads. Node shapes are
typescript-estree's: TSAbstract* nodes, AccessorProperty, TSIndexSignature.

A link of the TypeScript chain: TSFunctions -> TSClasses -> TypeScriptParser.
"""
from .scope import (BIND_LEXICAL, BIND_OUTSIDE, SCOPE_CLASS_FIELD_INIT, SCOPE_FUNCTION,
                    SCOPE_SUPER)
from .functions import _key_is
from .typescript_functions import TSFunctions

_ACCESSIBILITY = frozenset(('public', 'private', 'protected'))
_MEMBER_MODIFIERS = frozenset(('public', 'private', 'protected', 'static', 'abstract',
                               'override', 'readonly', 'declare', 'accessor'))
# what may follow a modifier for it to be one (TypeScript's canFollowModifier)
_MEMBER_AFTER_MODIFIER = frozenset(('name', 'string', 'num', 'bigint', 'private', '[', '*',
                                    '@'))
_NAME_START = frozenset(('name', 'private', 'num', 'string', '[', 'bigint'))


class TSClasses(TSFunctions):
    def __init__(self, *args, **kwargs):
        TSFunctions.__init__(self, *args, **kwargs)
        self.ts_decorators = None   # decorators read before the `class` now parsed

    def parse_class(self, start, is_statement, nullable_id=False):
        decorators = self.ts_decorators or []
        self.ts_decorators = None
        declare = self.ts_ambient
        self.next()  # 'class'
        old_strict = self.strict
        self.strict = True
        ident = None
        if self.type == 'name' and not (self.value in ('extends', 'implements') and
                                        not self.escaped):
            ident = self.parse_identifier()
            self.check_lval_simple(ident, BIND_LEXICAL if is_statement else BIND_OUTSIDE)
        elif is_statement and not nullable_id:
            raise self.unexpected()
        tparams = self.ts_parse_type_parameters() if self.type == '<' else None
        superclass = super_targs = None
        if self.eat_contextual('extends'):
            sstart = self.start
            superclass = self.parse_subscripts(self.parse_expr_atom(None), sstart, False)
            if superclass['type'] == 'TSInstantiationExpression':
                super_targs = superclass['typeArguments']
                superclass = superclass['expression']
            elif self.type == '<':
                super_targs = self.ts_parse_type_arguments()
        implements = []
        if self.eat_contextual('implements'):
            while True:
                implements.append(self.ts_parse_heritage('TSClassImplements'))
                if not self.eat(','):
                    break
        body = self.parse_class_body(superclass is not None)
        self.strict = old_strict
        node = {'type': 'ClassDeclaration' if is_statement else 'ClassExpression',
                'id': ident, 'superClass': superclass, 'body': body, 'abstract': False,
                'declare': declare, 'decorators': decorators, 'implements': implements}
        if tparams is not None:
            node['typeParameters'] = tparams
        if super_targs is not None:
            node['superTypeArguments'] = super_targs
        return self.finish(node, start)

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
            if elem['type'] == 'MethodDefinition' and elem['kind'] == 'constructor' and \
                    elem['value']['type'] == 'FunctionExpression':
                if has_ctor:
                    raise self.error('A class may only have one constructor',
                                     self.node_start(elem['key']))
                has_ctor = True
            elems.append(elem)
        self.next()
        self.exit_private_scope()
        return self.finish({'type': 'ClassBody', 'body': elems}, start)

    def _member_modifier_follows(self, word):
        nt, _, nl, _, _ = self.peek()
        return nt in _MEMBER_AFTER_MODIFIER and (word == 'static' or not nl)

    def parse_class_element(self, derived):
        start = self.start
        decorators = self.ts_parse_decorators() if self.type == '@' else []
        mods = {}
        accessibility = None
        while self.type == 'name' and not self.escaped and self.value in _MEMBER_MODIFIERS:
            word = self.value
            if word == 'static' and not mods and not decorators and self.peek()[0] == '{':
                self.next()
                return self.parse_static_block(start)
            if not self._member_modifier_follows(word):
                break
            if word in _ACCESSIBILITY:
                if accessibility is not None:
                    raise self.error('Accessibility modifier already seen.')
                accessibility = word
            elif word in mods:
                raise self.error("'%s' modifier already seen." % word)
            mods[word] = self.start
            self.next()
        if self.type == '[' and self._index_signature_follows():
            node = self.ts_parse_index_signature(start, 'readonly' in mods, 'static' in mods)
            if accessibility is not None:
                node['accessibility'] = accessibility
            self.ts_semicolon()
            return self.finish(node, start)
        is_async = is_gen = False
        kind = 'method'
        if self.is_contextual('async'):
            nt, _, nl, _, _ = self.peek()
            if (nt in _NAME_START or nt == '*') and not nl:
                self.next()
                is_async = True
        if self.type == '*':
            self.next()
            is_gen = True
        if not is_async and not is_gen and (self.is_contextual('get') or
                                            self.is_contextual('set')):
            if self.peek()[0] in _NAME_START:
                kind = self.value
                self.next()
        is_static = 'static' in mods
        if self.type == 'private':
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
        optional = definite = False
        if self.type == '?':
            self.next()
            optional = True
        elif self.type == '!' and not self.nl_before:
            self.next()
            definite = True
        if self.type == '(' or self.type == '<' or kind != 'method' or is_gen or is_async:
            return self._ts_class_method(start, key, computed, kind, is_static,
                                         is_async, is_gen, derived, decorators,
                                         accessibility, mods, optional)
        # 15.7.1 FieldDefinition
        if not computed and (_key_is(key, 'constructor') or
                             (is_static and _key_is(key, 'prototype'))):
            raise self.error("Classes may not have a field named '%s'" % (
                'constructor' if _key_is(key, 'constructor') else 'prototype'),
                self.node_start(key))
        if is_private:
            self.declare_private(key, 'field', is_static)
        annotation = self.ts_parse_type_annotation() if self.type == ':' else None
        value = None
        if self.eat('='):
            saved = (self.yield_pos, self.await_pos, self.await_ident_pos, self.labels)
            self.yield_pos = self.await_pos = self.await_ident_pos = 0
            self.labels = []
            self.enter_scope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER | SCOPE_FUNCTION)
            value = self.parse_maybe_assign()
            self.exit_scope()
            self.yield_pos, self.await_pos, self.await_ident_pos, self.labels = saved
        self.ts_semicolon()
        if 'accessor' in mods:
            node_type = 'TSAbstractAccessorProperty' if 'abstract' in mods else \
                'AccessorProperty'
        else:
            node_type = 'TSAbstractPropertyDefinition' if 'abstract' in mods else \
                'PropertyDefinition'
        node = {'type': node_type, 'key': key, 'computed': computed, 'value': value,
                'static': is_static, 'declare': 'declare' in mods,
                'decorators': decorators, 'definite': definite, 'optional': optional,
                'override': 'override' in mods, 'readonly': 'readonly' in mods}
        if accessibility is not None:
            node['accessibility'] = accessibility
        if annotation is not None:
            node['typeAnnotation'] = annotation
        return self.finish(node, start)

    def _ts_class_method(self, start, key, computed, kind, is_static, is_async,
                         is_gen, derived, decorators, accessibility, mods, optional):
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
        for word in ('readonly', 'declare', 'accessor'):
            if word in mods:
                raise self.error("'%s' modifier can only appear on a property declaration."
                                 % word, mods[word])
        self.ts_bodiless_method = True
        value = self.parse_method(is_async, is_gen, kind='constructor' if is_ctor else kind,
                                  direct_super=is_ctor and derived)
        if key['type'] == 'PrivateIdentifier' and value['type'] == 'FunctionExpression':
            self.declare_private(key, kind, is_static)
        node = {'type': 'TSAbstractMethodDefinition' if 'abstract' in mods else
                'MethodDefinition', 'key': key, 'computed': computed, 'value': value,
                'kind': 'constructor' if is_ctor else kind, 'static': is_static,
                'decorators': decorators, 'optional': optional,
                'override': 'override' in mods}
        if accessibility is not None:
            node['accessibility'] = accessibility
        return self.finish(node, start)

    def _index_signature_follows(self):
        """`[name:` opens an index signature, not a computed key."""
        state = self.save()
        try:
            self.next()
            if self.type != 'name':
                return False
            self.next()
            return self.type == ':'
        finally:
            self.restore(state)

"""TypeScript's type grammar: annotations, type parameters and arguments, every type
form, in the node shapes of typescript-estree (@typescript-eslint/typescript-estree).

The first link of the TypeScript chain (JSXParser -> TSTypes -> TSDeclarations ->
TypeScriptParser); also the scanner snapshots that speculative parses use.

The grammar follows TypeScript's own parser (src/compiler/parser.ts: parseType,
parseUnionOrIntersectionType, parseTypeOperatorOrHigher, parsePostfixTypeOrHigher,
parseNonArrayType, parseTypeMember, ...), including where it looks ahead, where a line
break ends a type, and where it backtracks (`infer X extends C ?`). Our scanner joins
`>>`, `>=`, `>>=` ... into one token where TypeScript's scans `>` alone: a type
argument or parameter list that closes on such a token takes its first `>` and leaves
the rest as the current token (``ts_expect_gt``); `<<` opening a list likewise.

Interface for the links above (keep these names): ts_parse_type,
ts_parse_type_annotation, ts_try_parse_type_annotation, ts_parse_return_type,
ts_parse_type_parameters, ts_try_parse_type_parameters, ts_parse_type_arguments,
ts_try_parse_type_arguments_in_expression, ts_snapshot / ts_restore / ts_try,
ts_parse_binding_annotation (the `?` and `: T` after a binding, for parameters),
ts_parse_signature_params, ts_parse_type_member.

Context that speculation must restore lives in ``self.ts_flags`` (an int of TS_* bits;
links above may add bits of their own): ts_snapshot saves it.
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

_KEYWORD_TYPES = {
    'any': 'TSAnyKeyword', 'unknown': 'TSUnknownKeyword', 'string': 'TSStringKeyword',
    'number': 'TSNumberKeyword', 'bigint': 'TSBigIntKeyword', 'symbol': 'TSSymbolKeyword',
    'boolean': 'TSBooleanKeyword', 'undefined': 'TSUndefinedKeyword',
    'never': 'TSNeverKeyword', 'object': 'TSObjectKeyword',
}
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
# modifiers that may stand before a type member's name (all but readonly are errors)
_MEMBER_MODIFIERS = frozenset(('readonly', 'public', 'private', 'protected', 'static',
                               'declare', 'abstract', 'override', 'export', 'async'))


class TSTypes(JSXParser):
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
                len(self.private_stack), self.depth, self.operator_depth, self.ts_flags)

    def ts_restore(self, state):
        (self.pos, self.type, self.value, self.start, self.end, self.nl_before,
         self.escaped, self.octal_pos, self.last_end, self.cooked, self.invalid_escape,
         self.regex_flags, self.tail, self.yield_pos, self.await_pos, self.await_ident_pos,
         self.potential_arrow_at, self.key_escaped, self.key_escaped_any, self.last_escaped,
         self.strict, labels, n_labels, n_scopes, n_private, self.depth,
         self.operator_depth, self.ts_flags) = state
        self.labels = labels
        del labels[n_labels:]
        del self.scope_stack[n_scopes:]
        del self.private_stack[n_private:]

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

    # -- annotations ------------------------------------------------------------------

    def ts_parse_type_annotation(self):
        """`: Type` (current token `:`) -> TSTypeAnnotation starting at the colon."""
        start = self.start
        self.expect(':')
        t = self.ts_parse_type()
        return self.finish({'type': 'TSTypeAnnotation', 'typeAnnotation': t}, start)

    def ts_try_parse_type_annotation(self):
        return self.ts_parse_type_annotation() if self.type == ':' else None

    def ts_parse_return_type(self):
        """`: Type` after a parameter list (or `=>` in a function type): type
        predicates and `asserts` allowed -> TSTypeAnnotation from the colon."""
        start = self.start
        self.next()
        saved = self.ts_flags
        self.ts_flags &= ~TS_NO_CONDITIONAL
        try:
            t = self.ts_parse_type_or_predicate()
        finally:
            self.ts_flags = saved
        return self.finish({'type': 'TSTypeAnnotation', 'typeAnnotation': t}, start)

    def ts_parse_type_or_predicate(self):
        start = self.start
        if self.ts_is_identifier() and self.ts_look(self._ts_predicate_prefix):
            name = self.ts_ident()
            self.next()   # 'is'
            return self._ts_predicate(start, False, name, self.ts_parse_type())
        return self.ts_parse_type()

    def _ts_predicate_prefix(self):
        self.next()
        return self.ts_is('is') and not self.nl_before

    def _ts_predicate(self, start, asserts, name, t):
        ann = None
        if t is not None:
            ann = self.finish_at({'type': 'TSTypeAnnotation', 'typeAnnotation': t},
                                 t['range'][0], t['range'][1])
        return self.finish({'type': 'TSTypePredicate', 'asserts': asserts,
                            'parameterName': name, 'typeAnnotation': ann}, start)

    def ts_parse_binding_annotation(self, node, start):
        """After a binding `node` that began at ``start``: an optional `?` and `: Type`;
        the node's range grows over them, as typescript-estree's does."""
        grew = False
        if self.type == '?':
            self.next()
            node['optional'] = True
            grew = True
        if self.type == ':':
            node['typeAnnotation'] = self.ts_parse_type_annotation()
            grew = True
        if grew:
            self.finish(node, start)
        return node

    # -- 'Type' -------------------------------------------------------------------------

    def ts_parse_type(self):
        self.enter_depth()
        try:
            return self._ts_parse_type()
        finally:
            self.depth -= 1

    def _ts_parse_type(self):
        if self.ts_starts_function_type():
            return self.ts_parse_function_type()
        start = self.start
        t = self.ts_parse_union()
        if not self.ts_flags & TS_NO_CONDITIONAL and not self.nl_before and \
                self.ts_is('extends'):
            self.next()
            saved = self.ts_flags
            self.ts_flags |= TS_NO_CONDITIONAL
            try:
                ext = self.ts_parse_type()
            finally:
                self.ts_flags = saved
            self.ts_flags = saved & ~TS_NO_CONDITIONAL
            try:
                self.expect('?')
                yes = self.ts_parse_type()
                self.expect(':')
                no = self.ts_parse_type()
            finally:
                self.ts_flags = saved
            return self.finish({'type': 'TSConditionalType', 'checkType': t,
                                'extendsType': ext, 'trueType': yes, 'falseType': no}, start)
        return t

    def ts_parse_union(self):
        return self._ts_union_or_intersection('|', 'TSUnionType', self.ts_parse_intersection)

    def ts_parse_intersection(self):
        return self._ts_union_or_intersection('&', 'TSIntersectionType',
                                              self.ts_parse_type_operator)

    def _ts_union_or_intersection(self, op, node_type, parse_part):
        start = self.start
        leading = self.eat(op)
        t = self._ts_function_type_in_union() if leading else None
        if t is None:
            t = parse_part()
        if self.type == op or leading:
            types = [t]
            while self.eat(op):
                t = self._ts_function_type_in_union()
                types.append(t if t is not None else parse_part())
            t = self.finish({'type': node_type, 'types': types}, start)
        return t

    def _ts_function_type_in_union(self):
        # parseFunctionOrConstructorTypeToError: `| () => T` is parsed (tsc reports it)
        if self.ts_starts_function_type():
            return self.ts_parse_function_type()
        return None

    def ts_parse_type_operator(self):
        start = self.start
        if self.type == 'name' and not self.escaped:
            v = self.value
            if v == 'keyof' or v == 'unique' or v == 'readonly':
                self.next()
                arg = self.ts_parse_type_operator()
                return self.finish({'type': 'TSTypeOperator', 'operator': v,
                                    'typeAnnotation': arg}, start)
            if v == 'infer':
                self.next()
                return self.finish({'type': 'TSInferType',
                                    'typeParameter': self._ts_infer_parameter()}, start)
        saved = self.ts_flags
        self.ts_flags &= ~TS_NO_CONDITIONAL
        try:
            return self.ts_parse_postfix_type()
        finally:
            self.ts_flags = saved

    def _ts_infer_parameter(self):
        start = self.start
        if not self.ts_is_identifier():
            raise self.unexpected()
        name = self.parse_identifier(liberal=True)
        node = {'type': 'TSTypeParameter', 'name': name, 'constraint': None, 'in': False,
                'out': False, 'const': False}
        if self.ts_is('extends'):
            constraint = self.ts_try(self._ts_infer_constraint)
            if constraint is not None:
                node['constraint'] = constraint
        return self.finish(node, start)

    def _ts_infer_constraint(self):
        # tryParseConstraintOfInferType: `infer U extends X ? ...` is a conditional type
        # whose check type is `infer U`, unless conditionals are disallowed here
        self.next()
        saved = self.ts_flags
        self.ts_flags |= TS_NO_CONDITIONAL
        try:
            t = self.ts_parse_type()
        finally:
            self.ts_flags = saved
        if saved & TS_NO_CONDITIONAL or self.type != '?':
            return t
        raise self.unexpected()

    def ts_parse_postfix_type(self):
        start = self.start
        t = self.ts_parse_non_array_type()
        while not self.nl_before and self.type == '[':
            self.next()
            if self.ts_starts_type():
                index = self.ts_parse_type()
                self.expect(']')
                t = self.finish({'type': 'TSIndexedAccessType', 'objectType': t,
                                 'indexType': index}, start)
            else:
                self.expect(']')
                t = self.finish({'type': 'TSArrayType', 'elementType': t}, start)
        return t

    def ts_parse_non_array_type(self):
        t = self.type
        start = self.start
        if t == 'name' and not self.escaped:
            v = self.value
            kw = _KEYWORD_TYPES.get(v)
            if kw is not None:
                if self.ts_next_is('.'):
                    return self.ts_parse_type_reference()
                self.next()
                return self.finish({'type': kw}, start)
            if v == 'void' or v == 'null':
                self.next()
                return self.finish({'type': 'TSVoidKeyword' if v == 'void' else
                                    'TSNullKeyword'}, start)
            if v == 'true' or v == 'false':
                self.next()
                lit = self.finish({'type': 'Literal', 'value': v == 'true', 'raw': v}, start)
                return self.finish({'type': 'TSLiteralType', 'literal': lit}, start)
            if v == 'this':
                self.next()
                this = self.finish({'type': 'TSThisType'}, start)
                if self.ts_is('is') and not self.nl_before:
                    self.next()
                    return self._ts_predicate(start, False, this, self.ts_parse_type())
                return this
            if v == 'typeof':
                if self.ts_next_is('name', 'import'):
                    self.next()
                    imp = self.ts_parse_import_type()
                    return self.finish({'type': 'TSTypeQuery', 'exprName': imp}, start)
                return self.ts_parse_type_query()
            if v == 'import':
                return self.ts_parse_import_type()
            if v == 'asserts':
                nt, nv, nl, esc, _ = self.peek()
                if nt == 'name' and not nl:
                    return self.ts_parse_asserts()
        elif t == 'string' or t == 'num' or t == 'bigint':
            return self.finish({'type': 'TSLiteralType', 'literal': self.parse_expr_atom(None)},
                               start)
        elif t == '-':
            nt = self.peek()[0]
            if nt == 'num' or nt == 'bigint':
                self.next()
                arg = self.parse_expr_atom(None)
                lit = self.finish({'type': 'UnaryExpression', 'operator': '-', 'prefix': True,
                                   'argument': arg}, start)
                return self.finish({'type': 'TSLiteralType', 'literal': lit}, start)
        elif t == 'template':
            return self.ts_parse_template_type()
        elif t == '{':
            if self.ts_look(self._ts_starts_mapped_type):
                return self.ts_parse_mapped_type()
            return self.finish({'type': 'TSTypeLiteral',
                                'members': self.ts_parse_type_members()}, start)
        elif t == '[':
            return self.ts_parse_tuple_type()
        elif t == '(':
            self.next()
            inner = self.ts_parse_type()
            self.expect(')')
            return inner
        return self.ts_parse_type_reference()

    def ts_parse_asserts(self):
        start = self.start
        self.next()   # 'asserts'
        if self.ts_is('this'):
            pstart = self.start
            self.next()
            name = self.finish({'type': 'TSThisType'}, pstart)
        else:
            if not self.ts_is_identifier():
                raise self.unexpected()
            name = self.parse_identifier(liberal=True)
        t = None
        if self.ts_is('is'):
            self.next()
            t = self.ts_parse_type()
        return self._ts_predicate(start, True, name, t)

    def ts_parse_entity_name(self, allow_this=False):
        start = self.start
        if allow_this and self.ts_is('this'):
            self.next()
            node = self.finish({'type': 'ThisExpression'}, start)
        else:
            node = self.ts_ident()
        while self.type == '.':
            self.next()
            right = self.ts_ident()
            node = self.finish({'type': 'TSQualifiedName', 'left': node, 'right': right},
                               start)
        return node

    def ts_parse_type_reference(self):
        start = self.start
        if self.type != 'name':
            raise self.unexpected()
        name = self.ts_parse_entity_name()
        node = {'type': 'TSTypeReference', 'typeName': name}
        if not self.nl_before and self.ts_at_lt():
            node['typeArguments'] = self.ts_parse_type_arguments()
        return self.finish(node, start)

    def ts_parse_type_query(self):
        start = self.start
        self.next()   # 'typeof'
        node = {'type': 'TSTypeQuery', 'exprName': self.ts_parse_entity_name(True)}
        if not self.nl_before and self.type == '<':
            node['typeArguments'] = self.ts_parse_type_arguments()
        return self.finish(node, start)

    def ts_parse_import_type(self):
        start = self.start
        self.next()   # 'import'
        self.expect('(')
        arg = self.ts_parse_type()
        # typescript-estree keeps only a literal (tsc reports anything else)
        source = arg['literal'] if arg['type'] == 'TSLiteralType' else None
        options = None
        if self.eat(',') and self.type != ')':
            options = self.parse_maybe_assign()
            self.eat(',')
        self.expect(')')
        qualifier = None
        if self.eat('.'):
            qualifier = self.ts_parse_entity_name()
        args = None
        if not self.nl_before and self.ts_at_lt():
            args = self.ts_parse_type_arguments()
        return self.finish({'type': 'TSImportType', 'source': source, 'qualifier': qualifier,
                            'typeArguments': args, 'options': options}, start)

    def ts_parse_template_type(self):
        start = self.start
        quasis = []
        types = []
        while True:
            elem = {'type': 'TemplateElement',
                    'value': {'raw': self.value, 'cooked': self.cooked}, 'tail': self.tail}
            quasis.append(self.finish_at(elem, self.start, self.end))
            if self.tail:
                self.next()
                break
            self.next()
            types.append(self.ts_parse_type())
            if self.type != '}':
                raise self.unexpected()
            self.rescan_template_continuation()
        if not types:
            lit = self.finish({'type': 'TemplateLiteral', 'quasis': quasis,
                               'expressions': []}, start)
            return self.finish({'type': 'TSLiteralType', 'literal': lit}, start)
        return self.finish({'type': 'TSTemplateLiteralType', 'quasis': quasis,
                            'types': types}, start)

    def ts_parse_tuple_type(self):
        start = self.start
        self.next()   # '['
        elems = []
        while self.type != ']':
            elems.append(self._ts_tuple_element())
            if self.type != ']':
                self.expect(',')
        self.next()
        return self.finish({'type': 'TSTupleType', 'elementTypes': elems}, start)

    def _ts_tuple_element(self):
        start = self.start
        if self.ts_look(self._ts_is_tuple_element_name):
            rest = self.eat('...')
            lstart = self.start
            label = self.ts_ident()
            optional = self.eat('?')
            self.expect(':')
            t = self._ts_tuple_element_type()
            member = self.finish({'type': 'TSNamedTupleMember', 'label': label,
                                  'elementType': t, 'optional': optional}, lstart)
            if rest:
                return self.finish({'type': 'TSRestType', 'typeAnnotation': member}, start)
            return member
        return self._ts_tuple_element_type()

    def _ts_is_tuple_element_name(self):
        if self.type == '...':
            self.next()
        if self.type != 'name':
            return False
        self.next()
        if self.type == '?':
            self.next()
        return self.type == ':'

    def _ts_tuple_element_type(self):
        start = self.start
        if self.eat('...'):
            return self.finish({'type': 'TSRestType', 'typeAnnotation': self.ts_parse_type()},
                               start)
        t = self.ts_parse_type()
        if self.type == '?':
            self.next()
            return self.finish({'type': 'TSOptionalType', 'typeAnnotation': t}, start)
        return t

    # -- mapped types -------------------------------------------------------------------

    def _ts_starts_mapped_type(self):
        self.next()   # '{'
        if self.type == '+' or self.type == '-':
            self.next()
            return self.ts_is('readonly')
        if self.ts_is('readonly'):
            self.next()
        if self.type != '[':
            return False
        self.next()
        if not self.ts_is_identifier():
            return False
        self.next()
        return self.ts_is('in')

    def ts_parse_mapped_type(self):
        start = self.start
        self.next()   # '{'
        readonly = False
        if self.type == '+' or self.type == '-':
            readonly = self.type
            self.next()
            self.expect_contextual('readonly')
        elif self.eat_contextual('readonly'):
            readonly = True
        self.expect('[')
        key = self.parse_identifier(liberal=True)
        self.expect_contextual('in')
        constraint = self.ts_parse_type()
        name_type = None
        if self.eat_contextual('as'):
            name_type = self.ts_parse_type()
        self.expect(']')
        optional = False
        if self.type == '+' or self.type == '-':
            optional = self.type
            self.next()
            self.expect('?')
        elif self.eat('?'):
            optional = True
        node = {'type': 'TSMappedType', 'key': key, 'constraint': constraint,
                'nameType': name_type}
        if self.type == ':':
            self.next()
            node['typeAnnotation'] = self.ts_parse_type()
        node['optional'] = optional
        node['readonly'] = readonly
        self.ts_semicolon()   # `;` or ASI, not `,`
        self.expect('}')
        return self.finish(node, start)

    # -- function and constructor types ---------------------------------------------

    def ts_starts_function_type(self):
        t = self.type
        if t == '<':
            return True
        if t == '(':
            return self.ts_look(self._ts_unambiguously_function_type)
        if t == 'name' and not self.escaped:
            if self.value == 'new':
                return True
            if self.value == 'abstract':
                return self.ts_next_is('name', 'new')
        return False

    def _ts_unambiguously_function_type(self):
        self.next()   # '('
        t = self.type
        if t == ')' or t == '...':
            return True
        if self._ts_skip_parameter_start():
            t = self.type
            if t == ':' or t == ',' or t == '?' or t == '=':
                return True
            if t == ')':
                self.next()
                return self.type == '=>'
        return False

    def _ts_skip_parameter_start(self):
        while self.type == 'name' and self.value in ('public', 'private', 'protected',
                                                     'readonly', 'override') and \
                not self.escaped and self.peek()[0] == 'name':
            self.next()
        if self.ts_is_identifier() or self.ts_is('this'):
            self.next()
            return True
        if self.type == '[' or self.type == '{':
            self.parse_binding_atom()
            return True
        return False

    def ts_parse_function_type(self):
        start = self.start
        abstract = self.eat_contextual('abstract')
        ctor = self.eat_contextual('new')
        params = self.ts_try_parse_type_parameters()
        sig = self.ts_parse_signature_params()
        if self.type != '=>':
            raise self.unexpected()
        ret = self.ts_parse_return_type()
        node = {'type': 'TSConstructorType' if ctor else 'TSFunctionType'}
        if ctor:
            node['abstract'] = abstract
        node['typeParameters'] = params
        node['params'] = sig
        node['returnType'] = ret
        return self.finish(node, start)

    def ts_parse_signature_params(self):
        """`( Parameter, ... )` of a signature (function type, method signature):
        bindings with `?` and annotations, rest, a `this` parameter."""
        self.expect('(')
        params = []
        while self.type != ')':
            params.append(self.ts_parse_signature_param())
            if self.type != ')':
                self.expect(',')
        self.next()
        return params

    def ts_parse_signature_param(self):
        start = self.start
        if self.type == '...':
            self.next()
            arg = self.parse_binding_atom()
            node = self.finish({'type': 'RestElement', 'argument': arg}, start)
            return self.ts_parse_binding_annotation(node, start)
        if self.ts_is('this'):
            self.next()
            node = self.finish({'type': 'Identifier', 'name': 'this'}, start)
        else:
            node = self.parse_binding_atom()
        self.ts_parse_binding_annotation(node, start)
        if self.type == '=':
            self.next()
            right = self.parse_maybe_assign()
            node = self.finish({'type': 'AssignmentPattern', 'left': node, 'right': right},
                               start)
        return node

    # -- type parameters and arguments ----------------------------------------------

    def ts_try_parse_type_parameters(self):
        return self.ts_parse_type_parameters() if self.ts_at_lt() else None

    def ts_parse_type_parameters(self):
        """`<T extends C = D, ...>` (current token `<`) -> TSTypeParameterDeclaration."""
        start = self.start
        self.ts_at_lt()
        self.expect('<')
        params = []
        while self.type != '>':
            params.append(self.ts_parse_type_parameter())
            if self.type[:1] != '>':
                self.expect(',')
            else:
                break
        if not params:
            raise self.error('Type parameter list cannot be empty.', start)
        self.ts_expect_gt()
        return self.finish({'type': 'TSTypeParameterDeclaration', 'params': params}, start)

    def ts_parse_type_parameter(self):
        start = self.start
        mods = {'in': False, 'out': False, 'const': False}
        # `in`, `out`, `const` are modifiers when a name follows on the same line
        while self.type == 'name' and not self.escaped and self.value in mods:
            nt, nv, nl, esc, _ = self.peek()
            if nl or nt != 'name':
                break
            mods[self.value] = True
            self.next()
        if not self.ts_is_identifier():
            raise self.unexpected()
        name = self.parse_identifier(liberal=True)
        node = {'type': 'TSTypeParameter', 'name': name, 'constraint': None,
                'default': None}
        if self.eat_contextual('extends'):
            node['constraint'] = self.ts_parse_type()
        if self.eat('='):
            node['default'] = self.ts_parse_type()
        node['in'] = mods['in']
        node['out'] = mods['out']
        node['const'] = mods['const']
        return self.finish(node, start)

    def ts_parse_type_arguments(self):
        """`<T, U>` (current token `<`) -> TSTypeParameterInstantiation."""
        start = self.start
        self.ts_at_lt()
        self.expect('<')
        params = []
        while self.type[:1] != '>':
            params.append(self.ts_parse_type())
            if self.type[:1] != '>':
                self.expect(',')
        if not params:
            raise self.error('Type argument list cannot be empty.', start)
        self.ts_expect_gt()
        return self.finish({'type': 'TSTypeParameterInstantiation', 'params': params}, start)

    def ts_try_parse_type_arguments_in_expression(self):
        """`f<T>(x)`, `f<T>` ... against `a < b > c`: the type arguments if they parse,
        close on a lone `>` and are followed by what TypeScript's
        canFollowTypeArgumentsInExpression accepts; else None, nothing consumed."""
        if self.type != '<' and self.type != '<<':
            return None
        state = self.ts_snapshot()
        try:
            args = self.ts_parse_type_arguments()
            # the closing `>` must be a token of its own (reScanGreaterToken: not the
            # first character of `>=`, `>>` ...)
            if self.last_end == self.start and self.type[:1] in ('>', '='):
                raise self.unexpected()
            if self._ts_can_follow_type_arguments():
                return args
        except JSNestingError:
            raise
        except JSSyntaxError:
            pass
        self.ts_restore(state)
        return None

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

    # -- type members (type literals, interfaces) -----------------------------------

    def ts_parse_type_members(self):
        """`{ member; member, ... }` (current token `{`) -> the list of members."""
        self.expect('{')
        members = []
        while self.type != '}':
            if self.type == 'eof':
                raise self.unexpected()
            members.append(self.ts_parse_type_member())
        self.next()
        return members

    def _ts_member_end(self, node, start):
        # parseTypeMemberSemicolon: `,` or `;`, or ASI; the separator is the member's
        if not self.eat(','):
            self.ts_semicolon()
        return self.finish(node, start)

    def ts_parse_type_member(self):
        start = self.start
        t = self.type
        if t == '(' or t == '<':
            return self._ts_signature(start, 'TSCallSignatureDeclaration')
        if self.ts_is('new') and self.peek()[0] in ('(', '<'):
            self.next()
            return self._ts_signature(start, 'TSConstructSignatureDeclaration')
        readonly = False
        while self.type == 'name' and not self.escaped and \
                self.value in _MEMBER_MODIFIERS and self.ts_look(self._ts_modifier_follows):
            if self.value != 'readonly':
                raise self.error("'%s' modifier cannot appear on a type member" % self.value)
            readonly = True
            self.next()
        if (self.ts_is('get') or self.ts_is('set')) and self.ts_look(self._ts_modifier_follows):
            kind = self.value
            self.next()
            return self._ts_method_signature(start, kind, readonly)
        if self.type == '[' and self.ts_look(self._ts_is_index_signature):
            return self._ts_member_end(self.ts_parse_index_signature(start, readonly), start)
        return self._ts_method_signature(start, None, readonly)

    def _ts_signature(self, start, node_type):
        params = self.ts_try_parse_type_parameters()
        sig = self.ts_parse_signature_params()
        ret = self.ts_parse_return_type() if self.type == ':' else None
        return self._ts_member_end({'type': node_type, 'typeParameters': params,
                                    'params': sig, 'returnType': ret}, start)

    def _ts_modifier_follows(self):
        # nextTokenIsOnSameLineAndCanFollowModifier
        self.next()
        if self.nl_before:
            return False
        return self.type in ('[', '{', '*', '...', 'name', 'string', 'num', 'bigint',
                             'private')

    def _ts_is_index_signature(self):
        # isUnambiguouslyIndexSignature
        self.next()   # '['
        if self.type == '...' or self.type == ']':
            return True
        if self.type == 'name' and self.value in _MEMBER_MODIFIERS and not self.escaped:
            self.next()
            if self.ts_is_identifier():
                return True
        elif not self.ts_is_identifier():
            return False
        else:
            self.next()
        if self.type == ':' or self.type == ',':
            return True
        if self.type != '?':
            return False
        self.next()
        return self.type in (':', ',', ']')

    def ts_parse_index_signature(self, start, readonly, is_static=False):
        """`[key: K]: T` (current token `[`) -> TSIndexSignature, unfinished range."""
        self.expect('[')
        params = []
        while self.type != ']':
            params.append(self.ts_parse_signature_param())
            if self.type != ']':
                self.expect(',')
        self.next()
        node = {'type': 'TSIndexSignature', 'parameters': params,
                'typeAnnotation': self.ts_try_parse_type_annotation(),
                'readonly': readonly, 'static': is_static}
        return node

    def _ts_method_signature(self, start, kind, readonly):
        computed, key = self.parse_property_name()
        optional = self.eat('?')
        if self.type == '(' or self.type == '<' or kind is not None:
            params = self.ts_try_parse_type_parameters()
            sig = self.ts_parse_signature_params()
            ret = self.ts_parse_return_type() if self.type == ':' else None
            node = {'type': 'TSMethodSignature', 'computed': computed, 'key': key,
                    'kind': kind or 'method', 'optional': optional, 'readonly': readonly,
                    'static': False, 'typeParameters': params, 'params': sig,
                    'returnType': ret}
        else:
            node = {'type': 'TSPropertySignature', 'computed': computed, 'key': key,
                    'optional': optional, 'readonly': readonly, 'static': False,
                    'typeAnnotation': self.ts_try_parse_type_annotation()}
        return self._ts_member_end(node, start)

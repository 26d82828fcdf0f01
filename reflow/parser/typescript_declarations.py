"""TypeScript's statement-level declarations: interfaces, type aliases, enums,
namespaces and modules, `declare` forms, overload signatures, and the module syntax
TypeScript adds (type-only imports and exports, `import x = require()`, `export =`).

Which contextual word starts a declaration follows TypeScript's isDeclaration: `type`
and `interface` need a name after them on the same line, `namespace`/`module` a name
or string on the same line, `declare`/`abstract` any token on the same line; otherwise
the word is an identifier (`type = 1`, `namespace\\nfoo`, `module.exports = x`).

For the links above:
- ``self.ts_ambient`` is true while a `declare` declaration (or anything inside a
  `declare namespace`/`declare module`/`declare global`) is parsed: class members and
  functions there have no bodies.
- `abstract class` and `declare class` are parsed by ``parse_class`` as any class;
  the statement sets ``abstract``/``declare`` on the node it returns (``ts_put``).
- A function declaration without a body (an overload, `declare function`) is a
  TSDeclareFunction (``parse_function_statement`` looks ahead for the body).
- Type-only declarations (interface, type alias), enums, namespaces and TSDeclareFunction
  are not given to the JS scope tracker: TypeScript merges them with each other and
  with values (`interface A {}` + `class A {}`, `enum E` twice, `namespace N` +
  `function N`), and JS's early errors must not see them.
"""
from reflow.parser.errors import JSNestingError, JSSyntaxError
from .scope import BIND_LEXICAL, BIND_VAR, SCOPE_FUNCTION
from .typescript_types import TSTypes, TS_AMBIENT

# the words TypeScript's isDeclaration may start a declaration with
_DECL_WORDS = frozenset(('type', 'interface', 'namespace', 'module', 'declare', 'abstract',
                         'enum', 'global'))
_TYPE_ONLY = frozenset(('TSInterfaceDeclaration', 'TSTypeAliasDeclaration'))
_TS_DECLARATIONS = frozenset(('TSInterfaceDeclaration', 'TSTypeAliasDeclaration',
                              'TSEnumDeclaration', 'TSModuleDeclaration',
                              'TSDeclareFunction', 'TSImportEqualsDeclaration'))


def ts_put(node, **fields):
    """Add ``fields`` to a finished node, before its range (the fields-then-range order
    every node has)."""
    rng = node.pop('range')
    loc = node.pop('loc', None)
    node.update(fields)
    node['range'] = rng
    if loc is not None:
        node['loc'] = loc
    return node


class TSDeclarations(TSTypes):
    def __init__(self, source, source_type='script', filename='<input>', jsx=False,
                 **options):
        TSTypes.__init__(self, source, source_type, filename, jsx, **options)
        # names that TS declarations (interface, type, enum, namespace) give the module's
        # top level: `export {name}` may name them
        self.ts_top_names = set()

    @property
    def ts_ambient(self):
        return bool(self.ts_flags & TS_AMBIENT)

    # -- statements ---------------------------------------------------------------------

    def parse_statement_list_item(self, top_level=False):
        if self.type == 'name' and not self.escaped:
            v = self.value
            if v in _DECL_WORDS or v == 'const' or v == 'import' or v == 'export':
                node = self.ts_parse_declaration(top_level)
                if node is not None:
                    return node
        return TSTypes.parse_statement_list_item(self, top_level)

    def _parse_statement(self, context):
        if self.type == 'name' and not self.escaped and self.value in _DECL_WORDS:
            node = self.ts_parse_declaration(False)
            if node is not None:
                return node
        return TSTypes._parse_statement(self, context)

    def ts_parse_declaration(self, top_level):
        """A TypeScript declaration at the current word, or None (nothing consumed)
        when the word is not one here."""
        start = self.start
        v = self.value
        nt, nv, nl, esc, _ = self.peek()
        if v == 'const':
            if nt == 'name' and nv == 'enum' and not esc:
                self.next()
                return self.ts_parse_enum(start, const=True)
            return None
        if v == 'import':
            if nt == 'name' and self.ts_import_equals_follows():
                return self.ts_parse_import_equals(start)
            return None
        if v == 'export':
            if nt == '=' or (nt == 'name' and nv in ('as', 'import') and not esc):
                return self.parse_export()
            return None
        if v == 'enum':
            return self.ts_parse_enum(start)
        if nl:
            return None
        if v == 'type' or v == 'interface':
            if nt != 'name':
                if v == 'interface' and nt == '{':
                    # `interface {}`: a name is missing (no reading of it is valid)
                    raise self.unexpected(self.peek()[4])
                return None
            self.next()
            return self.ts_parse_type_alias(start) if v == 'type' else \
                self.ts_parse_interface(start)
        if v == 'namespace' or v == 'module':
            if nt != 'name' and not (nt == 'string' and v == 'module'):
                return None
            self.next()
            return self.ts_parse_module(start, v)
        if v == 'global':
            if nt != '{':
                return None
            return self.ts_parse_module(start, 'global')
        if v == 'abstract':
            if nt != 'name' or nv != 'class' or esc:
                return None
            self.next()
            return ts_put(self.parse_class(start, True), abstract=True)
        if v == 'declare':
            if nt not in ('name', '@'):
                return None
            return self.ts_parse_declare(start)
        return None

    def ts_parse_declare(self, start):
        """`declare` var/let/const/function/class/enum/namespace/module/global/...:
        an ambient declaration (no bodies, no initializers needed)."""
        self.next()   # 'declare'
        saved = self.ts_flags
        self.ts_flags |= TS_AMBIENT
        try:
            v = self.value if self.type == 'name' and not self.escaped else None
            dstart = self.start
            if v == 'var' or v == 'let' or v == 'const':
                if v == 'const' and self.ts_next_is('name', 'enum'):
                    self.next()
                    node = self.ts_parse_enum(dstart, const=True)
                else:
                    self.next()
                    node = self.ts_parse_ambient_variables(v)
                    self.semicolon()
                    return self.finish(node, start)
            elif v == 'function':
                node = self.parse_function_statement(dstart, False)
            elif v == 'async' and self.ts_next_is('name', 'function', same_line=True):
                self.next()
                node = self.parse_function_statement(dstart, True)
            elif v == 'class':
                node = self.parse_class(dstart, True)
            elif v == 'abstract' and self.ts_next_is('name', 'class', same_line=True):
                self.next()
                node = ts_put(self.parse_class(dstart, True), abstract=True)
            else:
                node = self.ts_parse_declaration(False) if v in _DECL_WORDS else None
                if node is None:
                    raise self.unexpected()
            node = ts_put(node, declare=True) if 'declare' not in node else node
            node['declare'] = True
            node['range'][0] = start
            if self.opt_loc:
                node['loc'] = self.make_loc(start, node['range'][1])
            return node
        finally:
            self.ts_flags = saved

    def ts_parse_ambient_variables(self, kind):
        """The declarators of `declare var/let/const`: no initializer needed."""
        decls = []
        binding = BIND_VAR if kind == 'var' else BIND_LEXICAL
        while True:
            dstart = self.start
            target = self.parse_binding_atom()
            if 'typeAnnotation' not in target:
                self.ts_parse_binding_annotation(target, dstart)
            self.check_lval_pattern(target, binding)
            init = None
            if self.eat('='):
                init = self.parse_maybe_assign()
            decls.append(self.finish({'type': 'VariableDeclarator', 'id': target,
                                      'init': init, 'definite': False}, dstart))
            if not self.eat(','):
                break
        return {'type': 'VariableDeclaration', 'declarations': decls, 'kind': kind,
                'declare': True}

    def ts_declared(self, name_node):
        """A TS declaration named at module top level: `export {name}` may name it."""
        if name_node['type'] == 'Identifier' and len(self.scope_stack) == 1:
            self.ts_top_names.add(name_node['name'])
            self.undefined_exports.pop(name_node['name'], None)

    # -- type aliases and interfaces ----------------------------------------------------

    def ts_parse_type_alias(self, start):
        ident = self.parse_identifier()
        self.ts_declared(ident)
        params = self.ts_try_parse_type_parameters()
        self.expect('=')
        tstart = self.start
        if self.ts_is('intrinsic') and not self.ts_next_is('.'):
            self.next()
            t = self.finish({'type': 'TSIntrinsicKeyword'}, tstart)
        else:
            t = self.ts_parse_type()
        self.ts_semicolon()
        return self.finish({'type': 'TSTypeAliasDeclaration', 'id': ident,
                            'typeParameters': params, 'typeAnnotation': t,
                            'declare': False}, start)

    def ts_parse_interface(self, start):
        ident = self.parse_identifier()
        self.ts_declared(ident)
        params = self.ts_try_parse_type_parameters()
        heritage = []
        if self.eat_contextual('extends'):
            while True:
                heritage.append(self.ts_parse_heritage('TSInterfaceHeritage'))
                if not self.eat(','):
                    break
        bstart = self.start
        members = self.ts_parse_type_members()
        body = self.finish({'type': 'TSInterfaceBody', 'body': members}, bstart)
        return self.finish({'type': 'TSInterfaceDeclaration', 'id': ident,
                            'typeParameters': params, 'extends': heritage, 'body': body,
                            'declare': False}, start)

    def ts_parse_heritage(self, node_type):
        """`A.B<T>` of an `extends`/`implements` list: {expression, typeArguments}."""
        start = self.start
        expr = self.parse_identifier()
        while self.type == '.':
            self.next()
            prop = self.ts_ident()
            expr = self.finish({'type': 'MemberExpression', 'object': expr, 'property': prop,
                                'computed': False, 'optional': False}, start)
        args = self.ts_parse_type_arguments() if self.ts_at_lt() else None
        return self.finish({'type': node_type, 'expression': expr, 'typeArguments': args},
                           start)

    # -- enums ----------------------------------------------------------------------------

    def ts_parse_enum(self, start, const=False):
        self.next()   # 'enum'
        ident = self.parse_identifier()
        self.ts_declared(ident)
        self.expect('{')
        members = []
        while self.type != '}':
            members.append(self.ts_parse_enum_member())
            if self.type != '}':
                self.expect(',')
        self.next()
        return self.finish({'type': 'TSEnumDeclaration', 'id': ident, 'const': const,
                            'declare': False, 'members': members}, start)

    def ts_parse_enum_member(self):
        start = self.start
        computed = False
        t = self.type
        if t == '[':
            # a computed name must be a string (TypeScript accepts `['a']` only)
            self.next()
            if self.type != 'string' and not (self.type == 'template' and self.tail):
                raise self.error('Computed property names are not allowed in enums.')
            key = self.parse_expr_atom(None)
            self.expect(']')
            computed = True
        elif t == 'name':
            key = self.ts_ident()
        elif t == 'string':
            key = self.parse_expr_atom(None)
        elif t == 'num' or t == 'bigint':
            raise self.error('An enum member cannot have a numeric name.')
        else:
            raise self.unexpected()
        init = None
        if self.eat('='):
            init = self.parse_maybe_assign()
        return self.finish({'type': 'TSEnumMember', 'id': key, 'initializer': init,
                            'computed': computed}, start)

    # -- namespaces and modules ---------------------------------------------------------

    def ts_parse_module(self, start, word):
        """namespace A.B {...} / module A {...} / module 'x' {...} / global {...}."""
        kind = word
        if word == 'global':
            gstart = self.start
            self.next()
            ident = self.finish({'type': 'Identifier', 'name': 'global'}, gstart)
        elif self.type == 'string':
            ident = self.parse_module_specifier()
        else:
            ident = self.parse_identifier()
            self.ts_declared(ident)
            qstart = ident['range'][0]
            while self.eat('.'):
                right = self.ts_ident()
                ident = self.finish({'type': 'TSQualifiedName', 'left': ident,
                                     'right': right}, qstart)
        node = {'type': 'TSModuleDeclaration', 'id': ident}
        if self.type == '{' or ident['type'] != 'Literal':
            node['body'] = self.ts_parse_module_block()
        else:
            self.ts_semicolon()
        node['kind'] = kind
        node['declare'] = False
        node['global'] = word == 'global'
        return self.finish(node, start)

    def ts_parse_module_block(self):
        start = self.start
        self.expect('{')
        # a namespace's body is a function's in the emitted code (var is local to it)
        self.enter_scope(SCOPE_FUNCTION)
        saved = (self.labels, self.exported_names, self.undefined_exports, self.ts_top_names)
        self.labels = []
        # an ambient module's exports are its own, not the file's
        self.exported_names = set()
        self.undefined_exports = {}
        self.ts_top_names = set()
        body = []
        while self.type != '}':
            if self.type == 'eof':
                raise self.unexpected()
            body.append(self.ts_parse_module_item())
        self.next()
        self.labels, self.exported_names, self.undefined_exports, self.ts_top_names = saved
        self.exit_scope()
        return self.finish({'type': 'TSModuleBlock', 'body': body}, start)

    def ts_parse_module_item(self):
        """A statement of a namespace body: `export` declarations are allowed there (in
        an ambient module every export form)."""
        if self.ts_is('export') and self.ts_flags & TS_AMBIENT:
            return self.parse_export()
        if self.ts_is('export'):
            start = self.start
            nt, nv, nl, esc, _ = self.peek()
            if nt == '{' or nt == '*' or (nt == 'name' and nv == 'default' and not esc):
                raise self.unexpected(self.peek()[4])
            self.next()
            if self.ts_is('import'):
                decl = self.ts_parse_import_equals(self.start)
            else:
                decl = self.ts_parse_export_declaration()
            return self.ts_export_named(decl, start)
        if self.ts_is('import') and self.ts_import_equals_follows():
            return self.ts_parse_import_equals(self.start)
        return self.parse_statement_list_item()

    def ts_export_named(self, decl, start):
        kind = 'type' if decl['type'] in _TYPE_ONLY or decl.get('declare') else 'value'
        return self.finish({'type': 'ExportNamedDeclaration', 'declaration': decl,
                            'specifiers': [], 'source': None, 'exportKind': kind,
                            'attributes': []}, start)

    def ts_parse_export_declaration(self):
        """The declaration after `export` (TS's and JS's)."""
        dstart = self.start
        if self.type == 'name' and not self.escaped:
            v = self.value
            if v in _DECL_WORDS or v == 'const':
                node = self.ts_parse_declaration(False)
                if node is not None:
                    return node
            if v == 'var' or v == 'const' or v == 'let':
                return self.parse_var_statement(dstart, v)
            if v == 'function':
                return self.parse_function_statement(dstart, False)
            if v == 'async' and self._async_function_follows():
                self.next()
                return self.parse_function_statement(dstart, True)
            if v == 'class':
                return self.parse_class(dstart, True)
        raise self.unexpected()

    # -- functions without a body ---------------------------------------------------

    def parse_function_statement(self, start, is_async, in_if=False, labelled=False,
                                 nullable_id=False):
        """A function declaration, or (no `{` after its signature) a TSDeclareFunction:
        an overload signature or `declare function`, which declares no binding."""
        state = self.ts_snapshot()
        try:
            decl = self.ts_parse_declare_function(start, is_async, nullable_id)
        except JSNestingError:
            raise
        except JSSyntaxError:
            decl = None
        if decl is not None:
            return decl
        self.ts_restore(state)
        return TSTypes.parse_function_statement(self, start, is_async, in_if, labelled,
                                                nullable_id)

    def ts_parse_declare_function(self, start, is_async, nullable_id):
        self.next()   # 'function'
        is_gen = self.eat('*')
        ident = None
        if self.type == 'name':
            ident = self.parse_identifier()
        elif not nullable_id:
            raise self.unexpected()
        params = self.ts_try_parse_type_parameters()
        sig = self.ts_parse_signature_params()
        ret = self.ts_parse_return_type() if self.type == ':' else None
        if self.type == '{':
            return None
        self.ts_semicolon()
        return self.finish({'type': 'TSDeclareFunction', 'id': ident, 'generator': is_gen,
                            'expression': False, 'async': is_async, 'declare': False,
                            'params': sig, 'returnType': ret, 'typeParameters': params},
                           start)

    def declared_names_of(self, decl):
        # what `export <declaration>` exports as a value binding: TS declarations merge
        if decl['type'] in _TS_DECLARATIONS or decl.get('declare'):
            return []
        return TSTypes.declared_names_of(self, decl)

    # -- imports --------------------------------------------------------------------------

    def ts_import_equals_follows(self):
        """At `import`: `import x =`, `import type x =` (an import-equals declaration)."""
        state = self.ts_snapshot()
        try:
            self.next()
            if self.ts_is('type'):
                self.next()
                if self.type == '=':
                    return True   # `import type = require()`: `type` is the name
            if self.type != 'name':
                return False
            self.next()
            return self.type == '='
        finally:
            self.ts_restore(state)

    def ts_parse_import_equals(self, start):
        """import x = require('m') / import x = A.B / import type x = require('m')."""
        self.next()   # 'import'
        kind = 'value'
        if self.ts_is('type') and not self.ts_next_is('='):
            self.next()
            kind = 'type'
        ident = self.parse_identifier()
        self.check_lval_simple(ident, BIND_LEXICAL)
        self.expect('=')
        rstart = self.start
        if self.ts_is('require') and self.ts_next_is('('):
            self.next()
            self.next()
            expr = self.parse_module_specifier()
            self.expect(')')
            ref = self.finish({'type': 'TSExternalModuleReference', 'expression': expr},
                              rstart)
        else:
            ref = self.ts_parse_entity_name()
        self.ts_semicolon()
        return self.finish({'type': 'TSImportEqualsDeclaration', 'id': ident,
                            'moduleReference': ref, 'importKind': kind}, start)

    def parse_import(self):
        start = self.start
        if self.ts_import_equals_follows():
            return self.ts_parse_import_equals(start)
        self.next()   # 'import'
        kind = 'value'
        if self.ts_is('type'):
            nt, nv, nl, esc, _ = self.peek()
            if nt in ('{', '*') or (nt == 'name' and not (nv == 'from' and not esc)) or \
                    (nt == 'name' and self._ts_from_from_follows()):
                self.next()
                kind = 'type'
        specifiers = []
        if self.type == 'string':
            source = self.parse_module_specifier()
        else:
            if self.type == 'name':
                dstart = self.start
                local = self.parse_identifier()
                self.check_lval_simple(local, BIND_LEXICAL)
                specifiers.append(self.finish({'type': 'ImportDefaultSpecifier',
                                               'local': local}, dstart))
                if self.eat(','):
                    if self.type != '*' and self.type != '{':
                        raise self.unexpected()
            if self.type == '*':
                nstart = self.start
                self.next()
                self.expect_contextual('as')
                local = self.parse_identifier()
                self.check_lval_simple(local, BIND_LEXICAL)
                specifiers.append(self.finish({'type': 'ImportNamespaceSpecifier',
                                               'local': local}, nstart))
            elif self.type == '{':
                for sstart, send, is_type, imported, local in self.ts_parse_specifiers(True):
                    self.check_lval_simple(local, BIND_LEXICAL)
                    specifiers.append(self.finish_at({
                        'type': 'ImportSpecifier', 'local': local, 'imported': imported,
                        'importKind': 'type' if is_type else 'value'}, sstart, send))
            elif not specifiers:
                raise self.unexpected()
            self.expect_contextual('from')
            source = self.parse_module_specifier()
        attributes = self.parse_import_attributes()
        self.semicolon()
        return self.finish({'type': 'ImportDeclaration', 'specifiers': specifiers,
                            'source': source, 'attributes': attributes, 'importKind': kind},
                           start)

    def _ts_from_from_follows(self):
        # `import type from from 'm'`: a type-only default import named `from`
        state = self.ts_snapshot()
        try:
            self.next()
            self.next()
            return self.ts_is('from')
        finally:
            self.ts_restore(state)

    def ts_parse_specifiers(self, is_import):
        """`{ a, type b, c as d, type e as f }` -> [(start, end, is_type, first, second)]:
        (imported, local) for imports, (local, exported) for exports, with TypeScript's
        reading of `type as as as` (parseImportOrExportSpecifier)."""
        self.expect('{')
        out = []
        while self.type != '}':
            sstart = self.start
            is_type = False
            name = self.parse_module_export_name()
            first = None
            can_as = True
            if name['type'] == 'Identifier' and name['name'] == 'type' and not self.last_escaped:
                if self.ts_is('as'):
                    first_as = self.ts_ident()
                    if self.ts_is('as'):
                        second_as = self.ts_ident()
                        if self.type == 'name':
                            is_type, first, name = True, first_as, self._ts_spec_name(is_import)
                        else:
                            first, name = name, second_as
                        can_as = False
                    elif self.type == 'name':
                        first, name, can_as = name, self._ts_spec_name(is_import), False
                    else:
                        is_type, name = True, first_as
                elif self.type == 'name' or self.type == 'string':
                    is_type = True
                    name = self.parse_module_export_name()
            if can_as and self.eat_contextual('as'):
                first = name
                name = self._ts_spec_name(is_import)
            if first is None:
                first = name
                name = dict(name)
                if is_import:
                    if first['type'] != 'Identifier':
                        raise self.unexpected(first['range'][0])
                    self.check_unreserved(first['name'], first['range'][0], self.last_escaped)
            out.append((sstart, self.last_end, is_type, first, name))
            if self.type != '}':
                self.expect(',')
        self.next()
        return out

    def _ts_spec_name(self, is_import):
        return self.parse_identifier() if is_import else self.parse_module_export_name()

    # -- exports --------------------------------------------------------------------------

    def parse_export(self):
        start = self.start
        nt, nv, nl, esc, _ = self.peek()
        if nt == '=':
            self.next()
            self.next()
            expr = self.parse_maybe_assign()
            self.ts_semicolon()
            return self.finish({'type': 'TSExportAssignment', 'expression': expr}, start)
        if nt == 'name' and not esc and nv == 'as':
            self.next()
            self.next()
            self.expect_contextual('namespace')
            ident = self.parse_identifier()
            self.ts_semicolon()
            return self.finish({'type': 'TSNamespaceExportDeclaration', 'id': ident}, start)
        if not self.is_module and not self.ts_flags & TS_AMBIENT:
            raise self.error("Cannot use export statement outside a module")
        if nt == 'name' and not esc and nv == 'import':
            self.next()
            return self.ts_export_named(self.ts_parse_import_equals(self.start), start)
        if nt == 'name' and not esc and nv == 'type':
            state = self.ts_snapshot()
            self.next()
            nt2 = self.peek()[0]
            if nt2 == '{' or nt2 == '*':
                self.next()
                node = self.ts_parse_export_clause(start) if nt2 == '{' else \
                    self.ts_parse_export_all(start)
                node['exportKind'] = 'type'
                return node
            self.ts_restore(state)
        if nt == '{':
            self.next()
            return self.ts_parse_export_clause(start)
        if nt == '*':
            self.next()
            return self.ts_parse_export_all(start)
        if nt == 'name' and not esc and nv == 'default':
            self.next()
            self.add_export('default', self.start)
            self.next()
            return self.parse_export_default(start)
        self.next()
        decl = self.ts_parse_export_declaration()
        for name, pos in self.declared_names_of(decl):
            self.add_export(name, pos)
        return self.ts_export_named(decl, start)

    def ts_parse_export_all(self, start):
        self.next()   # '*'
        exported = None
        if self.eat_contextual('as'):
            exported = self.parse_module_export_name()
            self.add_export(exported['name'] if exported['type'] == 'Identifier'
                            else exported['value'], exported['range'][0])
        self.expect_contextual('from')
        source = self.parse_module_specifier()
        attributes = self.parse_import_attributes()
        self.semicolon()
        return self.finish({'type': 'ExportAllDeclaration', 'source': source,
                            'exported': exported, 'attributes': attributes,
                            'exportKind': 'value'}, start)

    def ts_parse_export_clause(self, start):
        specs = self.ts_parse_specifiers(False)
        specifiers = []
        for sstart, send, is_type, local, exported in specs:
            if not is_type:
                self.add_export(exported['name'] if exported['type'] == 'Identifier'
                                else exported['value'], exported['range'][0])
            specifiers.append(self.finish_at({'type': 'ExportSpecifier', 'local': local,
                                              'exported': exported,
                                              'exportKind': 'type' if is_type else 'value'},
                                             sstart, send))
        source = None
        attributes = []
        if self.eat_contextual('from'):
            source = self.parse_module_specifier()
            attributes = self.parse_import_attributes()
        else:
            top = self.scope_stack[0]
            for _, _, is_type, local, _ in specs:
                if is_type:
                    continue
                if local['type'] != 'Identifier':
                    raise self.error('A string literal cannot be used as an exported '
                                     'binding without `from`', local['range'][0])
                name = local['name']
                if name not in top.lexical and name not in top.var and \
                        name not in top.functions and name not in self.ts_top_names:
                    self.undefined_exports.setdefault(name, local['range'][0])
        self.semicolon()
        return self.finish({'type': 'ExportNamedDeclaration', 'declaration': None,
                            'specifiers': specifiers, 'source': source,
                            'exportKind': 'value', 'attributes': attributes}, start)

    def parse_export_default(self, start):
        dstart = self.start
        if self.ts_is('interface') and self.ts_next_is('name'):
            self.next()
            decl = self.ts_parse_interface(dstart)
        elif self.ts_is('abstract') and self.ts_next_is('name', 'class', same_line=True):
            self.next()
            decl = ts_put(self.parse_class(dstart, True, nullable_id=True), abstract=True)
        else:
            node = TSTypes.parse_export_default(self, start)
            return ts_put(node, exportKind='value')
        return self.finish({'type': 'ExportDefaultDeclaration', 'declaration': decl,
                            'exportKind': 'value'}, start)

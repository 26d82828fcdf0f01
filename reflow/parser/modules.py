"""16.2 Modules: import and export declarations (parser mixin)."""
import re

from .functions import FunctionMixin
from .scope import BIND_LEXICAL

_LONE_SURROGATE = re.compile('[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]')


class ModuleMixin(FunctionMixin):

    # 16.2.2 Imports
    def parse_import(self):
        start = self.start
        self.next()  # 'import'
        specifiers = []
        if self.type == 'string':
            source = self.parse_module_specifier()
        else:
            if self.type == 'name' and not (self.value == '{'):
                # ImportedDefaultBinding
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
                self.next()
                while self.type != '}':
                    sstart = self.start
                    imported = self.parse_module_export_name()
                    if self.eat_contextual('as'):
                        local = self.parse_identifier()
                    else:
                        if imported['type'] != 'Identifier':
                            raise self.unexpected()
                        self.check_unreserved(imported['name'], self.node_start(imported),
                                              self.last_escaped)
                        local = dict(imported)
                    self.check_lval_simple(local, BIND_LEXICAL)
                    specifiers.append(self.finish({'type': 'ImportSpecifier', 'local': local,
                                                   'imported': imported}, sstart))
                    if self.type != '}':
                        self.expect(',')
                self.next()
            elif not specifiers:
                raise self.unexpected()
            self.expect_contextual('from')
            source = self.parse_module_specifier()
        attributes = self.parse_import_attributes()
        self.semicolon()
        return self.finish({'type': 'ImportDeclaration', 'specifiers': specifiers,
                            'source': source, 'attributes': attributes}, start)

    def parse_module_specifier(self):
        if self.type != 'string':
            raise self.unexpected()
        start = self.start
        value = self.value
        self.next()
        return self.finish({'type': 'Literal', 'value': value,
                            'raw': self.src[start:self.last_end]}, start)

    def parse_module_export_name(self):
        """16.2.2 ModuleExportName : IdentifierName | StringLiteral."""
        self.last_escaped = self.escaped
        if self.type == 'string':
            if _LONE_SURROGATE.search(self.value):
                raise self.error('An export name cannot include a lone surrogate')
            return self.parse_module_specifier()
        return self.parse_identifier(liberal=True)

    def parse_import_attributes(self):
        """WithClause : with { AttributeKey : StringLiteral , ... } (ES2025)."""
        if not (self.type == 'name' and self.value == 'with' and not self.escaped):
            return []
        self.next()
        self.expect('{')
        attrs = []
        keys = set()
        while self.type != '}':
            astart = self.start
            if self.type == 'string':
                key = self.parse_module_specifier()
                kname = key['value']
            else:
                key = self.parse_identifier(liberal=True)
                kname = key['name']
            if kname in keys:
                raise self.error("Import attribute has duplicate key '%s'" % kname, astart)
            keys.add(kname)
            self.expect(':')
            value = self.parse_module_specifier()
            attrs.append(self.finish({'type': 'ImportAttribute', 'key': key, 'value': value},
                                     astart))
            if self.type != '}':
                self.expect(',')
        self.next()
        return attrs

    # 16.2.3 Exports
    def add_export(self, name, pos):
        if name in self.exported_names:
            raise self.error("Duplicate export of '%s'" % name, pos)
        self.exported_names.add(name)

    def parse_export(self):
        start = self.start
        self.next()  # 'export'
        if self.type == '*':
            self.next()
            exported = None
            if self.eat_contextual('as'):
                exported = self.parse_module_export_name()
                self.add_export(_export_name(exported), self.node_start(exported))
            self.expect_contextual('from')
            source = self.parse_module_specifier()
            attributes = self.parse_import_attributes()
            self.semicolon()
            return self.finish({'type': 'ExportAllDeclaration', 'source': source,
                                'exported': exported, 'attributes': attributes}, start)
        if self.is_contextual('default'):
            dpos = self.start
            self.add_export('default', dpos)
            self.next()
            return self.parse_export_default(start)
        if self.type == '{':
            self.next()
            specifiers = []
            locals_ = []
            while self.type != '}':
                sstart = self.start
                local = self.parse_module_export_name()
                local_escaped = self.last_escaped
                exported = dict(local)
                if self.eat_contextual('as'):
                    exported = self.parse_module_export_name()
                self.add_export(_export_name(exported), self.node_start(exported))
                locals_.append((local, local_escaped))
                specifiers.append(self.finish({'type': 'ExportSpecifier', 'exported': exported,
                                               'local': local}, sstart))
                if self.type != '}':
                    self.expect(',')
            self.next()
            source = None
            attributes = []
            if self.eat_contextual('from'):
                source = self.parse_module_specifier()
                attributes = self.parse_import_attributes()
            else:
                top = self.scope_stack[0]
                for local, escaped in locals_:
                    if local['type'] != 'Identifier':
                        raise self.error('A string literal cannot be used as an exported '
                                         'binding without `from`', self.node_start(local))
                    name = local['name']
                    self.check_unreserved(name, self.node_start(local), escaped)
                    if name not in top.lexical and name not in top.var and \
                            name not in top.functions:
                        self.undefined_exports.setdefault(name, self.node_start(local))
            self.semicolon()
            return self.finish({'type': 'ExportNamedDeclaration', 'declaration': None,
                                'specifiers': specifiers, 'source': source,
                                'attributes': attributes}, start)
        # export Declaration / VariableStatement
        t = self.type
        v = self.value if t == 'name' and not self.escaped else None
        dstart = self.start
        if v == 'var' or v == 'const' or (v == 'let' and self.is_let_declaration()):
            decl = self.parse_var_statement(dstart, v)
        elif v == 'function':
            decl = self.parse_function_statement(dstart, False)
        elif v == 'class':
            decl = self.parse_class(dstart, True)
        elif v == 'async' and self._async_function_follows():
            self.next()
            decl = self.parse_function_statement(dstart, True)
        else:
            raise self.unexpected()
        for name, pos in self.declared_names_of(decl):
            self.add_export(name, pos)
        return self.finish({'type': 'ExportNamedDeclaration', 'declaration': decl,
                            'specifiers': [], 'source': None, 'attributes': []}, start)

    def _async_function_follows(self):
        nt, nv, nl, esc, _ = self.peek()
        return nt == 'name' and nv == 'function' and not nl and not esc

    def parse_export_default(self, start):
        t = self.type
        dstart = self.start
        if t == 'name' and not self.escaped and self.value == 'function':
            decl = self.parse_function_statement(dstart, False, nullable_id=True)
        elif t == 'name' and not self.escaped and self.value == 'class':
            decl = self.parse_class(dstart, True, nullable_id=True)
        elif t == 'name' and not self.escaped and self.value == 'async' and \
                self._async_function_follows():
            self.next()
            decl = self.parse_function_statement(dstart, True, nullable_id=True)
        else:
            decl = self.parse_maybe_assign()
            self.semicolon()
        return self.finish({'type': 'ExportDefaultDeclaration', 'declaration': decl}, start)

    def declared_names_of(self, decl):
        if decl['type'] == 'VariableDeclaration':
            out = []
            for d in decl['declarations']:
                out.extend(self.bound_names(d['id']))
            return out
        ident = decl['id']
        return [(ident['name'], self.node_start(ident))]


def _export_name(node):
    return node['name'] if node['type'] == 'Identifier' else node['value']

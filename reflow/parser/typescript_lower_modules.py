"""The module constructs of a TypeScript file (the ModuleLowering half of
typescript_lower.Lowerer): imports and exports whose type-only parts go, `import x =
require()` / `import x = N.y`, `export =`, and at the end the elision of the imports,
aliases and exports no value uses (tsc's, without its type checker: a name is used when
an identifier in a value position, a JSX element or the classic JSX factory names it).
"""
from .typescript_nodes import TYPE_STATEMENTS, assign, call, ident, lexical_names, \
    member, qualified_to_member, statement, strip_identifier, var_declaration, var_names
from .typescript_lower_commonjs import temp_name


class ModuleLowering:
    def import_declaration(self, node):
        self.external = True
        specifiers = node['specifiers']
        if node.pop('importKind', None) == 'type':
            self.type_names.update(s['local']['name'] for s in specifiers)
            return None
        written = len(specifiers)
        kept = []
        for s in specifiers:
            if s.pop('importKind', None) == 'type':
                self.type_names.add(s['local']['name'])
            else:
                kept.append(s)
        specifiers[:] = kept
        for s in specifiers:
            for key in ('local', 'imported'):
                if s.get(key) is not None and len(s[key]) > 3:
                    strip_identifier(s[key])
        if not specifiers and not self.options.verbatim_module_syntax and (
                written or self.empty_braces(node)):
            return None   # (`import './x'` stays: it is there for its side effects)
        if specifiers and not self.options.verbatim_module_syntax:
            self.deferred.append(('import', node))
        return node

    def empty_braces(self, node):
        """Is the import `import {} from 'x'` (tsc elides it)?"""
        if self.source is None:
            return False
        return '{' in self.source[node['range'][0]:node['source']['range'][0]]

    def export_named(self, node):
        self.external = True
        if node.pop('exportKind', None) == 'type':
            return None
        declaration = node.get('declaration')
        if declaration is not None:
            t = declaration['type']
            if t in ('TSEnumDeclaration', 'TSModuleDeclaration',
                     'TSImportEqualsDeclaration'):
                return self.visit_exported(declaration, node)
            declaration = self.visit(declaration)
            if declaration is None:
                return None
            node['declaration'] = declaration
            return node
        specifiers = node['specifiers']
        written = len(specifiers)
        specifiers[:] = [s for s in specifiers if s.pop('exportKind', None) != 'type']
        if written and not specifiers:
            return None
        if node.get('source') is None:
            for s in specifiers:
                local = s['local']
                if local['type'] == 'Identifier':
                    self.used.add(local['name'])
                    if len(local) > 3:
                        strip_identifier(local)
            if not self.options.verbatim_module_syntax:
                self.deferred.append(('export', node))
        return node

    def export_default(self, node):
        self.external = True
        declaration = node['declaration']
        t = declaration['type']
        if t in TYPE_STATEMENTS:
            if t == 'TSInterfaceDeclaration':
                self.type_names.add(declaration['id']['name'])
            return None
        if t == 'FunctionDeclaration' and declaration.get('body') is None:
            return None
        node.pop('exportKind', None)
        node['declaration'] = self.visit(declaration)
        if t == 'Identifier' and not self.options.verbatim_module_syntax:
            self.deferred.append(('export', node))
        return node

    def export_all(self, node):
        self.external = True
        if node.pop('exportKind', None) == 'type':
            return None
        return node

    def visit_exported(self, declaration, export):
        """`export enum`, `export namespace`, `export import x = N.y` at the top level
        of a module."""
        from .typescript_lower_enums import lower_enum, lower_namespace
        t = declaration['type']
        if t == 'TSEnumDeclaration':
            out = lower_enum(self, declaration, exported=True)
        elif t == 'TSModuleDeclaration':
            out = lower_namespace(self, declaration, exported=True)
        else:
            out = self.import_equals(declaration, exported=True)
        if not out:
            return None
        if self.commonjs:
            rng = declaration['id']['range']
            name = declaration['id']['name']
            out.append(statement(assign(member('exports', name, rng),
                                               ident(name, rng), rng), export['range']))
            return out
        first = out[0]
        if first['type'] == 'VariableDeclaration':
            out[0] = {'type': 'ExportNamedDeclaration', 'declaration': first,
                      'specifiers': [], 'source': None, 'range': export['range']}
        return out

    def enum_declaration(self, node):
        from .typescript_lower_enums import lower_enum
        return lower_enum(self, node, exported=False) or None

    def module_declaration(self, node):
        from .typescript_lower_enums import lower_namespace
        return lower_namespace(self, node, exported=False) or None

    def import_equals(self, node, exported=False):
        """`import x = require('m')`, `import x = N.y` (tsc emits nothing for one whose
        name is used as a value nowhere)."""
        if node.get('importKind') == 'type':
            return None
        name = node['id']['name']
        rng = node['range']
        ref = node['moduleReference']
        if ref['type'] == 'TSExternalModuleReference':
            self.external = True
            init = call(self.require(node), [ref['expression']], rng)
            kind = 'const'
        else:
            used, self.used = self.used, set()   # the name is a use once the alias is kept
            init = self.visit(qualified_to_member(ref))
            self.used = used
            kind = 'var'
        out = var_declaration(kind, name, init, rng, node['id']['range'])
        if not exported and not self.options.verbatim_module_syntax:
            self.deferred.append(('alias', out))
        return [out]

    def import_equals_statement(self, node):
        return self.import_equals(node) or None

    def commonjs_temp(self, specifier):
        return temp_name(self, specifier)

    def require(self, node):
        """The function `import x = require()` calls: CommonJS's `require`; in an ES
        module, one made by `module.createRequire(import.meta.url)`."""
        rng = node['range']
        if self.commonjs or not self.module:
            return ident('require', rng)
        if self.require_name is None:
            self.require_name = '__require'
            self.require_range = rng
        return ident(self.require_name, rng)

    def export_assignment(self, node):
        if not self.commonjs:
            self.error('Export assignment cannot be used when targeting ECMAScript '
                       'modules.', node)
        rng = node['range']
        # tsc puts it at the end of the file
        self.export_assignment = statement(assign(
            member('module', 'exports', rng), self.visit(node['expression']), rng), rng)
        self.external = True
        return None

    def jsx_factory_uses(self, pragmas):
        """JSX uses the classic runtime's factories (the file's `@jsx` / `@jsxFrag` /
        `@jsxRuntime` / `@jsxImportSource` pragmas first, as tsc reads them)."""
        options = self.options
        runtime = pragmas.get('jsxRuntime')
        if runtime not in ('classic', 'automatic'):
            runtime = 'automatic' if 'jsxImportSource' in pragmas or \
                options.jsx in ('react-jsx', 'react-jsxdev') else 'classic'
        if runtime == 'classic':
            self.used.add(pragmas.get('jsx', options.jsx_factory).split('.')[0])
            if self.fragment_seen:
                self.used.add(pragmas.get('jsxFrag', options.jsx_fragment_factory).split('.')[0])

    # -- the end: elision -------------------------------------------------------------

    def finish(self, program):
        used = self.used
        if self.jsx_seen:
            self.jsx_factory_uses(program.get('jsxPragmas') or {})
        dropped = set()
        # aliases last to first: a kept alias uses the one it names
        for kind, node in reversed(self.deferred):
            if kind == 'alias':
                d = node['declarations'][0]
                if d['id']['name'] not in used:
                    dropped.add(id(node))
                else:
                    root = d['init']
                    while root['type'] == 'MemberExpression':
                        root = root['object']
                    if root['type'] == 'Identifier':
                        used.add(root['name'])
        values = set()
        lexical_names(program['body'], values)
        for s in program['body']:
            if s['type'] == 'ImportDeclaration':
                values.update(spec['local']['name'] for spec in s['specifiers'])
            else:
                var_names(s, values)
        types = self.type_names - values
        for kind, node in self.deferred:
            if kind == 'import':
                specifiers = node['specifiers']
                specifiers[:] = [s for s in specifiers if s['local']['name'] in used]
                if not specifiers:
                    dropped.add(id(node))
            elif kind == 'export':
                if node['type'] == 'ExportDefaultDeclaration':
                    if node['declaration']['name'] in types:
                        dropped.add(id(node))
                    continue
                specifiers = node['specifiers']
                specifiers[:] = [s for s in specifiers if s['local']['name'] not in types]
                if not specifiers:
                    dropped.add(id(node))
        if dropped:
            body = program['body']
            body[:] = [s for s in body if id(s) not in dropped]
            for kind, node in self.deferred:
                if id(node) in dropped:   # inside a namespace: an empty statement
                    rng = node['range']
                    node.clear()
                    node['type'] = 'EmptyStatement'
                    node['range'] = rng
        body = program['body']
        if self.require_name is not None:
            body[:0] = create_require(self.require_name, self.require_range)
        if self.export_assignment is not None:
            body.append(self.export_assignment)
        if self.commonjs and self.external and not (body and body[0].get('directive')):
            # a module run as CommonJS is strict, as tsc's "use strict" makes it
            rng = [0, 0]
            body.insert(0, statement({'type': 'Literal', 'value': 'use strict',
                                      'raw': '"use strict"', 'range': rng}, rng))
            body[0]['directive'] = 'use strict'


def create_require(name, rng):
    """`import {createRequire as __createRequire} from 'module'; const __require =
    __createRequire(import.meta.url);`"""
    factory = '__createRequire'
    source = {'type': 'Literal', 'value': 'module', 'raw': "'module'", 'range': rng}
    imported = {'type': 'ImportDeclaration', 'specifiers': [
        {'type': 'ImportSpecifier', 'imported': ident('createRequire', rng),
         'local': ident(factory, rng), 'range': rng}], 'source': source,
        'attributes': [], 'range': rng}
    meta = {'type': 'MetaProperty', 'meta': ident('import', rng),
            'property': ident('meta', rng), 'range': rng}
    init = call(ident(factory, rng), [member(meta, 'url', rng)], rng)
    return [imported, var_declaration('const', name, init, rng)]

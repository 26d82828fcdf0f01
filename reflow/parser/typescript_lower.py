"""From a typescript-estree tree to the ESTree the compiler runs, as `tsc --target
ES2022` emits: types erased (every surviving node keeps its range; a synthetic node
gets the range of the construct it comes from), and the constructs with runtime
meaning transformed (enums and namespaces in typescript_lower_enums.py, classes'
parameter properties and fields in typescript_lower_classes.py, `import x =
require()`, `export =` and the elision of unused imports in typescript_lower_modules.py,
and for a file run as CommonJS its ES module syntax in typescript_lower_commonjs.py).
Decorators are left on the tree (their types erased) for
``typescript_decorators.lower_decorators``.

One walk over the tree: ``Lowerer.visit`` dispatches on the node's type, rewrites the
node in place and returns what replaces it. While it walks, it records every name used
as a value (identifiers in value positions; JSX element names; the JSX factory of the
classic runtime): at the end, imports and exports of names used only as types are
elided as tsc elides them.

Choices where tsc has none that runs:
- a `const enum` is inlined at its uses in the file (`E.A` -> its value); its
  declaration is dropped, as tsc drops it, unless it is exported (from the module or a
  namespace): then it is also emitted as a regular enum, so that other files (which
  reflow runs without seeing this one's types) can still read it.
- `import x = require('m')` in a file run as an ES module becomes, as tsc emits for
  module nodenext, `import {createRequire} from 'module'` + `const x =
  createRequire(import.meta.url)('m')`; in CommonJS it is `const x = require('m')`.
- `export = e` is `module.exports = e` (at the end of the file, as tsc puts it) in
  CommonJS; in an ES module it is tsc's error TS1203, a SyntaxError.
- a CommonJS file's imports get esModuleInterop's helpers (Node's own interop between
  CommonJS and ES modules is that one).
Without ``source`` (lower_typescript's argument), a SyntaxError has no line:column,
`import {} from 'x'` is kept like `import 'x'`, and a typed pattern's range keeps the
blanks before its annotation.
"""
from .errors import JSSyntaxError
from .typescript_lower_commonjs import (has_module_syntax, prepare, refuse_module_only_syntax,
                                        transform)
from .typescript_lower_enums import const_enum_values, lower_enum, lower_namespace
from .typescript_lower_modules import ModuleLowering
from .typescript_nodes import TYPE_STATEMENTS, binding_names, lexical_names, member, \
    scope_names, strip_identifier

# fields of JS nodes that only TypeScript has (`optional` only where it is not
# optional chaining's)
TS_FIELDS = frozenset((
    'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments',
    'superTypeArguments', 'implements', 'accessibility', 'readonly', 'override',
    'declare', 'definite', 'abstract', 'optional', 'importKind', 'exportKind'))

# the expressions that are their operand once the type is gone
TYPE_WRAPPERS = frozenset(('TSAsExpression', 'TSSatisfiesExpression',
                           'TSNonNullExpression', 'TSTypeAssertion',
                           'TSInstantiationExpression'))


class Lowerer(ModuleLowering):
    def __init__(self, program, options):
        self.options = options
        self.filename = program.get('filename', '<input>')
        self.module = program.get('sourceType') == 'module'
        self.commonjs = getattr(options, 'module_kind', 'module') == 'commonjs'
        self.used = set()          # names used as values
        self.ns = {}               # name -> the namespace object its references go through
        self.ns_path = []          # the namespaces being lowered, outermost first
        self.ns_exports = {}       # namespace path -> its exported variables (merged blocks)
        self.scope_decls = [set()]  # per statement list: names an enum/namespace merges into
        self.enum_values = {}      # enum name -> {member: constant value}
        self.const_enums = {}      # const enum name -> {member: value}
        self.type_names = set()    # top-level names declared only as types
        self.deferred = []         # (statement list, node, kind) decided at the end
        self.jsx_seen = False
        self.fragment_seen = False
        self.require_name = None   # the createRequire() result of an ES module
        self.in_class_ctor = None
        self.export_assignment = None
        self.external = False      # has imports or exports (a module to tsc)

    def prescan(self, statements):
        """Before the walk: the const enums declared at the top level (their uses may come
        first) and the names declared only as types."""
        for s in statements:
            if s['type'] == 'ExportNamedDeclaration' and s.get('declaration'):
                s = s['declaration']
            t = s['type']
            if t == 'TSEnumDeclaration' and s.get('const'):
                const_enum_values(self, s)
            elif t in ('TSInterfaceDeclaration', 'TSTypeAliasDeclaration'):
                self.type_names.add(s['id']['name'])

    # -- the walk ---------------------------------------------------------------------

    def visit(self, node):
        t = node['type']
        if t == 'Identifier':   # the commonest node, without a dispatch
            if len(node) == 3 and not self.ns:
                self.used.add(node['name'])
                return node
            return self.identifier(node)
        if t in LEAVES:
            return node
        handler = HANDLERS_GET(t)
        if handler is not None:
            return handler(self, node)
        return self.generic(node)

    def generic(self, node):
        """Visit every child; drop the TypeScript fields."""
        drop = None
        for key, value in node.items():
            if key in TS_FIELDS:
                if drop is None:
                    drop = [key]
                else:
                    drop.append(key)
            elif type(value) is dict:
                if 'type' in value:
                    node[key] = self.visit(value)
            elif type(value) is list and key != 'range':
                if key == 'decorators' and not value:
                    if drop is None:
                        drop = [key]
                    else:
                        drop.append(key)
                else:
                    self.visit_list(value)
        if drop is not None:
            for key in drop:
                del node[key]
        return node

    def visit_list(self, items):
        visit = self.visit
        for i, item in enumerate(items):
            if item is not None:
                items[i] = visit(item)

    def statements(self, items, prescan=True):
        """Lower a statement list: a statement may become none or several."""
        self.scope_decls.append(set())
        out = []
        visit = self.visit
        for s in items:
            r = visit(s)
            if r is None:
                continue
            if type(r) is list:
                out.extend(r)
            else:
                out.append(r)
        self.scope_decls.pop()
        items[:] = out
        return items

    def single_statement(self, node):
        """A statement in a position that takes one (a loop's body, an if's branch)."""
        r = self.visit(node)
        if r is None:
            return {'type': 'EmptyStatement', 'range': node['range']}
        if type(r) is list:
            return {'type': 'BlockStatement', 'body': r, 'range': node['range']}
        return r

    def error(self, message, node):
        raise syntax_error(self.source, self.filename, message, node['range'][0])

    # -- expressions ------------------------------------------------------------------

    def identifier(self, node):
        name = node['name']
        self.used.add(name)
        if len(node) > 3:
            strip_identifier(node)
        ns = self.ns
        if ns and name in ns:
            target = ns[name]
            if type(target) is tuple:   # an import of a CommonJS file: `m_1.a`
                return member(target[0], target[1], node['range'])
            return member(target, node, node['range'])
        return node

    def type_wrapper(self, node):
        return self.visit(node['expression'])

    def member_expression(self, node):
        obj = node['object']
        if self.const_enums and obj['type'] == 'Identifier' and \
                obj['name'] in self.const_enums:
            value = self.const_member(obj['name'], node)
            if value is not None:
                return value
        if obj['type'] == 'Identifier' and len(obj) == 3 and not self.ns:
            self.used.add(obj['name'])
        else:
            node['object'] = self.visit(obj)
        if node['computed']:
            node['property'] = self.visit(node['property'])
        return node

    def const_member(self, name, node):
        """The value of a const enum's member for ``E.A`` / ``E["A"]`` (None if not)."""
        from .typescript_nodes import literal
        prop = node['property']
        if node['computed']:
            if prop['type'] != 'Literal' or not isinstance(prop['value'], str):
                return None
            key = prop['value']
        else:
            key = prop['name']
        values = self.const_enums[name]
        if key not in values or name in self.ns:
            return None
        return literal(values[key], node['range'])

    def call_expression(self, node):
        node.pop('typeArguments', None)
        callee = node['callee']
        node['callee'] = self.visit(callee)
        if callee['type'] == 'Identifier' and type(self.ns.get(callee['name'])) is tuple:
            # an imported function is called with no `this`: `(0, m_1.f)()`, as tsc
            rng = callee['range']
            node['callee'] = {'type': 'SequenceExpression', 'expressions': [
                {'type': 'Literal', 'value': 0.0, 'raw': '0', 'range': rng},
                node['callee']], 'range': rng}
        self.visit_list(node['arguments'])
        return node

    def property(self, node):
        if node['computed']:
            node['key'] = self.visit(node['key'])
        value = node['value']
        if value is not None:
            left = value['left'] if value['type'] == 'AssignmentPattern' else value
            new = node['value'] = self.visit(value)
            if node.get('shorthand') and (new is not value or
                                          value['type'] == 'AssignmentPattern' and
                                          value['left'] is not left):
                node['shorthand'] = False   # `{ x }` of a namespace's x: `{ x: N.x }`
        return node

    def meta_property(self, node):
        return node

    def labeled(self, node):
        node['body'] = self.single_statement(node['body'])
        return node

    def jump(self, node):
        return node

    def jsx_element(self, node):
        self.jsx_seen = True
        return self.generic(node)

    def jsx_fragment(self, node):
        self.jsx_seen = self.fragment_seen = True
        return self.generic(node)

    def jsx_attribute(self, node):
        if node.get('value') is not None:
            node['value'] = self.visit(node['value'])
        return node

    def jsx_opening(self, node):
        node.pop('typeArguments', None)
        name = node['name']
        root = name
        while root['type'] == 'JSXMemberExpression':
            root = root['object']
        if root['type'] == 'JSXIdentifier' and (root is not name or
                                                not root['name'][:1].islower()):
            self.used.add(root['name'])   # a component: a value use of its name
        self.visit_list(node['attributes'])
        return node

    # -- patterns (binding positions: their names are no uses) ------------------------

    def pattern(self, node):
        t = node['type']
        if t == 'Identifier':
            if len(node) > 3:
                strip_identifier(node)
                if node.get('decorators'):
                    self.visit_list(node['decorators'])
            return node
        if t == 'ObjectPattern':
            for prop in node['properties']:
                if prop['type'] == 'RestElement':
                    prop['argument'] = self.pattern(prop['argument'])
                else:
                    if prop['computed']:
                        prop['key'] = self.visit(prop['key'])
                    prop['value'] = self.pattern(prop['value'])
        elif t == 'ArrayPattern':
            elements = node['elements']
            for i, element in enumerate(elements):
                if element is not None:
                    elements[i] = self.pattern(element)
        elif t == 'AssignmentPattern':
            node['left'] = self.pattern(node['left'])
            node['right'] = self.visit(node['right'])
        elif t == 'RestElement':
            node['argument'] = self.pattern(node['argument'])
        else:
            return self.visit(node)   # a member expression (an assignment target)
        annotation = node.pop('typeAnnotation', None)
        if annotation is not None:
            trim_to(node, annotation['range'][0], self.source)
        for key in TS_FIELDS.intersection(node):
            del node[key]
        decorators = node.get('decorators')
        if decorators is not None:
            if decorators:
                self.visit_list(decorators)
            else:
                del node['decorators']
        return node

    def variable_declaration(self, node):
        if node.get('declare'):
            return None
        node.pop('declare', None)
        for d in node['declarations']:
            d.pop('definite', None)
            d['id'] = self.pattern(d['id'])
            if d['init'] is not None:
                d['init'] = self.visit(d['init'])
        return node

    # -- functions --------------------------------------------------------------------

    def function(self, node):
        for key in ('typeParameters', 'returnType', 'declare'):
            node.pop(key, None)
        params = node['params']
        if params and params[0]['type'] == 'Identifier' and params[0]['name'] == 'this':
            del params[0]
        if node.get('id') is not None:
            node['id'] = self.pattern(node['id'])
        saved = self.ns
        if saved:
            self.ns = shadowed(saved, scope_names(params, node['body']))
        for i, p in enumerate(params):
            if p['type'] == 'TSParameterProperty':
                params[i] = self.parameter_property(p)
            else:
                params[i] = self.pattern(p)
        body = node['body']
        if body is not None:
            if body['type'] == 'BlockStatement':
                self.statements(body['body'])
            else:
                node['body'] = self.visit(body)
        self.ns = saved
        for key in TS_FIELDS.intersection(node):
            del node[key]
        return node

    def parameter_property(self, node):
        """`constructor(public x)`: the parameter (its decorators kept on it); the class
        lowering adds `this.x = x` (see typescript_lower_classes)."""
        param = self.pattern(node['parameter'])
        if node.get('decorators'):
            self.visit_list(node['decorators'])
            param['decorators'] = node['decorators']
        target = param['left'] if param['type'] == 'AssignmentPattern' else param
        if target['type'] != 'Identifier':   # tsc's TS1187
            self.error('A parameter property may not be declared using a binding pattern.',
                       node)
        if self.in_class_ctor is not None:
            self.in_class_ctor.append((target['name'], node['range']))
        return param

    def function_declaration(self, node):
        if node.get('body') is None:
            return None   # an overload
        if node.get('id') is not None:   # (not `export default function () {}`)
            self.scope_decls[-1].add(node['id']['name'])
        return self.function(node)

    # -- statements and scopes --------------------------------------------------------

    def block(self, node):
        saved = self.ns
        if saved:
            names = set()
            lexical_names(node['body'], names)
            self.ns = shadowed(saved, names)
        self.statements(node['body'])
        self.ns = saved
        return node

    def switch_statement(self, node):
        node['discriminant'] = self.visit(node['discriminant'])
        saved = self.ns
        if saved:
            names = set()
            for case in node['cases']:
                lexical_names(case['consequent'], names)
            self.ns = shadowed(saved, names)
        for case in node['cases']:
            if case['test'] is not None:
                case['test'] = self.visit(case['test'])
            self.statements(case['consequent'])
        self.ns = saved
        return node

    def for_statement(self, node):
        saved = self.ns
        head = node.get('init') if node['type'] == 'ForStatement' else node['left']
        if saved and head is not None and head['type'] == 'VariableDeclaration' and \
                head['kind'] != 'var':
            names = set()
            for d in head['declarations']:
                binding_names(d['id'], names)
            self.ns = shadowed(saved, names)
        for key in ('init', 'test', 'update', 'left', 'right'):
            value = node.get(key)
            if value is not None:
                node[key] = self.visit(value)
        node['body'] = self.single_statement(node['body'])
        self.ns = saved
        return node

    def if_statement(self, node):
        node['test'] = self.visit(node['test'])
        node['consequent'] = self.single_statement(node['consequent'])
        if node.get('alternate') is not None:
            node['alternate'] = self.single_statement(node['alternate'])
        return node

    def loop(self, node):
        node['test'] = self.visit(node['test'])
        node['body'] = self.single_statement(node['body'])
        return node

    def catch_clause(self, node):
        saved = self.ns
        param = node.get('param')
        if param is not None:
            if saved:
                names = set()
                binding_names(param, names)
                self.ns = shadowed(saved, names)
            node['param'] = self.pattern(param)
        self.block(node['body'])
        self.ns = saved
        return node

    def type_statement(self, node):
        if node['type'] != 'TSDeclareFunction' and len(self.scope_decls) == 2:
            self.type_names.add(node['id']['name'])
        return None

    def class_declaration(self, node):
        if node.get('declare'):
            return None
        if node.get('id') is not None:
            self.scope_decls[-1].add(node['id']['name'])
        return lower_class(self, node)

    def class_expression(self, node):
        return lower_class(self, node)

def lower_typescript(program, options, source=None, filename='<input>'):
    """Return ``program`` (a TypeScriptParser tree) as plain ESTree (+ JSX nodes and
    `decorators` fields). ``options`` is a TSOptions; ``source`` and ``filename`` are
    what a SyntaxError (`export =` in an ES module) points into."""
    lowerer = Lowerer(program, options)
    lowerer.source = source
    lowerer.filename = filename
    body = program['body']
    lowerer.prescan(body)
    cjs = lowerer.commonjs and has_module_syntax(body)
    if cjs:
        refuse_module_only_syntax(lowerer, body)
        prepare(lowerer, body)
    lowerer.statements(body)
    lowerer.finish(program)
    if cjs:
        transform(lowerer, program)
    return program



def trim_to(node, end, source):
    """End ``node``'s range before its type annotation (at ``end``) and the `?` and
    blanks in front of it."""
    if source is not None:
        start = node['range'][0]
        while end > start and source[end - 1] in ' \t\r\n?':
            end -= 1
    node['range'] = [node['range'][0], end]


def shadowed(ns, names):
    """The namespace rewrites left where ``names`` are declared."""
    if not names.intersection(ns):
        return ns
    return {k: v for k, v in ns.items() if k not in names}


def syntax_error(source, filename, message, index):
    line, column = 1, index + 1
    if source is not None:
        line = source.count('\n', 0, index) + 1
        column = index - (source.rfind('\n', 0, index) + 1) + 1
    return JSSyntaxError(message, filename, line, column, index)


def lower_class(lowerer, node):
    from .typescript_lower_classes import lower_class as lower
    return lower(lowerer, node)


L = Lowerer
HANDLERS = {
    'Identifier': L.identifier,
    'MemberExpression': L.member_expression,
    'CallExpression': L.call_expression,
    'NewExpression': L.call_expression,
    'Property': L.property,
    'MetaProperty': L.meta_property,
    'LabeledStatement': L.labeled,
    'BreakStatement': L.jump,
    'ContinueStatement': L.jump,
    'JSXElement': L.jsx_element,
    'JSXFragment': L.jsx_fragment,
    'JSXOpeningElement': L.jsx_opening,
    'JSXClosingElement': L.jump,
    'JSXAttribute': L.jsx_attribute,
    'JSXIdentifier': L.jump,
    'JSXText': L.jump,
    'Literal': L.jump,
    'ThisExpression': L.jump,
    'Super': L.jump,
    'PrivateIdentifier': L.jump,
    'TemplateElement': L.jump,
    'EmptyStatement': L.jump,
    'VariableDeclaration': L.variable_declaration,
    'FunctionDeclaration': L.function_declaration,
    'FunctionExpression': L.function,
    'ArrowFunctionExpression': L.function,
    'BlockStatement': L.block,
    'StaticBlock': L.block,
    'SwitchStatement': L.switch_statement,
    'ForStatement': L.for_statement,
    'ForInStatement': L.for_statement,
    'ForOfStatement': L.for_statement,
    'IfStatement': L.if_statement,
    'WhileStatement': L.loop,
    'DoWhileStatement': L.loop,
    'CatchClause': L.catch_clause,
    'ClassDeclaration': L.class_declaration,
    'ClassExpression': L.class_expression,
    'ImportDeclaration': L.import_declaration,
    'ExportNamedDeclaration': L.export_named,
    'ExportDefaultDeclaration': L.export_default,
    'ExportAllDeclaration': L.export_all,
    'TSEnumDeclaration': L.enum_declaration,
    'TSModuleDeclaration': L.module_declaration,
    'TSImportEqualsDeclaration': L.import_equals_statement,
    'TSExportAssignment': L.export_assignment,
    'TaggedTemplateExpression': L.generic,
}
HANDLERS_GET = HANDLERS.get
# nodes with nothing to lower inside
LEAVES = frozenset(('Literal', 'ThisExpression', 'Super', 'PrivateIdentifier',
                    'TemplateElement', 'EmptyStatement', 'JSXIdentifier', 'JSXText',
                    'BreakStatement', 'ContinueStatement', 'MetaProperty',
                    'DebuggerStatement'))


def children_visitor(keys):
    """The handler of a JS node type that has no TypeScript field: visit ``keys``."""
    def visit_children(self, node):
        visit = self.visit
        for key in keys:
            value = node.get(key)
            if value is not None:
                if type(value) is list:
                    self.visit_list(value)
                else:
                    node[key] = visit(value)
        return node
    return visit_children


# the common nodes without TypeScript fields: their children only (the generic walk
# looks at every field)
for _t, _keys in (
        ('ExpressionStatement', ('expression',)), ('ReturnStatement', ('argument',)),
        ('ThrowStatement', ('argument',)), ('BinaryExpression', ('left', 'right')),
        ('LogicalExpression', ('left', 'right')), ('AssignmentExpression', ('left', 'right')),
        ('UnaryExpression', ('argument',)), ('UpdateExpression', ('argument',)),
        ('AwaitExpression', ('argument',)), ('YieldExpression', ('argument',)),
        ('SpreadElement', ('argument',)), ('ChainExpression', ('expression',)),
        ('ConditionalExpression', ('test', 'consequent', 'alternate')),
        ('ObjectExpression', ('properties',)), ('ArrayExpression', ('elements',)),
        ('SequenceExpression', ('expressions',)), ('TemplateLiteral', ('expressions',)),
        ('ImportExpression', ('source', 'options')),
        ('TryStatement', ('block', 'handler', 'finalizer')),
        ('JSXExpressionContainer', ('expression',)), ('JSXSpreadAttribute', ('argument',)),
        ('JSXSpreadChild', ('expression',))):
    HANDLERS[_t] = children_visitor(_keys)
for _t in TYPE_WRAPPERS:
    HANDLERS[_t] = L.type_wrapper
for _t in TYPE_STATEMENTS:
    HANDLERS[_t] = L.type_statement

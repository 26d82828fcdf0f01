"""A TypeScript file with ES module syntax run as CommonJS (module_kind 'commonjs'), as
tsc emits it for `--module commonjs` (with esModuleInterop, which Node's own interop
matches):

    import d, {a} from 'm'      const m_1 = __importStar(require('m'))   (uses: m_1.a,
                                                                           m_1.default)
    import * as ns from 'm'     const ns = __importStar(require('m'))
    export const x = 1          exports.x = 1                          (uses: exports.x)
    export function f() {}      exports.f = f (first: a function is hoisted)
    export class C {}           class C {} exports.C = C
    export default e            exports.default = e
    export {a as b}             exports.b = a (after a's declaration)
    export {a} from 'm'         a getter on exports reading require('m').a
    export * from 'm'           __exportStar(require('m'), exports)

with `Object.defineProperty(exports, "__esModule", {value: true})` first. The
references to imported names and exported variables are rewritten during the walk
(``prepare`` fills Lowerer.ns before it); ``transform`` rewrites the statements at the
end, after the elision. The helpers are parsed from their JS text, their ranges set to
the statement that needs them.
"""
import re

from .errors import JSSyntaxError

from .typescript_nodes import assign, binding_names, call, ident, literal, member, \
    statement, var_declaration

HELPERS = {
    '__importDefault': 'function __importDefault(mod) { return mod && mod.__esModule ? '
                       'mod : { default: mod }; }',
    '__importStar': 'function __importStar(mod) { if (mod && mod.__esModule) return mod; '
                    'var result = {}; if (mod != null) for (let k in mod) if (k !== '
                    '"default" && Object.prototype.hasOwnProperty.call(mod, k)) '
                    'result[k] = mod[k]; result.default = mod; return result; }',
    '__exportStar': 'function __exportStar(mod, to) { for (let k in mod) if (k !== '
                    '"default" && !Object.prototype.hasOwnProperty.call(to, k)) '
                    'Object.defineProperty(to, k, { enumerable: true, get: '
                    'function () { return mod[k]; } }); }',
}


def has_module_syntax(statements):
    return any(s['type'] in ('ImportDeclaration', 'ExportNamedDeclaration',
                             'ExportDefaultDeclaration', 'ExportAllDeclaration')
               for s in statements)


_FUNCTIONS = frozenset(('FunctionDeclaration', 'FunctionExpression',
                        'ArrowFunctionExpression'))


class CommonJSSyntaxError(JSSyntaxError):
    """Module syntax a CommonJS module cannot have: the file's own error, although
    the file, having ES module syntax, does not parse as a script either."""


def refuse_module_only_syntax(lowerer, statements):
    """A CommonJS module has no top-level await and no import.meta (their
    SyntaxErrors, at the .ts line:col)."""
    stack = [(s, False) for s in statements]
    while stack:
        node, in_function = stack.pop()
        t = node.get('type')
        message = None
        if t == 'MetaProperty' and node['meta']['name'] == 'import':
            message = "Cannot use 'import.meta' outside a module"
        elif not in_function and (t == 'AwaitExpression' or
                                  t == 'ForOfStatement' and node.get('await')):
            message = ('await is only valid in async functions and the top level bodies '
                       'of modules')
        if message is not None:
            from .typescript_lower import syntax_error
            error = syntax_error(lowerer.source, lowerer.filename, message,
                                 node['range'][0])
            raise CommonJSSyntaxError(error.message, error.filename, error.line,
                                      error.column, error.index)
        inner = in_function or t in _FUNCTIONS
        for key, value in node.items():
            if isinstance(value, dict):
                stack.append((value, inner))
            elif isinstance(value, list):
                stack.extend((v, inner) for v in value if isinstance(v, dict))


def prepare(lowerer, statements):
    """Before the walk: the imported names (-> `m_1.a`) and the exported variables
    (-> `exports.x`) that references are rewritten to."""
    ns = lowerer.ns
    for s in statements:
        t = s['type']
        if t == 'ImportDeclaration' and s.get('importKind') != 'type' and s['specifiers']:
            temp = lowerer.commonjs_temp(s['source']['value'])
            s['commonjs_temp'] = temp
            for spec in s['specifiers']:
                if spec.get('importKind') == 'type':
                    continue
                local = spec['local']['name']
                if spec['type'] == 'ImportDefaultSpecifier':
                    ns[local] = (temp, 'default')
                elif spec['type'] == 'ImportSpecifier':
                    imported = spec['imported']
                    ns[local] = (temp, imported['name'] if imported['type'] == 'Identifier'
                                 else imported['value'])
        elif t == 'ExportNamedDeclaration' and s.get('declaration') is not None:
            d = s['declaration']
            if d['type'] == 'VariableDeclaration' and not d.get('declare') and \
                    s.get('exportKind') != 'type':
                names = set()
                for declarator in d['declarations']:
                    binding_names(declarator['id'], names)
                for name in names:
                    ns[name] = 'exports'


def temp_name(lowerer, specifier):
    """tsc's name for a module's object: `./_lib.js` -> `_lib_js_1`."""
    base = re.sub(r'[^A-Za-z0-9_$]', '_', specifier.rsplit('/', 1)[-1]) or 'module'
    if base[0].isdigit():
        base = '_' + base
    lowerer.temp_count = getattr(lowerer, 'temp_count', 0) + 1
    return '%s_%d' % (base, lowerer.temp_count)


def transform(lowerer, program):
    body = program['body']
    helpers = []
    hoisted = []      # exports.f = f of function declarations
    out = []
    # export {a as b}: b is assigned after a's declaration (a name declared nowhere in the
    # file is an import's, exported where the export statement is)
    locals_exported = {}
    for s in body:
        if s['type'] == 'ExportNamedDeclaration' and s.get('source') is None and \
                s.get('declaration') is None:
            for spec in s['specifiers']:
                locals_exported.setdefault(spec['local']['name'], []).append(
                    spec_name(spec['exported']))
    declared = set()
    for s in body:
        if s['type'] != 'ExportNamedDeclaration':
            if s['type'] == 'VariableDeclaration':
                for d in s['declarations']:
                    binding_names(d['id'], declared)
            elif s['type'] in ('FunctionDeclaration', 'ClassDeclaration') and s.get('id'):
                declared.add(s['id']['name'])
    pending = []
    for s in body:
        t = s['type']
        rng = s['range']
        if t == 'ImportDeclaration':
            required = call(ident('require', rng), [s['source']], rng)
            specifiers = s['specifiers']
            if not specifiers:
                out.append(statement(required, rng))
                continue
            star = [p for p in specifiers if p['type'] == 'ImportNamespaceSpecifier']
            if star:
                use(helpers, '__importStar')
                out.append(var_declaration('const', star[0]['local']['name'], call(
                    ident('__importStar', rng), [required], rng), rng))
                if len(specifiers) == 1:
                    continue
                required = ident(star[0]['local']['name'], rng)
            elif any(p['type'] == 'ImportDefaultSpecifier' for p in specifiers):
                name = '__importDefault' if len(specifiers) == 1 else '__importStar'
                use(helpers, name)
                required = call(ident(name, rng), [required], rng)
            out.append(var_declaration('const', s['commonjs_temp'], required, rng))
        elif t == 'ExportNamedDeclaration':
            d = s.get('declaration')
            if d is not None:
                export_declaration(d, rng, out, hoisted)
            elif s.get('source') is not None:
                temp = lowerer.commonjs_temp(s['source']['value'])
                out.append(var_declaration('const', temp, call(
                    ident('require', rng), [s['source']], rng), rng))
                for spec in s['specifiers']:
                    out.append(getter_export(spec_name(spec['exported']), member(
                        temp, spec_name(spec['local']), rng), rng))
            else:
                for spec in s['specifiers']:
                    local = spec['local']
                    if local['name'] in declared:
                        continue   # assigned after its declaration
                    mapped = lowerer.ns.get(local['name'])
                    if type(mapped) is tuple:   # an import: a live getter
                        out.append(getter_export(spec_name(spec['exported']), member(
                            mapped[0], mapped[1], rng), rng))
                    else:
                        out.append(statement(assign(member('exports', spec_name(
                            spec['exported']), rng), local, rng), rng))
        elif t == 'ExportDefaultDeclaration':
            d = s['declaration']
            if d['type'] in ('FunctionDeclaration', 'ClassDeclaration'):
                if d.get('id') is None:
                    d['id'] = ident('default_1', rng)
                out.append(d)
                export = statement(assign(member('exports', 'default', rng),
                                          ident(d['id']['name'], rng), rng), rng)
                (hoisted if d['type'] == 'FunctionDeclaration' else out).append(export)
            else:
                out.append(statement(assign(member('exports', 'default', rng), d, rng), rng))
        elif t == 'ExportAllDeclaration':
            required = call(ident('require', rng), [s['source']], rng)
            if s.get('exported') is not None:
                use(helpers, '__importStar')
                out.append(statement(assign(member('exports', spec_name(s['exported']), rng),
                                            call(ident('__importStar', rng), [required],
                                                 rng), rng), rng))
            else:
                use(helpers, '__exportStar')
                out.append(statement(call(ident('__exportStar', rng),
                                          [required, ident('exports', rng)], rng), rng))
        else:
            out.append(s)
            if pending:   # `var E;` then its (function (E) {...})(): exported after both
                out.extend(pending)
                pending = []
            names = set()
            if t == 'VariableDeclaration':
                for d in s['declarations']:
                    binding_names(d['id'], names)
            elif t in ('FunctionDeclaration', 'ClassDeclaration') and s.get('id'):
                names.add(s['id']['name'])
            after = [statement(assign(member('exports', exported, rng), ident(name, rng),
                                      rng), rng)
                     for name in sorted(names.intersection(locals_exported))
                     for exported in locals_exported[name]]
            if t == 'FunctionDeclaration':
                hoisted.extend(after)
            elif t == 'VariableDeclaration' and all(d['init'] is None
                                                    for d in s['declarations']):
                pending = after
            else:
                out.extend(after)
    out.extend(pending)
    # tsc marks every file it converts (any import or export makes one a module)
    rng = program['range']
    head = [statement(call(member('Object', 'defineProperty', rng), [
        ident('exports', rng), literal('__esModule', rng),
        {'type': 'ObjectExpression', 'properties': [property_of('value', {
            'type': 'Literal', 'value': True, 'raw': 'true', 'range': rng}, rng)],
         'range': rng}], rng), rng)]
    directives = []
    while out and out[0].get('directive'):
        directives.append(out.pop(0))
    body[:] = directives + head + [helper(name, program['range']) for name in helpers] + \
        hoisted + out


def export_declaration(d, rng, out, hoisted):
    t = d['type']
    if t == 'VariableDeclaration':
        assignments = [assign(target(decl['id']), decl['init'], decl['range'])
                       for decl in d['declarations'] if decl['init'] is not None]
        if assignments:
            from .typescript_nodes import sequence
            out.append(statement(sequence(assignments, rng), rng))
        return
    out.append(d)
    name = d['id']['name']
    export = statement(assign(member('exports', name, d['id']['range']),
                              ident(name, d['id']['range']), rng), rng)
    (hoisted if t == 'FunctionDeclaration' else out).append(export)


def target(pattern):
    """A declarator's pattern with its names as properties of exports."""
    t = pattern['type']
    if t == 'Identifier':
        return member('exports', pattern, pattern['range'])
    if t == 'ObjectPattern':
        for prop in pattern['properties']:
            if prop['type'] == 'RestElement':
                prop['argument'] = target(prop['argument'])
            else:
                prop['value'] = target(prop['value'])
                prop['shorthand'] = False
    elif t == 'ArrayPattern':
        pattern['elements'] = [e if e is None else target(e) for e in pattern['elements']]
    elif t == 'AssignmentPattern':
        pattern['left'] = target(pattern['left'])
    elif t == 'RestElement':
        pattern['argument'] = target(pattern['argument'])
    return pattern


def local_value(lowerer, local):
    """What `export {a}` exports: a's binding (an import's is `m_1.a`)."""
    mapped = lowerer.ns.get(local['name'])
    if type(mapped) is tuple:
        return member(mapped[0], mapped[1], local['range'])
    if mapped is not None:
        return member(mapped, local['name'], local['range'])
    return local


def spec_name(node):
    return node['name'] if node['type'] == 'Identifier' else node['value']


def getter_export(name, value, rng):
    """`Object.defineProperty(exports, name, {enumerable: true, get: function () {
    return value; }})`: a re-export stays live."""
    from .typescript_nodes import function_expression
    getter = function_expression([], [{'type': 'ReturnStatement', 'argument': value,
                                       'range': rng}], rng)
    descriptor = {'type': 'ObjectExpression', 'properties': [
        property_of('enumerable', {'type': 'Literal', 'value': True, 'raw': 'true',
                                   'range': rng}, rng),
        property_of('get', getter, rng)], 'range': rng}
    return statement(call(member('Object', 'defineProperty', rng),
                          [ident('exports', rng), literal(name, rng), descriptor], rng), rng)


def property_of(key, value, rng):
    return {'type': 'Property', 'key': ident(key, rng), 'value': value, 'kind': 'init',
            'computed': False, 'method': False, 'shorthand': False, 'range': rng}


def use(helpers, name):
    if name not in helpers:
        helpers.append(name)


def helper(name, rng):
    """A helper's declaration, parsed from its text, every range set to ``rng``."""
    from .parser import Parser
    tree = Parser(HELPERS[name], 'script', '<helper>').parse_program()
    stack = [tree['body'][0]]
    while stack:
        n = stack.pop()
        if type(n) is dict:
            if 'range' in n:
                n['range'] = rng
            stack.extend(v for k, v in n.items() if k != 'range')
        elif type(n) is list:
            stack.extend(n)
    return tree['body'][0]

"""Enums and namespaces, as tsc emits them for ES2022:

    var E;
    (function (E) { E[E["A"] = 0] = "A"; E["S"] = "s"; })(E || (E = {}));
    var N;
    (function (N) { N.x = 1; function f() {} N.f = f; })(N || (N = {}));

`var` at the top level of the file, `let` elsewhere; no declaration when the name
merges into a class, function, enum or namespace declared before it in the same
scope; inside a namespace an exported one is `(E = N.E || (N.E = {}))`. An enum's
constant initializers are folded (numbers, strings, earlier members, other enums'
members), a non-constant one is emitted with its references to members as `E.A`. Inside
a namespace, the references to its exported variables become `N.x` (its exported
functions, classes, enums and namespaces keep their local binding, as in tsc's output).
"""
import math

from .typescript_nodes import assign, binding_names, call, function_expression, ident, \
    lexical_names, literal, logical_or, member, sequence, statement, var_declaration, \
    strip_identifier, var_names

NOT_CONSTANT = object()


# -- enums ------------------------------------------------------------------------------

def lower_enum(lowerer, node, exported):
    """The statements of an enum declaration ([] when it has none at runtime)."""
    if node.get('declare'):
        return []
    name = node['id']['name']
    if node.get('const'):
        const_enum_values(lowerer, node)
        if not exported:
            return []
    rng = node['range']
    values = lowerer.enum_values.setdefault(name, {})
    member_names = {member_name(m) for m in node['members']} | set(values)
    saved = lowerer.ns
    inner = {k: v for k, v in saved.items() if k != name}
    for m in member_names:
        inner[m] = name
    body = []
    auto = 0.0
    for m in node['members']:
        key = member_name(m)
        m_rng = m['range']
        init = m.get('initializer')
        if init is None:
            value = auto if auto is not None else NOT_CONSTANT
        else:
            value = evaluate(lowerer, init, values)
        if value is NOT_CONSTANT:
            if init is None:
                expr = {'type': 'UnaryExpression', 'operator': 'void', 'prefix': True,
                        'argument': literal(0.0, m_rng), 'range': m_rng}
            else:
                lowerer.ns = inner
                expr = lowerer.visit(init)
                lowerer.ns = saved
            auto = None
        else:
            values[key] = value
            expr = literal(value, init['range'] if init is not None else m_rng)
            auto = value + 1 if isinstance(value, float) else None
        target = member(name, literal(key, m_rng), m_rng, computed=True)
        if isinstance(value, str):
            body.append(statement(assign(target, expr, m_rng), m_rng))
        else:
            # E[E["A"] = 0] = "A": the reverse mapping
            reverse = member(name, assign(target, expr, m_rng), m_rng, computed=True)
            body.append(statement(assign(reverse, literal(key, m_rng), m_rng), m_rng))
    return declare_and_call(lowerer, name, node['id']['range'], rng, body, exported)


def member_name(m):
    key = m['id']
    if key['type'] == 'Identifier':
        return key['name']
    if key['type'] == 'Literal':
        return str(key['value'])
    return key['quasis'][0]['value']['cooked']   # a template without substitutions


def const_enum_values(lowerer, node):
    """Fold a const enum's members into lowerer.const_enums (its uses are inlined)."""
    name = node['id']['name']
    values = lowerer.const_enums.setdefault(name, {})
    auto = 0.0
    for m in node['members']:
        init = m.get('initializer')
        value = auto if init is None else evaluate(lowerer, init, values)
        if value is NOT_CONSTANT or value is None:
            auto = None
            continue
        values[member_name(m)] = value
        auto = value + 1 if isinstance(value, float) else None
    lowerer.enum_values.setdefault(name, {}).update(values)


def evaluate(lowerer, node, values):
    """The constant value of an enum initializer (a float or a str), or NOT_CONSTANT,
    as tsc's evaluator folds one."""
    t = node['type']
    if t == 'Literal':
        v = node['value']
        if isinstance(v, str):
            return v
        if isinstance(v, (int, float)) and not isinstance(v, bool) and \
                node.get('bigint') is None and node.get('regex') is None:
            return float(v)
        return NOT_CONSTANT
    if t in ('TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression',
             'TSTypeAssertion'):
        return evaluate(lowerer, node['expression'], values)
    if t == 'Identifier':
        return values.get(node['name'], NOT_CONSTANT)
    if t == 'MemberExpression':
        obj = node['object']
        if obj['type'] != 'Identifier':
            return NOT_CONSTANT
        enum = lowerer.enum_values.get(obj['name'])
        if enum is None:
            return NOT_CONSTANT
        prop = node['property']
        if node['computed']:
            key = prop.get('value') if prop['type'] == 'Literal' else None
        else:
            key = prop['name']
        return enum.get(key, NOT_CONSTANT) if isinstance(key, str) else NOT_CONSTANT
    if t == 'UnaryExpression':
        v = evaluate(lowerer, node['argument'], values)
        if not isinstance(v, float):
            return NOT_CONSTANT
        op = node['operator']
        if op == '-':
            return -v
        if op == '+':
            return v
        if op == '~':
            return float(~to_int32(v))
        return NOT_CONSTANT
    if t == 'BinaryExpression':
        a = evaluate(lowerer, node['left'], values)
        if a is NOT_CONSTANT:
            return a
        b = evaluate(lowerer, node['right'], values)
        if b is NOT_CONSTANT:
            return b
        return binary(node['operator'], a, b)
    if t == 'TemplateLiteral':
        parts = []
        for i, quasi in enumerate(node['quasis']):
            parts.append(quasi['value']['cooked'])
            if i < len(node['expressions']):
                v = evaluate(lowerer, node['expressions'][i], values)
                if v is NOT_CONSTANT:
                    return v
                parts.append(to_string(v))
        return ''.join(parts)
    return NOT_CONSTANT


def binary(op, a, b):
    if op == '+' and (isinstance(a, str) or isinstance(b, str)):
        return to_string(a) + to_string(b)
    if not (isinstance(a, float) and isinstance(b, float)):
        return NOT_CONSTANT
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if op == '/':
        if b == 0:
            if a == 0 or a != a:
                return math.nan
            return math.copysign(math.inf, a) * math.copysign(1.0, b)
        return a / b
    if op == '%':
        if b == 0 or math.isinf(a) or a != a or b != b:
            return math.nan
        return math.fmod(a, b) if not math.isinf(b) else a
    if op == '**':
        try:
            return float(a ** b)
        except (OverflowError, ZeroDivisionError):
            return math.inf
    if op in ('|', '&', '^', '<<', '>>', '>>>'):
        x, y = to_int32(a), to_int32(b)
        if op == '|':
            return float(to_int32(x | y))
        if op == '&':
            return float(to_int32(x & y))
        if op == '^':
            return float(to_int32(x ^ y))
        shift = y & 31
        if op == '<<':
            return float(to_int32(x << shift))
        if op == '>>':
            return float(x >> shift)
        return float((x & 0xFFFFFFFF) >> shift)
    return NOT_CONSTANT


def to_int32(v):
    """7.1.6 ToInt32."""
    if v != v or math.isinf(v):
        return 0
    n = int(v) & 0xFFFFFFFF
    return n - 0x100000000 if n >= 0x80000000 else n


def to_string(v):
    if isinstance(v, str):
        return v
    from .typescript_nodes import number_to_js_string
    if v != v:
        return 'NaN'
    if math.isinf(v):
        return 'Infinity' if v > 0 else '-Infinity'
    return ('-' + number_to_js_string(-v)) if v < 0 else number_to_js_string(v)


# -- namespaces -------------------------------------------------------------------------

def lower_namespace(lowerer, node, exported):
    """The statements of a namespace declaration ([] for one with no values)."""
    if node.get('declare') or node.get('kind') == 'global' or node.get('global') or \
            node['id']['type'] == 'Literal' or node.get('body') is None:
        return []
    if node['id']['type'] == 'TSQualifiedName':
        node = unqualify(node)
    body = node['body']['body']
    name = node['id']['name']
    if not instantiated(body):
        if len(lowerer.scope_decls) == 2 and not lowerer.ns_path:
            lowerer.type_names.add(name)
        return []
    # the exported names without a local binding (variables, `export import`) and
    # those of the merged blocks before this one are reached through the namespace
    path = '.'.join(lowerer.ns_path + [name])
    earlier = lowerer.ns_exports.setdefault(path, set())
    through = set(earlier)
    exported_here = set()
    for s in body:
        if s['type'] == 'ExportNamedDeclaration' and s.get('declaration') is not None:
            d = s['declaration']
            if d.get('declare'):
                continue
            if d['type'] == 'VariableDeclaration':
                for declarator in d['declarations']:
                    binding_names(declarator['id'], through)
            elif d['type'] == 'TSImportEqualsDeclaration':
                through.add(d['id']['name'])
            elif d.get('id') is not None and d['id']['type'] == 'Identifier':
                exported_here.add(d['id']['name'])
    local = {name}
    for s in body:
        var_names(s, local)
    lexical_names(body, local)
    saved = lowerer.ns
    inner = {k: v for k, v in saved.items() if k not in local}
    for e in through:
        inner[e] = name
    for e in exported_here:
        inner.pop(e, None)
    earlier.update(through, exported_here)
    lowerer.ns = inner
    lowerer.ns_path.append(name)
    lowerer.scope_decls.append(set())
    out = []
    for s in body:
        if s['type'] == 'ExportNamedDeclaration' and s.get('declaration') is not None:
            r = namespace_export(lowerer, s['declaration'], name)
        else:
            r = lowerer.visit(s)
        if r is None:
            continue
        if type(r) is list:
            out.extend(r)
        else:
            out.append(r)
    lowerer.scope_decls.pop()
    lowerer.ns_path.pop()
    lowerer.ns = saved
    return declare_and_call(lowerer, name, node['id']['range'], node['range'], out,
                            exported, node.get('qualified_part'))


def namespace_export(lowerer, declaration, ns):
    """An `export` statement in the body of namespace ``ns``."""
    t = declaration['type']
    rng = declaration['range']
    if t == 'VariableDeclaration':
        if declaration.get('declare'):
            return None
        assignments = []
        for d in declaration['declarations']:
            if d['init'] is not None:
                init = lowerer.visit(d['init'])
                assignments.append(assign(exported_target(lowerer, d['id'], ns,
                                                          d['range']), init, d['range']))
        if not assignments:
            return None
        return statement(sequence(assignments, rng), rng)
    if t in ('FunctionDeclaration', 'ClassDeclaration'):
        lowered = lowerer.visit(declaration)
        if lowered is None:
            return None
        name = declaration['id']['name']
        id_rng = declaration['id']['range']
        return [lowered, statement(assign(member(ns, name, id_rng), ident(name, id_rng),
                                          rng), rng)]
    if t == 'TSEnumDeclaration':
        return lower_enum(lowerer, declaration, exported=True)
    if t == 'TSModuleDeclaration':
        return lower_namespace(lowerer, declaration, exported=True)
    if t == 'TSImportEqualsDeclaration':
        from .typescript_nodes import qualified_to_member
        if declaration.get('importKind') == 'type':
            return None
        ref = declaration['moduleReference']
        if ref['type'] == 'TSExternalModuleReference':
            value = call(lowerer.require(declaration), [ref['expression']], rng)
        else:
            value = lowerer.visit(qualified_to_member(ref))
        name = declaration['id']
        return statement(assign(member(ns, name['name'], name['range']), value, rng), rng)
    return lowerer.visit(declaration)   # interfaces, types: nothing


def exported_target(lowerer, pattern, ns, rng):
    """A declarator's pattern as an assignment target whose names are ``ns``'s
    properties: `export const {a, b} = o` -> `({a: N.a, b: N.b} = o)`; the synthetic
    `N`s take the declarator's range ``rng``."""
    t = pattern['type']
    if t == 'Identifier':
        strip_identifier(pattern)   # `k: T`'s range is cut to the name's
        return member(ident(ns, rng), {'type': 'Identifier', 'name': pattern['name'],
                                       'range': pattern['range']}, pattern['range'])
    if t == 'ObjectPattern':
        for prop in pattern['properties']:
            if prop['type'] == 'RestElement':
                prop['argument'] = exported_target(lowerer, prop['argument'], ns, rng)
            else:
                if prop['computed']:
                    prop['key'] = lowerer.visit(prop['key'])
                prop['value'] = exported_target(lowerer, prop['value'], ns, rng)
                prop['shorthand'] = False
    elif t == 'ArrayPattern':
        elements = pattern['elements']
        for i, e in enumerate(elements):
            if e is not None:
                elements[i] = exported_target(lowerer, e, ns, rng)
    elif t == 'AssignmentPattern':
        pattern['left'] = exported_target(lowerer, pattern['left'], ns, rng)
        pattern['right'] = lowerer.visit(pattern['right'])
    elif t == 'RestElement':
        pattern['argument'] = exported_target(lowerer, pattern['argument'], ns, rng)
    pattern.pop('typeAnnotation', None)
    pattern.pop('decorators', None)
    pattern.pop('optional', None)
    return pattern


def declare_and_call(lowerer, name, id_rng, rng, body, exported, top_var=False):
    """`var E; (function (E) { body })(E || (E = {}));` (see the module's docstring for
    the variants)."""
    out = []
    scope = lowerer.scope_decls[-1]
    if name not in scope:
        scope.add(name)
        top = len(lowerer.scope_decls) == 2 and not lowerer.ns_path
        out.append(var_declaration('var' if top or top_var else 'let', name, None, rng,
                                   id_rng))
    empty = {'type': 'ObjectExpression', 'properties': [], 'range': rng}
    if exported and lowerer.ns_path:
        parent = lowerer.ns_path[-1]
        arg = assign(ident(name, id_rng), logical_or(
            member(parent, name, id_rng), assign(member(parent, name, id_rng), empty, rng),
            rng), rng)
    else:
        arg = logical_or(ident(name, id_rng), assign(ident(name, id_rng), empty, rng), rng)
    fn = function_expression([ident(name, id_rng)], body, rng)
    out.append(statement(call(fn, [arg], rng), rng))
    return out


def unqualify(node):
    """`namespace A.B.C { body }` as `namespace A { export namespace B { export
    namespace C { body } } }`."""
    names = []
    q = node['id']
    while q['type'] == 'TSQualifiedName':
        names.append(q['right'])
        q = q['left']
    names.append(q)
    names.reverse()
    rng = node['range']
    inner = node['body']
    for i in range(len(names) - 1, 0, -1):
        declaration = {'type': 'TSModuleDeclaration', 'id': names[i], 'body': inner,
                       'kind': 'namespace', 'qualified_part': True, 'range': rng}
        inner = {'type': 'TSModuleBlock', 'body': [
            {'type': 'ExportNamedDeclaration', 'declaration': declaration,
             'specifiers': [], 'source': None, 'range': rng}], 'range': rng}
    return {'type': 'TSModuleDeclaration', 'id': names[0], 'body': inner,
            'kind': node.get('kind', 'namespace'), 'range': rng}


def instantiated(body):
    """Whether a namespace body has values (tsc drops one with only types)."""
    for s in body:
        exported = s['type'] == 'ExportNamedDeclaration'
        if exported:
            if s.get('declaration') is None:
                return True
            s = s['declaration']
        t = s['type']
        if t in ('TSInterfaceDeclaration', 'TSTypeAliasDeclaration',
                 'TSDeclareFunction', 'EmptyStatement'):
            continue
        if s.get('declare'):
            continue
        if t == 'TSEnumDeclaration' and s.get('const') and not exported:
            continue   # inlined (an exported one is kept: see typescript_lower)
        if t == 'TSModuleDeclaration':
            if s.get('body') is None:
                continue
            inner = s
            while inner['body']['type'] == 'TSModuleDeclaration':   # older shapes
                inner = inner['body']
            if not instantiated(inner['body']['body']):
                continue
        if t == 'TSImportEqualsDeclaration' and s.get('importKind') == 'type':
            continue
        return True
    return False

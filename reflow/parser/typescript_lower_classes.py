"""Classes, as tsc emits them for ES2022: TypeScript-only members dropped (index
signatures, abstract members, overloads, `declare` fields), parameter properties
assigned at the start of the constructor (after the root-level `super(...)` of a
derived class), and `accessor` fields as a private storage field and a getter/setter
pair.

useDefineForClassFields (true for ES2022) keeps fields as fields, and declares each
parameter property as a field first in the class body (`x;`), so that, as in tsc's
output, a field initializer runs before the constructor has assigned the parameter.
With it false, an instance field with an initializer becomes `this.x = init;` in the
constructor after the parameter properties (one without is dropped), a static one
becomes `static { this.x = init; }` in its place; private fields stay fields.
Decorated members are kept as they are, for typescript_decorators.
"""
from .typescript_nodes import assign, function_expression, ident, statement, \
    this_member

CLASS_TS_FIELDS = ('abstract', 'declare', 'implements', 'superTypeArguments',
                   'typeParameters')
MEMBER_TS_FIELDS = ('accessibility', 'override', 'readonly', 'optional', 'definite',
                    'declare', 'abstract', 'typeAnnotation')
DROPPED_MEMBERS = frozenset(('TSIndexSignature', 'TSAbstractMethodDefinition',
                             'TSAbstractPropertyDefinition', 'TSAbstractAccessorProperty'))


def lower_class(lowerer, node):
    for key in CLASS_TS_FIELDS:
        node.pop(key, None)
    if node.get('id') is not None:
        node['id'] = lowerer.pattern(node['id'])
    if node.get('superClass') is not None:
        node['superClass'] = lowerer.visit(node['superClass'])
    decorators_of(lowerer, node)
    define = lowerer.options.use_define_for_class_fields
    parameter_properties = []     # (name, range) of the constructor's
    moved = []                    # instance field initializers (without define)
    constructor = None
    out = []
    for m in node['body']['body']:
        t = m['type']
        if t in DROPPED_MEMBERS:
            continue
        if t == 'MethodDefinition':
            value = m['value']
            if value['type'] == 'TSEmptyBodyFunctionExpression' or value.get('body') is None:
                continue   # an overload
            strip_member(lowerer, m)
            if m['kind'] == 'constructor':
                saved = lowerer.in_class_ctor
                lowerer.in_class_ctor = parameter_properties
                m['value'] = lowerer.function(value)
                lowerer.in_class_ctor = saved
                constructor = m
            else:
                m['value'] = lowerer.function(value)
        elif t == 'PropertyDefinition':
            if m.get('declare'):
                continue
            strip_member(lowerer, m)
            if m['value'] is not None:
                m['value'] = lowerer.visit(m['value'])
            if not define and not m.get('decorators') and \
                    m['key']['type'] != 'PrivateIdentifier':
                if m['value'] is not None:
                    rng = m['range']
                    stmt = statement(assign(this_member(m['key'], m['computed'], rng),
                                            m['value'], rng), rng)
                    if m['static']:
                        out.append({'type': 'StaticBlock', 'body': [stmt], 'range': rng})
                    else:
                        moved.append(stmt)
                continue
        elif t == 'AccessorProperty':
            strip_member(lowerer, m)
            if m['value'] is not None:
                m['value'] = lowerer.visit(m['value'])
            if not m.get('decorators') and not m['computed']:
                out.extend(accessor_members(m))
                continue
        elif t == 'StaticBlock':
            lowerer.block(m)
        else:
            m = lowerer.visit(m)
        out.append(m)
    assignments = [statement(assign(this_member(ident(name, rng), False, rng),
                                    ident(name, rng), rng), rng)
                   for name, rng in parameter_properties]
    if define:
        out[:0] = [{'type': 'PropertyDefinition', 'key': ident(name, rng), 'computed': False,
                    'value': None, 'static': False, 'range': rng}
                   for name, rng in parameter_properties]
    initializers = assignments + moved
    if initializers:
        if constructor is None:
            constructor = synthesized_constructor(node)
            out.insert(0, constructor)
        body = constructor['value']['body']['body']
        at = after_super(body, node.get('superClass') is not None)
        body[at:at] = initializers
    node['body']['body'] = out
    return node


def strip_member(lowerer, m):
    for key in MEMBER_TS_FIELDS:
        m.pop(key, None)
    if m['computed']:
        m['key'] = lowerer.visit(m['key'])
    elif m['key']['type'] == 'Identifier' and len(m['key']) > 3:
        from .typescript_nodes import strip_identifier
        strip_identifier(m['key'])
    decorators_of(lowerer, m)


def decorators_of(lowerer, node):
    decorators = node.get('decorators')
    if decorators is not None:
        if decorators:
            lowerer.visit_list(decorators)
        else:
            del node['decorators']


def after_super(body, derived):
    """Where parameter properties are assigned: after the directives, and in a derived
    class after the first root-level `super(...)` statement."""
    i = 0
    while i < len(body) and 'directive' in body[i]:
        i += 1
    if derived:
        for j in range(i, len(body)):
            s = body[j]
            if s['type'] == 'ExpressionStatement' and \
                    s['expression']['type'] == 'CallExpression' and \
                    s['expression']['callee']['type'] == 'Super':
                return j + 1
    return i


def synthesized_constructor(node):
    """`constructor() {}`, or when derived `constructor(...args) { super(...args); }`
    (tsc's `super(...arguments)`: the compiler finds a use of `arguments` in the
    source text, which a synthetic node is not in)."""
    rng = node['range']
    body = []
    params = []
    if node.get('superClass') is not None:
        params.append({'type': 'RestElement', 'argument': ident('args', rng), 'range': rng})
        spread = {'type': 'SpreadElement', 'argument': ident('args', rng), 'range': rng}
        body.append(statement({'type': 'CallExpression', 'callee': {'type': 'Super',
                                                                   'range': rng},
                               'arguments': [spread], 'optional': False, 'range': rng},
                              rng))
    return {'type': 'MethodDefinition', 'key': ident('constructor', rng), 'computed': False,
            'value': function_expression(params, body, rng), 'kind': 'constructor',
            'static': False, 'range': rng}


def accessor_members(m):
    """`accessor x = v` as `#x_accessor_storage = v; get x() { return
    this.#x_accessor_storage; } set x(value) { this.#x_accessor_storage = value; }`."""
    rng = m['range']
    key = m['key']
    name = key['name'] if key['type'] != 'Literal' else str(key['value'])
    storage = {'type': 'PrivateIdentifier', 'name': name + '_accessor_storage', 'range': rng}

    def slot():
        return {'type': 'MemberExpression', 'object': {'type': 'ThisExpression', 'range': rng},
                'property': dict(storage), 'computed': False, 'optional': False,
                'range': rng}
    field = {'type': 'PropertyDefinition', 'key': dict(storage), 'computed': False,
             'value': m['value'], 'static': m['static'], 'range': rng}
    getter = function_expression([], [{'type': 'ReturnStatement', 'argument': slot(),
                                       'range': rng}], rng)
    setter = function_expression([ident('value', rng)], [
        statement(assign(slot(), ident('value', rng), rng), rng)], rng)
    return [field,
            {'type': 'MethodDefinition', 'key': key, 'computed': False, 'value': getter,
             'kind': 'get', 'static': m['static'], 'range': rng},
            {'type': 'MethodDefinition', 'key': dict(key), 'computed': False,
             'value': setter, 'kind': 'set', 'static': m['static'], 'range': rng}]

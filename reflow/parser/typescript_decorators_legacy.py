"""TypeScript's legacy `experimentalDecorators`, lowered as `tsc --target ES2022
--experimentalDecorators` does: after the class, one __reflow$decorate call per
decorated member (instance members in order, then static ones), with the member's
decorators followed by its parameters' (`__reflow$param(index, decorator)`), then one
for the class (its decorators, then its constructor parameters'), which may replace
it. Decorators apply bottom-up.
"""
from .typescript_decorators import (expression, statements, class_members, ident, literal,
                                    key_name, private_names, fresh_private, lower_accessor,
                                    storage_base, declare_var, place, let_declaration,
                                    copy_tree, into_constructor)


def lower_class(lw, cls, container, slot, hint):
    rng = cls['range']
    declaration = cls['type'] == 'ClassDeclaration'
    class_decorators = [d['expression'] for d in cls.pop('decorators', None) or []]
    if cls['type'] == 'ClassExpression':
        # not valid here (tsc reports TS1206 and emits the class undecorated)
        class_decorators = []
    members = _lower_accessors(lw, cls)
    decorated = []   # (member, its decorator expressions)
    for m in members:
        if m['type'] == 'StaticBlock':
            continue
        exprs = [d['expression'] for d in m.pop('decorators', None) or []]
        params = []
        if m['type'] == 'MethodDefinition':
            for i, p in enumerate(m['value']['params']):
                for d in p.pop('decorators', None) or []:
                    params.append(_param(lw, i, d['expression']))
        if m.get('kind') == 'constructor':
            class_decorators += params
            continue
        exprs += params
        if exprs and m['key']['type'] != 'PrivateIdentifier':
            decorated.append((m, exprs))
    name = cls['id']['name'] if cls['id'] else None
    if not declaration:
        # the decorations name the class by a temporary (see _lower_expression)
        name = lw.fresh('_a')
    elif name is None:
        # `export default class {}`: tsc's local name (the class is named by it)
        name = lw.fresh('default_1')
        cls['id'] = ident(name, rng)
    if not lw.options.use_define_for_class_fields:
        members = _assigned_fields(cls, members, [m for m, _ in decorated])
    calls = []
    for static in (False, True):
        for m, exprs in decorated:
            if m['static'] == static:
                calls.append(_decorate_member(lw, m, exprs, name))
    if cls['type'] == 'ClassExpression':
        _lower_expression(cls, container, slot, hint, calls, lw)
        return
    binding = [cls] + calls
    if class_decorators:
        # `let A; A = class { static { A = this; } ... }`: inside the class `A` is
        # the class being defined until the decorators replaced it, then the replacement
        r = cls['range']
        cls['body']['body'] = class_members('static { $A = this; }', r, A=name) + members
        cls['id'] = None
        cls['type'] = 'ClassExpression'
        binding = ([let_declaration([(name, None)], r)] +
                   statements('$A = $C;', r, A=name, C=cls) + calls +
                   statements('$A = $D([$DECS], $A);', r, A=name, D=lw.helper('decorate'),
                              DECS=class_decorators))
    place(cls, declaration, container, slot, None, binding, name)


def _lower_expression(cls, container, slot, hint, calls, lw):
    """A class expression whose members are decorated: `(() => { let T = class ...;
    decorations; return T; })()`, the class named as it would have been."""
    r = cls['range']
    if not calls:
        return
    temp = calls[0]['expression']['arguments'][1]
    temp = (temp['object'] if temp['type'] == 'MemberExpression' else temp)['name']
    if cls['id'] is None:
        cls['body']['body'][:0] = class_members('static { $F(this, $N); }', r,
                                                F=lw.helper('setFunctionName'),
                                                N=literal(hint or '', r))
    body = [let_declaration([(temp, cls)], r)] + calls + statements('return $T;', r, T=temp)
    container[slot] = expression('(() => { $BODY })()', r, BODY=body)


def _param(lw, index, decorator):
    r = decorator['range']
    return expression('$P($I, $D)', r, P=lw.helper('param'), I=literal(float(index), r),
                      D=decorator)


def _decorate_member(lw, m, exprs, name):
    """`__reflow$decorate([decorators], C.prototype or C, key, null or void 0);`"""
    r = m['range']
    kind, key = key_name(m)
    if kind == 'computed':
        temp = lw.fresh('_a')
        declare_var(lw, temp)
        m['key'] = expression('$T = $K', m['key']['range'], T=temp, K=m['key'])
        key = ident(temp, r)
    else:
        key = literal(key, r)
    target = name if m['static'] else name + '.prototype'
    descriptor = 'void 0' if m['type'] == 'PropertyDefinition' else 'null'
    return statements('$D([$DECS], ' + target + ', $K, ' + descriptor + ');', r,
                      D=lw.helper('decorate'), DECS=exprs, K=key)[0]


def _lower_accessors(lw, cls):
    """The class's `accessor` elements as storage, getter and setter; a decorated one
    keeps its decorators on its getter (the pair is decorated as one accessor)."""
    taken = private_names(cls)
    body = []
    for m in cls['body']['body']:
        if m['type'] != 'AccessorProperty':
            body.append(m)
            continue
        decorators = m.pop('decorators', None)
        setter_key = None
        if key_name(m)[0] == 'computed':
            temp = lw.fresh('_a')
            declare_var(lw, temp)
            setter_key = ident(temp, m['key']['range'])
            m['key'] = expression('$T = $K', m['key']['range'], T=temp, K=m['key'])
        else:
            setter_key = copy_tree(m['key'], m['key']['range'])
        field, getter, setter = lower_accessor(m, fresh_private(taken, storage_base(m)),
                                               setter_key)
        if decorators:
            getter['decorators'] = decorators
        body += [field, getter, setter]
    cls['body']['body'] = body
    return body


def _assigned_fields(cls, members, decorated):
    """useDefineForClassFields false: a decorated field is assigned, as tsc (and
    typescript_lower, for the others) does: an instance one in the constructor, in
    field order after the parameter properties, a static one in a static block in
    its place; one without an initializer is only decorated."""
    decorated = {id(m) for m in decorated}
    body, assigned = [], []
    for m in members:
        if m['type'] != 'PropertyDefinition' or id(m) not in decorated or m['computed']:
            # (a computed key is evaluated once, with the class: the field stays)
            body.append(m)
            continue
        if m['value'] is None:
            continue
        r = m['range']
        target = expression('this.$K', r, K=m['key'])
        stmt = statements('$T = $V;', r, T=target, V=m['value'])[0]
        if m['static']:
            body.append({'type': 'StaticBlock', 'body': [stmt], 'range': list(r)})
        else:
            assigned.append(stmt)
    if assigned:
        into_constructor(cls, body, assigned)
    cls['body']['body'] = body
    return body


"""Decorators: TC39's (TypeScript 5's default) and the legacy `experimentalDecorators`,
lowered to plain ESTree with helper functions, as `tsc` emits them for ES2022.

The input is ESTree whose classes, class members and (legacy) parameters may carry
`decorators: [Decorator{expression}]`, and whose class bodies may hold
AccessorProperty (`accessor x = 1`). The output has neither. A decorated class becomes
the shape tsc gives it (typescript_decorators_tc39.py, typescript_decorators_legacy.py),
calling the helpers of decorator_helpers.py, which are inserted at the top of the
program when used. Every user node keeps its range; a synthetic node takes the range
of the decorator or class it comes from.
"""
from .typescript_nodes import ident, literal  # noqa: F401 (the lowerings' builders)

CLASSES = ('ClassDeclaration', 'ClassExpression')
EXPORTS = ('ExportNamedDeclaration', 'ExportDefaultDeclaration')

# the helpers of decorator_helpers.py, by the name the lowering asks for
HELPERS = {name: '__reflow$' + name for name in
           ('esDecorate', 'runInitializers', 'setFunctionName', 'propKey', 'decorate',
            'param')}

_helper_trees = None   # name -> FunctionDeclaration, parsed once
_templates = {}        # template text -> its parsed statements


def lower_decorators(program, options):
    """Rewrite every class of ``program`` that has `decorators` (on the class, its
    members or, for legacy decorators, constructor/method parameters) into plain ESTree.
    ``options`` is a TSOptions (``experimental_decorators``, ``use_define_for_class_fields``)."""
    if not _has_class_to_lower(program):
        return program
    work = _find_classes(program)
    lowering = Lowering(_identifier_names(program), options)
    if options.experimental_decorators:
        from .typescript_decorators_legacy import lower_class
    else:
        from .typescript_decorators_tc39 import lower_class
    # innermost and last first: a class is lowered after the classes inside it, and a
    # statement list grows only after the places recorded in it were used
    for cls, parent, key, hint in reversed(work):
        lower_class(lowering, cls, parent, key, hint)
    _strip_decorators(program)
    _insert_helpers(program, lowering)
    return program


class Lowering:
    """What the lowering of one program shares: the names it may not take, the
    helpers it used."""

    def __init__(self, names, options):
        self.names = names
        self.options = options
        self.used = []
        self.top_vars = []   # temporaries declared at the program's top

    def fresh(self, base):
        """A name no identifier of the program has (tsc's `_a`, `_m_decorators`, `_1`)."""
        name, n = base, 0
        while name in self.names:
            n += 1
            name = '%s_%d' % (base, n)
        self.names.add(name)
        return name

    def helper(self, name):
        if name not in self.used:
            self.used.append(name)
        return HELPERS[name]


def needs_lowering(cls):
    if cls.get('decorators'):
        return True
    for m in cls['body']['body']:
        if m.get('decorators') or m['type'] == 'AccessorProperty':
            return True
        if m['type'] == 'MethodDefinition':
            if any(p.get('decorators') for p in m['value']['params']):
                return True
    return False


def _name_hint(node, field):
    """The name NamedEvaluation gives an anonymous class in ``node[field]``, or None."""
    t = node['type']
    if t == 'VariableDeclarator' and field == 'init' and node['id']['type'] == 'Identifier':
        return node['id']['name']
    if t == 'AssignmentExpression' and field == 'right' and node['operator'] == '=' \
            and node['left']['type'] == 'Identifier':
        return node['left']['name']
    if t == 'AssignmentPattern' and field == 'right' and node['left']['type'] == 'Identifier':
        return node['left']['name']
    if t in ('Property', 'PropertyDefinition') and field == 'value' and not node['computed']:
        key = node['key']
        if key['type'] == 'Identifier':
            return key['name']
        if key['type'] == 'Literal' and isinstance(key['value'], str):
            return key['value']
    if t == 'ExportDefaultDeclaration':
        return 'default'
    return None


def _has_class_to_lower(program):
    """Does ``program`` have a class to lower? (Every TypeScript program is asked:
    this walk is kept as short as a walk of every node can be.)"""
    stack = [program]
    pop = stack.pop
    push = stack.append
    while stack:
        node = pop()
        if node.get('type') in CLASSES and needs_lowering(node):
            return True
        for value in node.values():
            kind = type(value)
            if kind is dict:
                push(value)
            elif kind is list:
                for item in value:
                    if type(item) is dict:
                        push(item)
    return False


def _find_classes(program):
    """The classes to lower, in source (pre-)order, each with the place it sits in
    (parent node and key, or list and index; an exported declaration: the list and the
    export statement) and its NamedEvaluation name. Iterative: a deep tree is no
    recursion here."""
    work = []
    stack = [(program, None, None)]
    while stack:
        node, parent, key = stack.pop()
        t = node.get('type')
        if t == 'Identifier' or t == 'Literal':
            continue
        if t in CLASSES and needs_lowering(node) and not (
                isinstance(parent, dict) and parent['type'] in EXPORTS):
            hint = _name_hint(parent, key) if isinstance(parent, dict) else None
            work.append((node, parent, key, hint))
        elif t in EXPORTS and node['declaration'] is not None \
                and node['declaration']['type'] == 'ClassDeclaration' \
                and needs_lowering(node['declaration']):
            # an exported class declaration is replaced in the export's statement list
            work.append((node['declaration'], parent, node, _name_hint(node, 'declaration')))
        children = []
        for field, value in node.items():
            if isinstance(value, dict):
                if 'type' in value:
                    children.append((value, node, field))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, dict) and 'type' in item:
                        children.append((item, value, i))
        stack.extend(reversed(children))
    return work


def _identifier_names(program):
    names, stack = set(), [program]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get('type') == 'Identifier':
                names.add(node['name'])
            else:
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(node)
    return names


def _strip_decorators(program):
    stack = [program]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            node.pop('decorators', None)
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(node)


# -- building nodes -----------------------------------------------------------------

def copy_tree(node, rng):
    """A copy of a cached tree, every node given the range ``rng``."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            out[k] = copy_tree(v, rng) if isinstance(v, (dict, list)) else v
        if 'range' in node:
            out['range'] = list(rng)
        return out
    return [copy_tree(v, rng) if isinstance(v, (dict, list)) else v for v in node]


def _substitute(node, rng, subs):
    """Copy a template tree with range ``rng``: an Identifier `$NAME`, NAME a key of
    ``subs``, becomes
    its value (a name: an Identifier; a node: that node; a function: the node it makes,
    for a placeholder used more than once; a list, where the Identifier
    or its ExpressionStatement is an item of a list: spliced in)."""
    if isinstance(node, list):
        out = []
        for item in node:
            if isinstance(item, dict):
                ref = item
                if item.get('type') == 'ExpressionStatement':
                    ref = item['expression']
                if ref.get('type') == 'Identifier' and isinstance(subs.get(ref['name'][1:]), list):
                    out.extend(subs[ref['name'][1:]])
                    continue
            out.append(_substitute(item, rng, subs) if isinstance(item, (dict, list)) else item)
        return out
    if node.get('type') == 'Identifier' and node['name'][0] == '$' and node['name'][1:] in subs:
        value = subs[node['name'][1:]]
        if isinstance(value, str):
            return ident(value, rng)
        if callable(value):   # a node for each use
            return value()
        return value
    out = {}
    for k, v in node.items():
        out[k] = _substitute(v, rng, subs) if isinstance(v, (dict, list)) else v
    out['range'] = list(rng)
    return out


def _parsed(text):
    tree = _templates.get(text)
    if tree is None:
        from .parser import parse
        tree = _templates[text] = parse(text, 'script', allow_return_outside_function=True)['body']
    return tree


def statements(text, rng, **subs):
    """The statements of template ``text`` (placeholders are `$NAME` identifiers)."""
    return _substitute(_parsed(text), rng, subs)


def expression(text, rng, **subs):
    return statements('(' + text + ')', rng, **subs)[0]['expression']


def class_members(text, rng, derived=False, **subs):
    """Class elements from template ``text`` (the inside of a class body; of a
    derived class's, which may call super())."""
    head = '(class extends B {' if derived else '(class {'
    return statements(head + text + '})', rng, **subs)[0]['expression']['body']['body']


def this_expression(rng):
    return {'type': 'ThisExpression', 'range': list(rng)}


def private_name(name, rng):
    return {'type': 'PrivateIdentifier', 'name': name, 'range': list(rng)}


def key_name(member):
    """How a member's key is named: ('private', '#x'), ('static', 'x') for a key known
    before run time (an identifier, a string or number, computed or not), or
    ('computed', None)."""
    key = member['key']
    if key['type'] == 'PrivateIdentifier':
        return 'private', '#' + key['name']
    if key['type'] == 'Identifier' and not member['computed']:
        return 'static', key['name']
    if key['type'] == 'Literal' and 'bigint' not in key and 'regex' not in key:
        value = key['value']
        if isinstance(value, str):
            return 'static', value
        if isinstance(value, float):
            return 'static', number_key(value)
    return 'computed', None


def number_key(value):
    """Number::toString of a numeric key (the common cases)."""
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


def private_names(cls):
    """The private names a class body declares (without '#')."""
    return {m['key']['name'] for m in cls['body']['body']
            if m.get('key') and m['key']['type'] == 'PrivateIdentifier'}


def fresh_private(taken, base):
    name, n = base, 0
    while name in taken:
        n += 1
        name = '%s_%d' % (base, n)
    taken.add(name)
    return name


def lower_accessor(member, storage, key_for_setter):
    """`accessor x = v` as tsc lowers it: the private field `#storage = v` and a getter
    and setter of `x` reading and writing it. ``key_for_setter`` is the setter's key
    (a computed key is evaluated once, by the getter). Returns the three elements."""
    rng = member['range']
    static = member['static']
    field = {'type': 'PropertyDefinition', 'key': private_name(storage, rng),
             'computed': False, 'value': member.get('value'), 'static': static,
             'range': list(rng)}
    getter, setter = class_members('get $K() { return this.$S; } set $K(value) { this.$S = value; }',
                                   rng, K=member['key'], S=private_name(storage, rng))
    setter['key'] = key_for_setter
    for m in (getter, setter):
        m['static'] = static
        m['computed'] = member['computed']
    return field, getter, setter


def storage_base(member):
    kind, name = key_name(member)
    if kind == 'private':
        return name[1:] + '_accessor_storage'
    if kind == 'static' and name.isidentifier():
        return name + '_accessor_storage'
    return '_accessor_storage'


def lower_plain_accessors(cls, lowering):
    """The undecorated `accessor` elements of a class, in place."""
    taken = private_names(cls)
    body = []
    for m in cls['body']['body']:
        if m['type'] != 'AccessorProperty':
            body.append(m)
            continue
        setter_key = m['key']
        if key_name(m)[0] == 'computed':
            # the key is evaluated once, into a temporary the setter reads
            temp = lowering.fresh('_a')
            declare_var(lowering, temp)
            setter_key = ident(temp, m['key']['range'])
            m['key'] = expression('$T = $K', m['key']['range'], T=temp, K=m['key'])
        body.extend(lower_accessor(m, fresh_private(taken, storage_base(m)), setter_key))
    cls['body']['body'] = body


def declare_var(lowering, name):
    """A `var` of the program's top (tsc hoists the temporaries of computed keys to
    their function: one at the top is written and read with no code between)."""
    lowering.top_vars.append(name)


# -- the helpers ----------------------------------------------------------------------

def _helpers():
    global _helper_trees
    if _helper_trees is None:
        from .parser import parse
        from .decorator_helpers import SOURCE
        tree = parse(SOURCE, 'script', 'decorator_helpers')
        _helper_trees = {s['id']['name']: s for s in tree['body']}
    return _helper_trees


def _insert_helpers(program, lowering):
    """The helpers a program used, and the temporaries of its top, after its directive
    prologue; their nodes point at the program's start."""
    trees = _helpers()
    added = [copy_tree(trees[HELPERS[name]], (0, 0)) for name in lowering.used]
    if lowering.top_vars:
        added.append({'type': 'VariableDeclaration', 'kind': 'var', 'range': [0, 0],
                      'declarations': [{'type': 'VariableDeclarator', 'id': ident(n, (0, 0)),
                                        'init': None, 'range': [0, 0]}
                                       for n in lowering.top_vars]})
    body = program['body']
    at = 0
    while at < len(body) and body[at].get('directive') is not None:
        at += 1
    program['body'] = body[:at] + added + body[at:]


def place(cls, declaration, container, slot, expr, binding, name=None):
    """Put the lowered class where ``cls`` was: the expression ``expr`` for a class
    expression; for a ``declaration`` of ``name``, ``binding`` (the statements
    declaring the name: the first declares it) replaces it, exported as the
    declaration was."""
    if not declaration:
        container[slot] = expr
        return
    rng = cls['range']
    if isinstance(slot, int):
        container[slot:slot + 1] = binding
        return
    at = next(i for i, s in enumerate(container) if s is slot)
    if slot['type'] == 'ExportNamedDeclaration':
        slot['declaration'] = binding[0]
        container[at + 1:at + 1] = binding[1:]
    else:
        export = {'type': 'ExportNamedDeclaration', 'declaration': None, 'specifiers': [
            {'type': 'ExportSpecifier', 'local': ident(name, rng),
             'exported': ident('default', rng), 'range': list(rng)}],
            'source': None, 'attributes': [], 'range': list(slot['range'])}
        container[at:at + 1] = binding + [export]


def let_declaration(pairs, rng, kind='let'):
    return {'type': 'VariableDeclaration', 'kind': kind, 'range': list(rng), 'declarations': [
        {'type': 'VariableDeclarator', 'id': ident(name, rng), 'init': init, 'range': list(rng)}
        for name, init in pairs]}


def replace_this(container, key, make):
    """Every `this` of ``container[key]`` that is the `this` of its static initializer
    (not inside a function other than an arrow, nor a class body) becomes ``make()``."""
    value = container[key]
    stack = [(value, container, key)] if isinstance(value, dict) else [
        (item, value, i) for i, item in enumerate(value)]
    while stack:
        n, parent, key = stack.pop()
        t = n.get('type')
        if t == 'ThisExpression':
            parent[key] = make()
            continue
        if t in ('FunctionExpression', 'FunctionDeclaration'):
            continue
        if t in CLASSES:
            if n['superClass'] is not None:
                stack.append((n['superClass'], n, 'superClass'))
            for m in n['body']['body']:
                if m.get('computed'):
                    stack.append((m['key'], m, 'key'))
            continue
        for field, value in n.items():
            if isinstance(value, dict) and 'type' in value:
                stack.append((value, n, field))
            elif isinstance(value, list):
                stack.extend((item, value, i) for i, item in enumerate(value)
                             if isinstance(item, dict) and 'type' in item)


def into_constructor(cls, body, assigned):
    """useDefineForClassFields false: the assignments of fields, ``assigned``, go into
    the class's constructor (made if it has none) as typescript_lower puts the other
    fields': after the root-level super() call and the parameter properties, in the
    order of the fields."""
    ctor = next((m for m in body if m['type'] == 'MethodDefinition'
                 and m['kind'] == 'constructor'), None)
    r = cls['range']
    if ctor is None:
        text = ('constructor(...args) { super(...args); }' if cls['superClass'] is not None
                else 'constructor() {}')
        ctor = class_members(text, r, cls['superClass'] is not None)[0]
        body.insert(0, ctor)
    stmts = ctor['value']['body']['body']
    body_start = ctor['value']['body']['range'][0]
    inside = ctor['range']
    # (a constructor typescript_lower or this module made has the class's range)
    synthetic = inside == r
    for stmt in assigned:
        at = 0
        for i, s in enumerate(stmts):
            start = s['range'][0]
            super_call = s['type'] == 'ExpressionStatement' and \
                s['expression']['type'] == 'CallExpression' and \
                s['expression']['callee']['type'] == 'Super'
            parameter_property = not synthetic and inside[0] <= start < body_start
            # an earlier field's assignment (typescript_lower's, or one made here)
            field = s['range'] != r if synthetic else not inside[0] <= start < inside[1]
            if super_call or parameter_property or field and start < stmt['range'][0]:
                at = i + 1
        stmts.insert(at, stmt)

"""ESTree node builders for the TypeScript lowering (enums, namespaces, parameter
properties, `import x = require()`), and the names a declaration or pattern binds.
A synthetic node gets the range of the construct it comes from."""


# statements with no runtime meaning
TYPE_STATEMENTS = frozenset(('TSInterfaceDeclaration', 'TSTypeAliasDeclaration',
                             'TSDeclareFunction', 'TSNamespaceExportDeclaration'))


def ident(name, rng):
    return {'type': 'Identifier', 'name': name, 'range': list(rng)}


def literal(value, rng):
    """A literal for a string, a number (a negative one as unary minus, NaN and
    Infinity as their globals, as tsc prints them), a boolean or None."""
    if isinstance(value, bool):
        return {'type': 'Literal', 'value': value, 'raw': 'true' if value else 'false',
                'range': list(rng)}
    if isinstance(value, int):
        value = float(value)    # the parser's numbers are floats
    if isinstance(value, float):
        if value != value:
            return ident('NaN', rng)
        if value < 0 or (value == 0 and str(value)[0] == '-'):
            return {'type': 'UnaryExpression', 'operator': '-', 'prefix': True,
                    'argument': literal(-value, rng), 'range': rng}
        if value == float('inf'):
            return ident('Infinity', rng)
        raw = number_to_js_string(value)
    else:
        raw = '"%s"' % value.replace('\\', '\\\\').replace('"', '\\"') \
            if isinstance(value, str) else 'null'
    return {'type': 'Literal', 'value': value, 'raw': raw, 'range': list(rng)}


def member(obj, name, rng, computed=False):
    """``obj.name`` (``obj[name]`` with ``computed``: ``name`` is then a node)."""
    if isinstance(obj, str):
        obj = ident(obj, rng)
    prop = name if computed else (ident(name, rng) if isinstance(name, str) else name)
    return {'type': 'MemberExpression', 'object': obj, 'property': prop,
            'computed': computed, 'optional': False, 'range': rng}


def assign(left, right, rng, operator='='):
    return {'type': 'AssignmentExpression', 'operator': operator, 'left': left,
            'right': right, 'range': rng}


def logical_or(left, right, rng):
    return {'type': 'LogicalExpression', 'operator': '||', 'left': left, 'right': right,
            'range': rng}


def statement(expression, rng):
    return {'type': 'ExpressionStatement', 'expression': expression, 'range': rng}


def sequence(expressions, rng):
    if len(expressions) == 1:
        return expressions[0]
    return {'type': 'SequenceExpression', 'expressions': expressions, 'range': rng}


def var_declaration(kind, name, init, rng, id_range=None):
    return {'type': 'VariableDeclaration', 'kind': kind, 'declarations': [
        {'type': 'VariableDeclarator', 'id': ident(name, id_range or rng), 'init': init,
         'range': rng}], 'range': rng}


def call(callee, arguments, rng):
    return {'type': 'CallExpression', 'callee': callee, 'arguments': arguments,
            'optional': False, 'range': rng}


def function_expression(params, body, rng):
    return {'type': 'FunctionExpression', 'id': None, 'params': params,
            'body': {'type': 'BlockStatement', 'body': body, 'range': rng},
            'generator': False, 'expression': False, 'async': False, 'range': rng}


def this_member(key, computed, rng):
    """``this.key`` for a class member's key (``this["key"]`` for a string key,
    ``this[key]`` for a computed one), as tsc writes a field it moves into the
    constructor."""
    this = {'type': 'ThisExpression', 'range': rng}
    if computed or key['type'] != 'Identifier':
        return member(this, key, rng, computed=True)
    return member(this, key['name'], key['range'])


def number_to_js_string(x):
    """7.1.12.1 Number::toString for a finite non-negative float (the enum folding
    concatenates numbers into strings as JS does)."""
    if x == 0:
        return '0'
    if x == int(x) and x < 1e21:
        return '%d' % x
    digits, n = _shortest_digits(x)
    k = len(digits)
    if k <= n <= 21:
        return digits + '0' * (n - k)
    if 0 < n <= 21:
        return digits[:n] + '.' + digits[n:]
    if -6 < n <= 0:
        return '0.' + '0' * -n + digits
    e = n - 1
    exponent = 'e%s%d' % ('+' if e >= 0 else '-', abs(e))
    return (digits if k == 1 else digits[0] + '.' + digits[1:]) + exponent


def _shortest_digits(x):
    """The shortest decimal digits that round-trip ``x`` (repr's) and the position of
    the decimal point after the first digit, as Number::toString's k and n."""
    import decimal
    sign, digit_tuple, exp = decimal.Decimal(repr(x)).as_tuple()
    digits = ''.join(map(str, digit_tuple)).rstrip('0')
    stripped = len(digit_tuple) - len(digits)
    exp += stripped
    digits = digits.lstrip('0') or '0'
    return digits, len(digits) + exp


# -- the names a pattern or a declaration binds -------------------------------------------

def binding_names(pattern, out):
    t = pattern['type']
    if t == 'Identifier':
        out.add(pattern['name'])
    elif t == 'ObjectPattern':
        for prop in pattern['properties']:
            binding_names(prop['argument'] if prop['type'] == 'RestElement'
                          else prop['value'], out)
    elif t == 'ArrayPattern':
        for element in pattern['elements']:
            if element is not None:
                binding_names(element, out)
    elif t == 'AssignmentPattern':
        binding_names(pattern['left'], out)
    elif t == 'RestElement':
        binding_names(pattern['argument'], out)
    elif t == 'TSParameterProperty':
        binding_names(pattern['parameter'], out)


def var_names(node, out):
    """The `var` names a statement declares (not inside nested functions)."""
    t = node['type']
    if t == 'VariableDeclaration':
        if node['kind'] == 'var':
            for d in node['declarations']:
                binding_names(d['id'], out)
    elif t == 'BlockStatement':
        for s in node['body']:
            var_names(s, out)
    elif t == 'IfStatement':
        var_names(node['consequent'], out)
        if node.get('alternate'):
            var_names(node['alternate'], out)
    elif t in ('ForStatement', 'ForInStatement', 'ForOfStatement'):
        head = node.get('init') if t == 'ForStatement' else node['left']
        if head is not None and head['type'] == 'VariableDeclaration':
            var_names(head, out)
        var_names(node['body'], out)
    elif t in ('WhileStatement', 'DoWhileStatement', 'LabeledStatement'):
        var_names(node['body'], out)
    elif t == 'TryStatement':
        var_names(node['block'], out)
        if node.get('handler'):
            var_names(node['handler']['body'], out)
        if node.get('finalizer'):
            var_names(node['finalizer'], out)
    elif t == 'SwitchStatement':
        for case in node['cases']:
            for s in case['consequent']:
                var_names(s, out)
    elif t in ('ExportNamedDeclaration',) and node.get('declaration'):
        var_names(node['declaration'], out)


def lexical_names(statements, out):
    """The names the statements of one block declare directly (let, const, class,
    function, enum, namespace, import alias)."""
    for s in statements:
        t = s['type']
        if t == 'ExportNamedDeclaration' and s.get('declaration'):
            s = s['declaration']
            t = s['type']
        if t == 'VariableDeclaration':
            if s['kind'] != 'var' and not s.get('declare'):
                for d in s['declarations']:
                    binding_names(d['id'], out)
        elif t in ('FunctionDeclaration', 'ClassDeclaration', 'TSEnumDeclaration',
                   'TSImportEqualsDeclaration'):
            if s.get('id') is not None and not s.get('declare'):
                out.add(s['id']['name'])
        elif t == 'TSModuleDeclaration' and s['id']['type'] == 'Identifier':
            out.add(s['id']['name'])
        elif t == 'TSModuleDeclaration' and s['id']['type'] == 'TSQualifiedName':
            left = s['id']
            while left['type'] == 'TSQualifiedName':
                left = left['left']
            out.add(left['name'])


def scope_names(params, body):
    """Every name a function's own scope binds: its parameters, its vars, the
    declarations of its body's top level."""
    out = set()
    for p in params:
        binding_names(p, out)
    if body is not None and body['type'] == 'BlockStatement':
        for s in body['body']:
            var_names(s, out)
        lexical_names(body['body'], out)
    return out


def strip_identifier(node):
    """An identifier with only its name and range (and decorators, on a parameter);
    the range of `x?: T` (typescript-estree's) is cut to the name's."""
    annotation = node.pop('typeAnnotation', None)
    optional = node.pop('optional', None)
    if annotation is not None or optional:
        start = node['range'][0]
        node['range'] = [start, start + len(node['name'])]
    if 'decorators' in node and not node['decorators']:
        del node['decorators']


def qualified_to_member(ref):
    """`N.y` (a TSQualifiedName) as a member expression."""
    if ref['type'] == 'TSQualifiedName':
        return member(qualified_to_member(ref['left']), ref['right'], ref['range'])
    return ref

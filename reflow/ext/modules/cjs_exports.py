"""The names a CommonJS module exports, found without running it, so that
`import { x } from 'cjs-package'` links (Node's cjs-module-lexer, whose rules these
are): what the module's source shows it puts on ``exports`` / ``module.exports``, and
the modules whose exports it passes on (its re-exports), which the loader analyses in
turn. Like the lexer this reads the program's shape only: a name that only running the
module would make is not found, and Node fails the same imports.

Detected (anywhere in the file, since the lexer scans tokens, not scopes):
- `exports.x = ...`, `exports['x'] = ...`, `module.exports.x = ...`;
- `Object.defineProperty(exports | module.exports, 'x', ...)`;
- `module.exports = { a, b: c, 'd': e, ...require('./f') }` up to the first property
  of another shape (also inside esbuild's `0 && (module.exports = {...})` hint); as
  in the lexer, names found before a `module.exports = ...` are kept;
- re-exports: `module.exports = require('x')`, `__exportStar(require('x'), exports)`,
  `__export(require('x'))` (TypeScript's helpers, also as `tslib.__exportStar` and
  `(0, tslib.__exportStar)`), and Babel's
  `var _x = require('x'); Object.keys(_x).forEach(function (k) { ... exports[k] ... })`.
"""
from reflow.parser import JSSyntaxError, parse

_EXPORT_STAR_HELPERS = ('__exportStar', '__export')


class CjsExports:
    """What the analysis found: ``names`` (in source order, no duplicates),
    ``reexports`` (the specifiers of the modules whose exports are passed on) and
    ``requires`` (every `require('literal')`: the module's static dependencies)."""
    __slots__ = ('names', 'reexports', 'requires')

    def __init__(self):
        self.names = []
        self.reexports = []
        self.requires = set()

    def add(self, name):
        if name not in self.names:
            self.names.append(name)

    def add_reexport(self, specifier):
        if specifier not in self.reexports:
            self.reexports.append(specifier)


def analyze(source, filename='<input>', program=None):
    """The CjsExports of the CommonJS ``source`` (an unparsable one has none: running
    it reports the SyntaxError)."""
    found = CjsExports()
    if program is None:
        try:
            program = parse(source, 'script', filename, range=False,
                            allow_return_outside_function=True)
        except JSSyntaxError:
            return found
    requires = {}    # var name -> the specifier of the require() it holds
    stack = [program]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
            continue
        if not isinstance(node, dict):
            continue
        kind = node.get('type')
        if kind == 'AssignmentExpression' and node['operator'] == '=':
            _assignment(node, found)
        elif kind == 'CallExpression':
            spec = _required(node)
            if spec is not None:
                found.requires.add(spec)
            _call(node, found, requires)
        elif kind == 'VariableDeclarator':
            spec = _required(node.get('init'))
            if spec is not None and node['id']['type'] == 'Identifier':
                requires[node['id']['name']] = spec
        # children in source order: the stack is popped from its end
        stack.extend(reversed([child for child in node.values()
                               if isinstance(child, (dict, list))]))
    return found


def _is_exports(node):
    """`exports` or `module.exports`."""
    return _is_ident(node, 'exports') or _is_module_exports(node)


def _is_module_exports(node):
    return node.get('type') == 'MemberExpression' and _is_ident(node['object'], 'module') \
        and _property_name(node) == 'exports'


def _is_ident(node, name):
    return node is not None and node.get('type') == 'Identifier' and node['name'] == name


def _property_name(member):
    """The name `a.x` or `a['x']` reads, or None for a computed one."""
    prop = member['property']
    if not member['computed'] and prop['type'] == 'Identifier':
        return prop['name']
    if member['computed'] and prop['type'] == 'Literal' and isinstance(prop['value'], str):
        return prop['value']
    return None


def _string(node):
    if node is not None and node.get('type') == 'Literal' and isinstance(node['value'], str):
        return node['value']
    if node is not None and node.get('type') == 'TemplateLiteral' and not node['expressions']:
        return node['quasis'][0]['value']['cooked']
    return None


def _required(node):
    """The specifier of `require('x')` (also wrapped in Babel's interop helpers), or
    None."""
    while node is not None and node.get('type') == 'CallExpression' and \
            node['callee'].get('type') == 'Identifier' and \
            node['callee']['name'] in ('_interopRequireWildcard', '__importStar',
                                       '_interopRequireDefault', '__toESM') and \
            node['arguments']:
        node = node['arguments'][0]
    if node is not None and node.get('type') == 'CallExpression' and \
            _is_ident(node['callee'], 'require') and len(node['arguments']) == 1:
        return _string(node['arguments'][0])
    return None


def _assignment(node, found):
    target = node['left']
    if target.get('type') != 'MemberExpression':
        return
    if _is_exports(target['object']):
        name = _property_name(target)
        if name is not None:
            found.add(name)
        return
    if not _is_module_exports(target):
        return
    value = node['right']
    spec = _required(value)
    if spec is not None:
        found.add_reexport(spec)
        return
    if value.get('type') != 'ObjectExpression':
        return
    # the lexer reads `{ a, b: c, 'd': e, ...require('f') }` up to the first property
    # of another shape (a value that is not an identifier, a method, a getter)
    for prop in value['properties']:
        if prop['type'] == 'SpreadElement':
            spec = _required(prop['argument'])
            if spec is None:
                return
            found.add_reexport(spec)
            continue
        key = prop['key']
        name = None if prop['computed'] or prop['kind'] != 'init' or prop['method'] \
            else key['name'] if key['type'] == 'Identifier' else _string(key)
        if name is None or prop['value'].get('type') != 'Identifier':
            return
        found.add(name)


def _callee_name(callee):
    """`f`, `a.f` and `(0, a.f)`: the name f."""
    if callee.get('type') == 'SequenceExpression':
        callee = callee['expressions'][-1]
    if callee.get('type') == 'Identifier':
        return callee['name']
    if callee.get('type') == 'MemberExpression':
        return _property_name(callee)
    return None


def _call(node, found, requires):
    callee = node['callee']
    args = node['arguments']
    name = _callee_name(callee)
    if name == 'defineProperty' and callee.get('type') == 'MemberExpression' and \
            _is_ident(callee['object'], 'Object') and len(args) >= 2 and \
            _is_exports(args[0]):
        key = _string(args[1])
        if key is not None:
            found.add(key)
        return
    if name in _EXPORT_STAR_HELPERS and args:
        spec = _required(args[0])
        if spec is not None and (len(args) == 1 or _is_exports(args[1])):
            found.add_reexport(spec)
        return
    # Object.keys(_x).forEach(function (key) { ... exports[key] = _x[key] ... })
    if name == 'forEach' and callee.get('type') == 'MemberExpression':
        keys = callee['object']
        if keys.get('type') == 'CallExpression' and \
                _callee_name(keys['callee']) == 'keys' and len(keys['arguments']) == 1 and \
                keys['arguments'][0].get('type') == 'Identifier':
            spec = requires.get(keys['arguments'][0]['name'])
            if spec is not None and args and _writes_exports(args[0]):
                found.add_reexport(spec)


def _writes_exports(fn):
    """Whether the callback assigns `exports[k]` or defines a property on exports."""
    stack = [fn]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        if node.get('type') == 'AssignmentExpression' and \
                node['left'].get('type') == 'MemberExpression' and \
                node['left']['computed'] and _is_exports(node['left']['object']):
            return True
        if node.get('type') == 'CallExpression' and node['arguments'] and \
                _callee_name(node['callee']) == 'defineProperty' and \
                _is_exports(node['arguments'][0]):
            return True
        stack.extend(v for k, v in node.items() if isinstance(v, (dict, list)))
    return False


__all__ = ['CjsExports', 'analyze']

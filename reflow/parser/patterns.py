"""Binding and assignment patterns (parser mixin).

14.3.3 Destructuring Binding Patterns, 13.15.5 Destructuring Assignment, and the
conversion of a parsed expression into an assignment target (13.15.1 Early Errors:
AssignmentTargetType) or into arrow parameters (15.3).
"""
from .scope import BIND_NONE, BIND_LEXICAL, BIND_OUTSIDE, BIND_VAR, ScopeMixin


class DestructuringErrors:
    """Positions of constructs valid only if the expression becomes a pattern, or only
    if it does not (acorn's refDestructuringErrors), for the cover grammars of 13.2."""
    __slots__ = ('shorthand_assign', 'trailing_comma', 'parenthesized_assign',
                 'parenthesized_bind', 'double_proto')

    def __init__(self):
        self.shorthand_assign = -1
        self.trailing_comma = -1
        self.parenthesized_assign = -1
        self.parenthesized_bind = -1
        self.double_proto = -1


class PatternMixin(ScopeMixin):

    # 14.3.3 BindingPattern / BindingIdentifier
    def parse_binding_atom(self):
        t = self.type
        if t == '[' or t == '{':
            self.enter_depth()
            try:
                return self._parse_binding_pattern(t)
            finally:
                self.depth -= 1
        return self.parse_identifier()

    def _parse_binding_pattern(self, t):
        if t == '[':
            start = self.start
            self.next()
            elems = self.parse_binding_list(']', allow_empty=True)
            return self.finish({'type': 'ArrayPattern', 'elements': elems}, start)
        return self.parse_object_like(True, None)

    def parse_binding_list(self, close, allow_empty):
        """Elements up to ``close`` (consumed): with holes for arrays, rest last."""
        elems = []
        first = True
        while self.type != close:
            if not first:
                self.expect(',')
            first = False
            if allow_empty and self.type == ',':
                elems.append(None)
                continue
            if self.type == close:
                break
            if self.type == '...':
                start = self.start
                self.next()
                arg = self.parse_binding_atom()
                elems.append(self.finish({'type': 'RestElement', 'argument': arg}, start))
                if self.type == ',':
                    raise self.error('Comma is not permitted after the rest element'
                                     if close == ']' else
                                     'Rest parameter must be last formal parameter')
                if self.type == '=':
                    raise self.error('Rest parameter may not have a default initializer'
                                     if close == ')' else 'Invalid destructuring assignment '
                                     'target')
                if self.type != close:
                    raise self.unexpected()
                break
            elems.append(self.parse_maybe_default(self.start))
        self.next()
        return elems

    def parse_maybe_default(self, start, left=None):
        if left is None:
            left = self.parse_binding_atom()
        if self.type != '=':
            return left
        self.next()
        right = self.parse_maybe_assign()
        return self.finish({'type': 'AssignmentPattern', 'left': left, 'right': right}, start)

    # 13.15.5.1 / 15.3: expression -> pattern
    def to_assignable(self, node, is_binding, refs=None):
        t = node['type']
        paren = id(node) in self.parenthesized
        # 13.15.1: a parenthesized target must be a simple one (not a pattern, not a
        # binding, not an assignment)
        if paren and (is_binding or (t != 'Identifier' and t != 'MemberExpression')):
            raise self.error('Invalid destructuring assignment target' if t != 'ChainExpression'
                             else 'Invalid left-hand side in assignment', self.node_start(node))
        if t == 'Identifier':
            if self.in_async and node['name'] == 'await':
                raise self.error("Cannot use 'await' as identifier inside an async function",
                                 self.node_start(node))
            return node
        if t in ('ObjectPattern', 'ArrayPattern', 'AssignmentPattern', 'RestElement'):
            return node
        if t == 'MemberExpression':
            if is_binding:
                raise self.error('Invalid destructuring assignment target',
                                 self.node_start(node))
            return node
        if t == 'ObjectExpression':
            if refs is not None:
                self.check_pattern_errors(refs, True)
            node['type'] = 'ObjectPattern'
            props = node['properties']
            for i, prop in enumerate(props):
                if prop['type'] == 'SpreadElement':
                    arg = prop['argument']
                    if arg['type'] not in ('Identifier', 'MemberExpression') or \
                            (is_binding and arg['type'] != 'Identifier'):
                        raise self.error('`...` must be followed by an assignable reference '
                                         'in assignment contexts', self.node_start(arg))
                    if i != len(props) - 1:
                        raise self.error('Rest element must be last element',
                                         self.node_start(prop))
                    self._to_rest(prop, is_binding)
                    continue
                if prop['kind'] != 'init' or prop['method']:
                    raise self.error('Invalid destructuring assignment target',
                                     self.node_start(prop['key']))
                prop['value'] = self.to_assignable(prop['value'], is_binding)
            return node
        if t == 'ArrayExpression':
            if refs is not None:
                self.check_pattern_errors(refs, True)
            node['type'] = 'ArrayPattern'
            self.to_assignable_list(node['elements'], is_binding)
            return node
        if t == 'SpreadElement':
            return self._to_rest(node, is_binding)
        if t == 'AssignmentExpression':
            if node['operator'] != '=':
                raise self.error("Only '=' operator can be used for specifying default value.",
                                 self.node_start(node['left']))
            node['type'] = 'AssignmentPattern'
            del node['operator']
            node['left'] = self.to_assignable(node['left'], is_binding)
            return node
        if t == 'ChainExpression':
            raise self.error('Invalid left-hand side in assignment', self.node_start(node))
        raise self.error('Invalid destructuring assignment target' if is_binding or
                         t not in ('CallExpression',) else
                         'Invalid left-hand side in assignment', self.node_start(node))

    def _to_rest(self, node, is_binding):
        node['type'] = 'RestElement'
        arg = self.to_assignable(node['argument'], is_binding)
        if arg['type'] == 'AssignmentPattern':
            raise self.error('Rest elements cannot have a default value',
                             self.node_start(arg))
        node['argument'] = arg
        return node

    def to_assignable_list(self, items, is_binding):
        n = len(items)
        for i in range(n):
            item = items[i]
            if item is None:
                continue
            if item['type'] in ('SpreadElement', 'RestElement'):
                if i != n - 1:
                    raise self.error('Rest element must be last element',
                                     self.node_start(item))
                if is_binding and item['type'] == 'SpreadElement' and \
                        item['argument']['type'] not in ('Identifier', 'ArrayExpression',
                                                          'ObjectExpression'):
                    raise self.unexpected(self.node_start(item['argument']))
            items[i] = self.to_assignable(item, is_binding)
        return items

    # 13.15.1 / 8.6.1 checks on targets and declarations
    def check_lval_simple(self, expr, binding, update=False):
        t = expr['type']
        if t == 'Identifier':
            name = expr['name']
            if self.strict and (name == 'eval' or name == 'arguments'):
                raise self.error('Unexpected eval or arguments in strict mode',
                                 self.node_start(expr))
            if binding != BIND_NONE:
                if binding == BIND_LEXICAL and name == 'let':
                    raise self.error('let is disallowed as a lexically bound name',
                                     self.node_start(expr))
                if binding != BIND_OUTSIDE:
                    self.declare_name(name, binding, self.node_start(expr))
            return
        if t == 'MemberExpression':
            if binding != BIND_NONE:
                raise self.error('Binding member expression', self.node_start(expr))
            return
        if update:
            raise self.error('Invalid left-hand side expression in update operation',
                             self.node_start(expr))
        raise self.error('Invalid left-hand side in assignment' if binding == BIND_NONE else
                         'Binding pattern expected', self.node_start(expr))

    def check_lval_pattern(self, expr, binding):
        t = expr['type']
        if t == 'ObjectPattern':
            for prop in expr['properties']:
                if prop['type'] == 'Property':
                    self.check_lval_pattern(prop['value'], binding)
                else:
                    self.check_lval_pattern(prop, binding)
        elif t == 'ArrayPattern':
            for elem in expr['elements']:
                if elem is not None:
                    self.check_lval_pattern(elem, binding)
        elif t == 'AssignmentPattern':
            self.check_lval_pattern(expr['left'], binding)
        elif t == 'RestElement':
            self.check_lval_pattern(expr['argument'], binding)
        else:
            if binding == BIND_NONE and id(expr) in self.parenthesized and \
                    t not in ('Identifier', 'MemberExpression'):
                raise self.error('Invalid left-hand side in assignment',
                                 self.node_start(expr))
            self.check_lval_simple(expr, binding)

    def bound_names(self, pattern):
        """8.2.1 BoundNames, as (name, position) pairs."""
        out = []
        stack = [pattern]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            t = node['type']
            if t == 'Identifier':
                out.append((node['name'], self.node_start(node)))
            elif t == 'ObjectPattern':
                for prop in node['properties']:
                    stack.append(prop['value'] if prop['type'] == 'Property' else prop)
            elif t == 'ArrayPattern':
                stack.extend(node['elements'])
            elif t == 'AssignmentPattern':
                stack.append(node['left'])
            elif t == 'RestElement':
                stack.append(node['argument'])
        return out

    def declare_params(self, params, allow_duplicates):
        """Declare formal parameters in the function scope (15.1.1 duplicate rule)."""
        seen = set()
        for param in params:
            for name, pos in self.bound_names(param):
                if self.strict and (name == 'eval' or name == 'arguments'):
                    raise self.error('Unexpected eval or arguments in strict mode', pos)
                if self.strict and name in _STRICT_PARAM_RESERVED:
                    raise self.error('Unexpected strict mode reserved word', pos)
                if name in seen:
                    if not allow_duplicates:
                        raise self.error('Duplicate parameter name not allowed in this '
                                         'context', pos)
                    continue
                seen.add(name)
                self.declare_name(name, BIND_VAR, pos)


_STRICT_PARAM_RESERVED = frozenset(('implements', 'interface', 'let', 'package', 'private',
                                    'protected', 'public', 'static', 'yield'))

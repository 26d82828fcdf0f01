"""Chains of the compiler (a mixin of ``Compiler``): 13.3 member and call chains
(a.b[c].d(), f()()...) and trees of 13.6-13.13 binary and logical operators (and
conditions made of && || !). They are compiled in loops, link by link or from a work list,
not by recursion on their length: a + b + ... or o.a.a... may be any length."""
from .code import Label
from .expressions import _BINARY
from .opcodes import NUMBER

O = NUMBER
# a && b keeps a and skips b if a is falsy, a || b if a is truthy, a ?? b unless nullish
_LOGICAL_JUMP = {'&&': O['JUMP_IF_FALSE_KEEP'], '||': O['JUMP_IF_TRUE_KEEP'],
                 '??': O['JUMP_IF_NOT_NULLISH_KEEP']}


class ChainCompiler:

    def condition(self, node, label, jump_if):
        """Jump to ``label`` if ToBoolean(node) is ``jump_if``; short-circuits && || !.
        A work list, not recursion: a && b && ... may be any length."""
        asm = self.asm
        todo = [(node, label, jump_if)]   # (node, label, jump_if), or a Label to place
        while todo:
            item = todo.pop()
            if type(item) is Label:
                asm.place(item)
                continue
            node, label, jump_if = item
            t = node['type']
            if t == 'UnaryExpression' and node['operator'] == '!':
                todo.append((node['argument'], label, not jump_if))
            elif t == 'LogicalExpression' and node['operator'] != '??':
                is_and = node['operator'] == '&&'
                if is_and != jump_if:
                    # (a && b) false -> a false or b false; (a || b) true -> a or b true
                    todo.append((node['right'], label, jump_if))
                    todo.append((node['left'], label, jump_if))
                else:
                    skip = Label()
                    todo.append(skip)
                    todo.append((node['right'], label, jump_if))
                    todo.append((node['left'], skip, not jump_if))
            else:
                self.expression(node)
                asm.emit_jump(O['JUMP_IF_TRUE'] if jump_if else O['JUMP_IF_FALSE'], label)

    # 13.3.2 Property Accessors, 13.3.6 Function Calls: a chain of them (a.b[c].d(),
    # f()()...) is compiled in a loop over its links, innermost first, not by recursion
    # on its length
    def expr_MemberExpression(self, node):
        links = []
        while True:
            kind = _chain_link(node)
            if kind is None:
                break
            links.append((kind, node))
            node = node['object'] if kind == 'member' else node['callee']['object'] \
                if kind == 'method' else node['callee']
        # the innermost part: not a link itself
        t = node['type']
        if t == 'MemberExpression':      # super.x
            self.super_property(node)
        elif t == 'CallExpression':      # super(), eval(), f(), (a?.b)(), super.m()
            self.call_alone(node)
        else:
            self.expression(node)
        asm = self.asm
        for kind, node in reversed(links):
            if kind == 'member':
                if node.get('optional'):
                    asm.emit_jump(O['JUMP_IF_NULLISH'], self.chain_end)
                self.member_rest(node)
            elif kind == 'method':
                self.method_call(node)
            else:
                asm.emit(O['PUSH_UNDEFINED'])
                self.call_arguments(node)

    expr_CallExpression = expr_MemberExpression

    def member_rest(self, node):
        """obj on the stack -> obj[key]."""
        asm = self.asm
        prop = node['property']
        if node['computed']:
            self.expression(prop)
            asm.emit(O['GET_ELEM'])
        elif prop['type'] == 'PrivateIdentifier':
            self.private_get(prop)
        else:
            asm.emit(O['GET_PROP'], asm.name(prop['name']))

    def expr_ChainExpression(self, node):
        saved = getattr(self, 'chain_end', None)
        self.chain_end = Label()
        self.expression(node['expression'])
        self.asm.place(self.chain_end)
        self.chain_end = saved

    # 13.3.6 Function Calls
    def callee_and_this(self, callee):
        """Push the function and the this value for a call of ``callee``."""
        asm = self.asm
        t = callee['type']
        if t == 'MemberExpression':
            obj = callee['object']
            if obj['type'] == 'Super':
                self.super_property(callee)
                self.load_special('%this')
                return
            self.expression(obj)
            if callee.get('optional'):
                asm.emit_jump(O['JUMP_IF_NULLISH'], self.chain_end)
            asm.emit(O['DUP'])
            self.member_rest(callee)
            asm.emit(O['SWAP'])
            return
        if t == 'ChainExpression':
            # (a?.b)() : the chain's value is the function, this is undefined... but a
            # chain ending in a member keeps its object as this
            inner = callee['expression']
            saved = getattr(self, 'chain_end', None)
            self.chain_end = Label()
            end = Label()
            if inner['type'] == 'MemberExpression':
                self.callee_and_this(inner)
                asm.emit_jump(O['JUMP'], end)
                asm.place(self.chain_end)
                asm.emit(O['PUSH_UNDEFINED'])
                asm.place(end)
            else:
                self.expression(inner)
                asm.place(self.chain_end)
                asm.emit(O['PUSH_UNDEFINED'])
            self.chain_end = saved
            return
        if t == 'Identifier':
            b, free = self.lookup(callee['name'])
            envs = self.last_envs
            if envs is not None:
                # 9.1.1.2.10 WithBaseObject: a function found on a `with` object is
                # called with the object as this
                end = Label()
                self.dynamic_checks(envs, callee['name'], 'DYN_GET_CALL', end)
                self.load_resolved(callee['name'], b, free)
                asm.emit(O['PUSH_UNDEFINED'])
                asm.place(end)
                return
        self.expression(callee)
        asm.emit(O['PUSH_UNDEFINED'])

    def call_alone(self, node):
        """A call whose callee is not a link of a chain (see _chain_link)."""
        callee = node['callee']
        if callee['type'] == 'Super':
            return self.super_call(node)
        if callee['type'] == 'Identifier' and callee['name'] == 'eval' and \
                not node.get('optional'):
            self.direct_eval(node)
            return
        self.callee_and_this(callee)
        self.call_arguments(node)

    def method_call(self, node):
        """obj on the stack -> the result of obj.m(...args) (the callee is obj's member)."""
        asm = self.asm
        callee = node['callee']
        args = node['arguments']
        if not callee['computed'] and callee['property']['type'] == 'Identifier' and \
                not callee.get('optional') and not node.get('optional') and \
                not any(a['type'] == 'SpreadElement' for a in args):
            for a in args:
                self.expression(a)
            asm.pos(callee['property']['range'][0])   # where stack traces point
            asm.emit(O['CALL_METHOD'], asm.name(callee['property']['name']), len(args))
            asm.adjust(-(len(args) + 1))
            return
        if callee.get('optional'):
            asm.emit_jump(O['JUMP_IF_NULLISH'], self.chain_end)
        asm.emit(O['DUP'])
        self.member_rest(callee)
        asm.emit(O['SWAP'])
        self.call_arguments(node)

    def call_arguments(self, node):
        """func this on the stack -> the result of the call with node's arguments."""
        asm = self.asm
        callee = node['callee']
        args = node['arguments']
        spread = any(a['type'] == 'SpreadElement' for a in args)
        if node.get('optional'):
            asm.emit_jump(O['JUMP_IF_NULLISH_2'], self.chain_end)
        at = callee['property']['range'][0] if callee['type'] == 'MemberExpression' and \
            not callee['computed'] else callee['range'][0]
        if spread:
            self.arguments_array(args)
            asm.pos(at)
            asm.emit(O['CALL_SPREAD'])
            return
        for a in args:
            self.expression(a)
        asm.pos(at)
        asm.emit(O['CALL'], len(args))
        asm.adjust(-(len(args) + 2))

    def arguments_array(self, args):
        asm = self.asm
        asm.emit(O['NEW_ARRAY'], 0)
        for a in args:
            if a['type'] == 'SpreadElement':
                self.expression(a['argument'])
                asm.emit(O['ARRAY_SPREAD'])
            else:
                self.expression(a)
                asm.emit(O['ARRAY_APPEND'])

    # 13.6-13.11 binary operators, 13.13 binary logical operators: a tree of them is
    # compiled from a work list, not by recursion, so that a + b + ... (or a && b && ...,
    # or a ** b ** ...) may be any length
    def expr_BinaryExpression(self, node):
        asm = self.asm
        # a node to compile, or an action: (opcode,), (jump opcode, Label), (Label,),
        # ('in', PrivateIdentifier)
        todo = [node]
        while todo:
            item = todo.pop()
            if type(item) is tuple:
                if len(item) == 2 and type(item[1]) is Label:
                    asm.emit_jump(item[0], item[1])
                elif type(item[0]) is Label:
                    asm.place(item[0])
                elif item[0] == 'in':
                    self.private_in(item[1])
                else:
                    asm.emit(item[0])
                continue
            t = item['type']
            if t == 'BinaryExpression':
                left = item['left']
                if left['type'] == 'PrivateIdentifier':   # #x in obj
                    todo.append(('in', left))
                    todo.append(item['right'])
                else:
                    todo.append((_BINARY[item['operator']],))
                    todo.append(item['right'])
                    todo.append(left)
            elif t == 'LogicalExpression':
                end = Label()
                todo.append((end,))
                todo.append(item['right'])
                todo.append((_LOGICAL_JUMP[item['operator']], end))
                todo.append(item['left'])
            else:
                self.expression(item)

    expr_LogicalExpression = expr_BinaryExpression


def _chain_link(node):
    """How ``node`` continues the chain below it: 'member' (obj.x, obj[k], obj.#x of
    node['object']), 'method' (a call of a member of node['callee']['object']), 'call'
    (a call of the value of node['callee'], with this undefined), or None when it does not
    (super.x, super(), a direct eval, calls of names and of parenthesized chains, whose
    this value depends on more than a value below them)."""
    t = node['type']
    if t == 'MemberExpression':
        return 'member' if node['object']['type'] != 'Super' else None
    if t != 'CallExpression':
        return None
    callee = node['callee']
    ct = callee['type']
    if ct == 'MemberExpression':
        return 'method' if callee['object']['type'] != 'Super' else None
    if ct in ('Super', 'Identifier', 'ChainExpression'):
        return None
    return 'call'

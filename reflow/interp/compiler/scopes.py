"""Scopes and bindings of the compiler (one pass, with back-patching).

The compiler creates a Scope for every function, block, catch clause and class and
declares each scope's bindings when it enters it, before compiling its body (hoisting:
10.2.11 FunctionDeclarationInstantiation, 14.2.3 BlockDeclarationInstantiation); an
identifier then resolves to a Binding, or to None (a global or dynamic lookup). A
binding used from an inner function becomes ``captured``; when its function is done,
the instructions that used it as a register are patched to use a Cell instead.

`this`, `new.target`, `arguments` and the home object are bindings too (named '%this',
'%newtarget', 'arguments', '%home', '%func') declared on non-arrow functions, so arrow
functions capture them like any variable.
"""

FUNCTION_TYPES = ('FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression')


class Binding:
    __slots__ = ('name', 'kind', 'scope', 'captured', 'slot', 'annex_b_var', 'uses')

    def __init__(self, name, kind, scope, slot):
        self.name = name
        self.kind = kind   # var let const class function param catch callee arguments special
        self.scope = scope
        self.captured = False
        self.slot = slot
        self.annex_b_var = None   # B.3.2.1: the var a block function is copied to
        self.uses = []            # pcs of register instructions to patch if captured

    @property
    def is_lexical(self):
        return self.kind in ('let', 'const', 'class')

    def __repr__(self):
        return '<%s %s%s>' % (self.kind, self.name, ' captured' if self.captured else '')


class Scope:
    __slots__ = ('kind', 'parent', 'func', 'bindings', 'node', 'dynamic')

    def __init__(self, kind, parent, func, node):
        # function, body (the var scope of a function with parameter expressions), block,
        # catch, class, script, module, with; eval (sloppy eval code,
        # whose vars belong to the caller); arrowfn (an arrow's scope seen from eval)
        self.kind = kind
        self.parent = parent
        self.func = func
        self.bindings = {}
        self.node = node
        # (binding of an object, kind): names not bound below are looked up in the
        # object first: kind 0 a `with` object, 1 the var object of sloppy direct eval
        self.dynamic = None


class FuncInfo:
    """The compiler's state for one function (or script/module) being compiled."""
    __slots__ = ('node', 'parent', 'scope', 'is_arrow', 'strict', 'kind', 'bindings',
                 'free', 'has_direct_eval', 'uses_arguments', 'is_method', 'is_derived_ctor',
                 'is_class_ctor', 'class_node', 'asm', 'nregs', 'exits', 'labels',
                 'code_obj', 'temps', 'live_temps', 'temp_regs', 'free_from', 'in_params', 'in_field')

    def __init__(self, node, parent, kind, strict):
        self.node = node
        self.parent = parent
        self.kind = kind   # function, arrow, script, module, method, field-init
        self.is_arrow = kind == 'arrow'
        self.strict = strict
        self.scope = None
        self.bindings = []        # every binding declared in this function, in order
        self.free = {}            # Binding -> closure index (captured from outside)
        self.has_direct_eval = False
        self.uses_arguments = False
        self.is_method = False
        self.is_derived_ctor = False
        self.is_class_ctor = False
        self.class_node = None
        self.asm = None
        self.nregs = 0
        self.exits = []           # unwinding actions for break/continue/return
        self.labels = []          # (label names, break Label, continue Label, exits depth)
        self.code_obj = None
        self.temps = []           # freed temporary registers, to be reused by temporaries
        self.live_temps = set()   # temporary registers handed out and not freed yet
        self.temp_regs = set()    # every register used as a temporary
        self.free_from = []       # closure cells: (from the parent's closure?, index)
        self.in_params = False    # compiling the parameter list's initializers
        self.in_field = False     # compiling a class field's initializer expression

    # Registers are of two kinds, never both: a binding's slot, which may become a Cell
    # made at frame entry (end_function), is never reused; a temporary is recycled only
    # as a temporary once freed.  A freed temporary handed to a binding would let the
    # temporary's earlier writes overwrite that Cell.
    def new_reg(self):
        """A temporary register, to be given back with free_reg."""
        if self.temps:
            r = self.temps.pop()
        else:
            r = self._fresh_reg()
            self.temp_regs.add(r)
        self.live_temps.add(r)
        return r

    def free_reg(self, r):
        if r not in self.live_temps:
            raise AssertionError('register %d freed but not a live temporary' % r)
        self.live_temps.discard(r)
        self.temps.append(r)

    def binding_slot(self):
        """A fresh register for a binding."""
        return self._fresh_reg()

    def _fresh_reg(self):
        r = self.nregs
        self.nregs += 1
        return r


def var_declared_names(statements, out, functions_too):
    """8.2.6 VarDeclaredNames of a statement list, not entering functions; with
    ``functions_too`` the top-level function declarations are included."""
    stack = list(reversed(statements))
    while stack:
        node = stack.pop()
        if node is None:
            continue
        t = node['type']
        if t == 'VariableDeclaration':
            if node['kind'] == 'var':
                for d in node['declarations']:
                    out.extend(pattern_names(d['id']))
        elif t in ('IfStatement',):
            stack.append(node['alternate'])
            stack.append(node['consequent'])
        elif t in ('ForStatement',):
            stack.append(node['body'])
            stack.append(node['init'])
        elif t in ('ForInStatement', 'ForOfStatement'):
            stack.append(node['body'])
            stack.append(node['left'])
        elif t in ('WhileStatement', 'DoWhileStatement', 'LabeledStatement', 'WithStatement'):
            stack.append(node['body'])
        elif t == 'BlockStatement':
            stack.extend(reversed(node['body']))
        elif t == 'TryStatement':
            stack.append(node['finalizer'])
            if node['handler'] is not None:
                stack.append(node['handler']['body'])
            stack.append(node['block'])
        elif t == 'SwitchStatement':
            for case in reversed(node['cases']):
                stack.extend(reversed(case['consequent']))
        elif t == 'ExportNamedDeclaration' and node['declaration'] is not None:
            stack.append(node['declaration'])
        elif t == 'FunctionDeclaration' and functions_too:
            pass
    return out


def pattern_names(pattern):
    """8.2.1 BoundNames of a binding pattern."""
    out = []
    stack = [pattern]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        t = node['type']
        if t == 'Identifier':
            out.append(node['name'])
        elif t == 'ObjectPattern':
            for p in reversed(node['properties']):
                stack.append(p['value'] if p['type'] == 'Property' else p['argument'])
        elif t == 'ArrayPattern':
            stack.extend(reversed(node['elements']))
        elif t == 'AssignmentPattern':
            stack.append(node['left'])
        elif t == 'RestElement':
            stack.append(node['argument'])
    return out


def lexical_names(statements):
    """The let, const and class names a statement list declares (its own, not nested)."""
    out = []
    for s in statements:
        if s is None:
            continue
        if s['type'] == 'VariableDeclaration' and s['kind'] != 'var':
            for d in s['declarations']:
                out.extend(pattern_names(d['id']))
        elif s['type'] == 'ClassDeclaration':
            out.append(s['id']['name'])
    return out


def annex_b_function_names(statements, blocked):
    """B.3.2.1 / B.3.2.2 / B.3.2.3: the names of the plain function declarations nested
    in blocks of a sloppy statement list (not entering functions) that also get a var
    binding at instantiation: those whose var would cross no let, const, class, catch
    parameter pattern or block function of the same name in an enclosing block, nor one
    of ``blocked`` (the list's own lexical names)."""
    out = []
    stack = [(s, frozenset(blocked), False) for s in reversed(statements)]
    while stack:
        node, blocked, in_block = stack.pop()
        if node is None:
            continue
        t = node['type']
        if t == 'FunctionDeclaration':
            name = node['id']['name']
            if in_block and not node.get('generator') and not node.get('async') and \
                    name not in blocked and name not in out:
                out.append(name)
        elif t == 'BlockStatement' or t == 'SwitchStatement':
            body = node['body'] if t == 'BlockStatement' else \
                [s for case in node['cases'] for s in case['consequent']]
            # the block's own functions; its nested blocks' would cross them too
            own = blocked | frozenset(lexical_names(body))
            nested = own | frozenset(s['id']['name'] for s in body
                                     if s['type'] == 'FunctionDeclaration')
            stack.extend((s, own if s['type'] == 'FunctionDeclaration' else nested, True)
                         for s in reversed(body))
        elif t == 'IfStatement':   # B.3.3 `if (x) function f() {}` is in a block of its own
            stack.append((node['alternate'], blocked, True))
            stack.append((node['consequent'], blocked, True))
        elif t in ('ForStatement', 'ForInStatement', 'ForOfStatement'):
            head = node['init'] if t == 'ForStatement' else node['left']
            if head is not None and head['type'] == 'VariableDeclaration':
                blocked = blocked | frozenset(lexical_names([head]))
            stack.append((node['body'], blocked, in_block))
        elif t in ('WhileStatement', 'DoWhileStatement', 'LabeledStatement', 'WithStatement'):
            stack.append((node['body'], blocked, in_block))
        elif t == 'TryStatement':
            stack.append((node['finalizer'], blocked, in_block))
            h = node['handler']
            if h is not None:
                # B.3.4: a catch parameter that is an identifier is no obstacle
                param = h['param']
                if param is not None and param['type'] != 'Identifier':
                    blocked = blocked | frozenset(pattern_names(param))
                stack.append((h['body'], blocked, in_block))
            stack.append((node['block'], blocked, in_block))
    return out

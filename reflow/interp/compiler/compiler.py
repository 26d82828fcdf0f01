"""The compiler: ESTree -> CodeObject, in one pass with back-patching.

This module holds the driver, scope handling, variable access and the statements (14);
expressions are in expressions.py (member and call chains and operator trees in
chains.py), patterns in patterns.py, functions and classes in functions.py, try
statements in try_statement.py, `with` and eval in dynamic_scopes.py, module code in
modules.py (mixins of ``Compiler``).
"""
from reflow.parser import parse, JSSyntaxError
from .code import (ASYNC, Assembler, CHECK_REGISTERS, CodeObject, GENERATOR, Label, SCRIPT,
                   STRICT, check_registers)

ASYNC_GENERATOR = ASYNC | GENERATOR
from .expressions import ExpressionCompiler
from .chains import ChainCompiler
from .depth import deep_recursion_guarded
from .dynamic_scopes import DynamicScopeCompiler
from .functions import FunctionCompiler
from .jsx import JSXCompiler
from .modules import ModuleCompiler
from .patterns import PatternCompiler
from .try_statement import TryCompiler
from .opcodes import NUMBER
from .scopes import (FuncInfo, Scope, annex_b_function_names, var_declared_names,
                     pattern_names)

O = NUMBER   # opcode numbers by name


class CompileError(Exception):
    """A construct the compiler does not support yet (reported as a SyntaxError)."""


class Compiler(ExpressionCompiler, ChainCompiler, PatternCompiler, FunctionCompiler,
               DynamicScopeCompiler, ModuleCompiler, TryCompiler, JSXCompiler):

    def __init__(self, source, filename, jsx=None):
        """``jsx``: how JSX lowers (a JSXOptions, a dict of its fields or a TSOptions;
        None: classic React.createElement unless the file's pragmas say otherwise)."""
        self.source = source
        self.filename = filename
        self.jsx_options = jsx
        self.jsx_settings = None
        self.jsx_kind = 'script'
        self.jsx_source_units = None   # the source as UTF-16 code units (jsxDEV positions)
        self.func = None
        self.scope = None
        self.asm = None
        self.last_envs = None
        self.early_refs = {}   # id(Identifier node) -> register (resolve_early)
        self.eval_annex_b_names = ()   # B.3.2.3: of the eval code being compiled
        self.script_lexical_names = ()   # B.3.2.2: of the script being compiled

    # -- entry points -------------------------------------------------------------------

    @deep_recursion_guarded
    def compile_script(self, program, strict=False):
        """16.1.7 GlobalDeclarationInstantiation is done by the VM from the names the
        script declares (code.consts: see script_declarations)."""
        self.jsx_prepare(program['body'], 'script', program.get('jsxPragmas'))
        func = FuncInfo(program, None, 'script', strict or _has_use_strict(program['body']))
        code = CodeObject('<script>', self.filename, self.source)
        code.flags = SCRIPT | (STRICT if func.strict else 0)
        self.begin_function(func, code, 'script')
        func.free_from = []
        body = program['body']
        # top-level var and function names live on the global object; lexical ones in
        # the global declarative record: both are looked up by name
        var_names = var_declared_names(body, [], False)
        funcs = [s for s in body if s['type'] == 'FunctionDeclaration']
        lex = []
        for stmt in body:
            if stmt['type'] == 'VariableDeclaration' and stmt['kind'] != 'var':
                for d in stmt['declarations']:
                    lex.extend((n, stmt['kind'] == 'const') for n in pattern_names(d['id']))
            elif stmt['type'] == 'ClassDeclaration':
                lex.append((stmt['id']['name'], False))
        self.script_lexical_names = [n for n, _ in lex]
        # B.3.2.2: the block functions that also get a global var binding at instantiation
        annex_b = () if func.strict else tuple(
            n for n in annex_b_function_names(body, self.script_lexical_names)
            if n not in var_names and all(f['id']['name'] != n for f in funcs))
        code.field_inits = (tuple(dict.fromkeys(var_names)),
                            tuple(f['id']['name'] for f in funcs), tuple(lex), annex_b)
        for f in funcs:
            self.compile_function_declaration_value(f)
            self.store_name(f['id']['name'], f['id'], init=True)
        result = func.new_reg()
        self.asm.emit(O['PUSH_UNDEFINED'])
        self.asm.emit(O['STORE_LOCAL'], result)
        self.completion_reg = result
        for stmt in body:
            self.statement(stmt)
        self.asm.emit(O['LOAD_LOCAL'], result)
        self.asm.emit(O['RETURN'])
        return self.end_function()

    # -- function bookkeeping ---------------------------------------------------------

    def begin_function(self, func, code, scope_kind):
        func.parent = self.func
        func.code_obj = code
        func.asm = Assembler()
        self._saved = getattr(self, '_saved', [])
        self._saved.append((self.func, self.scope, self.asm,
                            getattr(self, 'completion_reg', -1)))
        self.func = func
        self.asm = func.asm
        self.scope = Scope(scope_kind, self.scope, func, func.node)
        func.scope = self.scope
        self.completion_reg = -1

    def end_function(self):
        func = self.func
        code = func.code_obj
        asm = self.asm
        # patch register instructions of captured bindings into cell instructions
        cells = []
        for b in func.bindings:
            if b.captured:
                cells.append(b.slot)
                for pc in b.uses:
                    op = asm.code[pc]
                    asm.code[pc] = _TO_CELL_OP[op]
        code.cell_slots = tuple(cells)
        code.nregs = func.nregs
        code.free_from = tuple(func.free_from)
        asm.finish(code)
        if CHECK_REGISTERS:
            check_registers(code, func.temp_regs)
        self.func, self.scope, self.asm, self.completion_reg = self._saved.pop()
        return code

    # -- scopes -----------------------------------------------------------------------

    def push_scope(self, kind, node):
        self.scope = Scope(kind, self.scope, self.func, node)
        return self.scope

    def pop_scope(self):
        self.scope = self.scope.parent

    def declare(self, name, kind, scope=None):
        scope = scope or self.scope
        b = scope.bindings.get(name)
        if b is not None:
            if kind == 'function' and b.kind in ('var', 'function'):
                b.kind = 'function'
            return b
        from .scopes import Binding
        b = Binding(name, kind, scope, scope.func.binding_slot())
        scope.bindings[name] = b
        scope.func.bindings.append(b)
        return b

    def enter_block(self, node, statements):
        """14.2.3 BlockDeclarationInstantiation: let/const/class start uninitialized,
        functions are created at once."""
        scope = self.push_scope('block', node)
        for stmt in statements:
            self.declare_lexical_statement(stmt, scope)
        for b in scope.bindings.values():
            self.reset_binding(b)
        for stmt in statements:
            if stmt['type'] == 'FunctionDeclaration':
                self.compile_function_declaration_value(stmt)
                self.store_binding(scope.bindings[stmt['id']['name']], init=True)
        return scope

    def declare_lexical_statement(self, stmt, scope):
        t = stmt['type']
        if t == 'VariableDeclaration' and stmt['kind'] != 'var':
            for d in stmt['declarations']:
                for name in pattern_names(d['id']):
                    self.declare(name, stmt['kind'], scope)
        elif t == 'ClassDeclaration':
            self.declare(stmt['id']['name'], 'class', scope)
        elif t == 'FunctionDeclaration':
            b = self.declare(stmt['id']['name'], 'function', scope)
            if not stmt.get('generator') and not stmt.get('async'):
                self.annex_b(scope, b)

    def annex_b(self, scope, binding):
        """B.3.2.1: in sloppy code a block function is also var-declared in its function
        (if no lexical declaration of the name is in the way)."""
        if self.func.strict or scope.kind != 'block':
            return
        name = binding.name
        s = scope.parent
        while s is not None and s.func is scope.func and s.kind not in ('function', 'body',
                                                                         'script', 'eval'):
            other = s.bindings.get(name)
            # B.3.4: a catch parameter that is an identifier is no obstacle
            if other is not None and other.kind not in ('var', 'catch'):
                return
            s = s.parent
        if s is None or s.func is not scope.func:
            return
        if s.kind == 'eval':
            # B.3.2.3: the names compile_eval found hoistable go to the eval's variable
            # environment, resolved from the eval's top-level scope
            if name in self.eval_annex_b_names:
                binding.annex_b_var = s
            return
        target = s.bindings.get(name)
        if s.kind == 'script' and target is None:
            if name not in self.script_lexical_names:
                binding.annex_b_var = 'global'
            return
        # B.3.2.1: not a parameter's name, nor `arguments`
        params = s.parent if s.kind == 'body' else s
        if name == 'arguments' or (params.bindings.get(name) is not None and
                                   params.bindings[name].kind == 'param'):
            return
        if target is None:
            target = self.declare(name, 'var', s)
        elif target.kind not in ('var', 'function'):
            return
        binding.annex_b_var = target

    def reset_binding(self, b):
        """At scope entry: a fresh Cell for a captured binding (patched in later), the
        TDZ marker for lexical ones, undefined for vars."""
        asm = self.asm
        if b.kind in ('let', 'const', 'class'):
            b.uses.append(asm.here())
            asm.emit(O['CLEAR_LOCAL'], b.slot)
        else:
            b.uses.append(asm.here())
            asm.emit(O['UNDEF_LOCAL'], b.slot)

    # -- variable access ----------------------------------------------------------------

    def lookup(self, name):
        """Resolve ``name`` from the current scope: (binding, free index) where free
        index >= 0 means through the closure; (None, -1) for a global. The object
        scopes passed on the way (`with`, eval var objects) are left in
        ``self.last_envs`` (None if there were none)."""
        scope = self.scope
        func = self.func
        envs = None
        while scope is not None:
            b = scope.bindings.get(name)
            if b is None and name == 'arguments' and scope.kind == 'function' and \
                    scope.func.kind in ('function', 'method'):
                b = self.make_arguments_binding(scope)
            if b is not None:
                self.last_envs = envs
                if b.scope.func is func:
                    return b, -1
                return b, self.free_index(b)
            if scope.dynamic is not None:
                if envs is None:
                    envs = []
                envs.append(scope.dynamic)
            scope = scope.parent
        self.last_envs = envs
        return None, -1

    def free_index(self, b):
        """The closure index of ``b`` in the current function, threading it through
        every function between its owner and here."""
        b.captured = True
        chain = []
        f = self.func
        while f is not b.scope.func:
            chain.append(f)
            f = f.parent
        index = -1
        for f in reversed(chain):   # outermost first
            idx = f.free.get(b)
            if idx is None:
                idx = len(f.free_from)
                f.free[b] = idx
                if index < 0:
                    f.free_from.append((False, b.slot))
                else:
                    f.free_from.append((True, index))
            index = idx
        return index

    def load_name(self, name, node):
        b, free = self.lookup(name)
        asm = self.asm
        envs = self.last_envs
        if envs is not None:
            end = Label()
            self.dynamic_checks(envs, name, 'DYN_GET', end)
            self.load_resolved(name, b, free)
            asm.place(end)
            return
        self.load_resolved(name, b, free)

    def load_resolved(self, name, b, free):
        asm = self.asm
        if b is None:
            asm.emit(O['LOAD_GLOBAL'], asm.name(name))
            return
        if free >= 0:
            if b.kind in ('let', 'const', 'class'):
                asm.emit(O['LOAD_FREE_CHECK'], free, asm.name(name))
            else:
                asm.emit(O['LOAD_FREE'], free)
            return
        b.uses.append(asm.here())
        if b.kind in ('let', 'const', 'class'):
            asm.emit(O['LOAD_LOCAL_CHECK'], b.slot, asm.name(name))
        else:
            asm.emit(O['LOAD_LOCAL'], b.slot)

    def store_name(self, name, node, init=False):
        """Store the value on top of the stack (popping it) into the variable."""
        if node is not None and self.early_refs:
            reg = self.early_refs.pop(id(node), None)
            if reg is not None:
                self.store_via_reference(node, reg, init)
                return
        b, free = self.lookup(name)
        envs = self.last_envs
        if envs is not None and not init:
            end = Label()
            self.dynamic_checks(envs, name, 'DYN_SET', end)
            self.store_resolved(name, b, free, init)
            self.asm.place(end)
            return
        self.store_resolved(name, b, free, init)

    def store_resolved(self, name, b, free, init):
        asm = self.asm
        if b is None:
            if init:
                asm.emit(O['INIT_GLOBAL'], asm.name(name))
            else:
                asm.emit(O['STORE_GLOBAL'], asm.name(name))
            return
        if not init and b.kind == 'const':
            asm.emit(O['POP'])
            self.check_tdz(b, free)
            asm.emit(O['THROW_ERROR'], 0, asm.name('Assignment to constant variable.'))
            asm.adjust(0)
            return
        if not init and b.kind == 'callee':
            # 10.2.? a named function expression's own name is immutable
            asm.emit(O['POP'])
            if self.func.strict:
                asm.emit(O['THROW_ERROR'], 0, asm.name('Assignment to constant variable.'))
            return
        if not init and b.kind in ('let', 'class'):
            self.check_tdz(b, free)
        if free >= 0:
            asm.emit(O['INIT_FREE'] if init else O['STORE_FREE'], free)
            return
        b.uses.append(asm.here())
        asm.emit(O['STORE_LOCAL'], b.slot)

    def store_binding(self, b, init=False):
        """Store top of stack into a binding of the current function."""
        b.uses.append(self.asm.here())
        self.asm.emit(O['STORE_LOCAL'], b.slot)

    def check_tdz(self, b, free):
        asm = self.asm
        if free >= 0:
            asm.emit(O['CHECK_FREE'], free, asm.name(b.name))
        else:
            b.uses.append(asm.here())
            asm.emit(O['CHECK_LOCAL'], b.slot, asm.name(b.name))

    def typeof_name(self, name, node):
        b, free = self.lookup(name)
        asm = self.asm
        envs = self.last_envs
        found = end = None
        if envs is not None:
            found, end = Label(), Label()
            self.dynamic_checks(envs, name, 'DYN_GET', found)
        if b is None:
            asm.emit(O['TYPEOF_GLOBAL'], asm.name(name))
        else:
            self.load_resolved(name, b, free)
            asm.emit(O['TYPEOF'])
        if envs is not None:
            asm.emit_jump(O['JUMP'], end)
            asm.place(found)
            asm.emit(O['TYPEOF'])
            asm.place(end)

    # -- statements (14) ----------------------------------------------------------------

    def statement(self, node):
        self.asm.pos(node['range'][0])
        getattr(self, 'stmt_' + node['type'])(node)

    def statements(self, body):
        for stmt in body:
            self.statement(stmt)

    def set_completion(self):
        """Store the value on the stack as the script's completion value (eval)."""
        if self.completion_reg >= 0:
            self.asm.emit(O['STORE_LOCAL'], self.completion_reg)
        else:
            self.asm.emit(O['POP'])

    def reset_completion(self):
        """UpdateEmpty(C, undefined) of if, loops, switch and with (14.6.2, 14.7.1.1
        LoopContinues / LoopEvaluation, 14.12.4, 14.11.2): the statement's value is
        undefined unless its body produces one."""
        if self.completion_reg >= 0:
            self.asm.emit(O['PUSH_UNDEFINED'])
            self.asm.emit(O['STORE_LOCAL'], self.completion_reg)

    def stmt_ExpressionStatement(self, node):
        self.expression(node['expression'])
        self.set_completion()

    def stmt_EmptyStatement(self, node):
        pass

    def stmt_DebuggerStatement(self, node):
        pass

    def stmt_BlockStatement(self, node):
        body = node['body']
        if not any(_is_lexical(s) for s in body):
            self.statements(body)
            return
        self.enter_block(node, body)
        self.statements(body)
        self.pop_scope()

    # 14.3.1 / 14.3.2 declarations
    def stmt_VariableDeclaration(self, node):
        kind = node['kind']
        for d in node['declarations']:
            if d['init'] is None:
                if kind == 'var':
                    continue
                self.asm.emit(O['PUSH_UNDEFINED'])
            else:
                self.expression(d['init'], name_for=d['id'])
            self.bind_pattern(d['id'], init=kind != 'var')

    def stmt_FunctionDeclaration(self, node):
        # created at scope entry (hoisted); B.3.2.1 copies a block function to its var
        # binding when the declaration is evaluated
        b = self.scope.bindings.get(node['id']['name'])
        if b is not None and b.annex_b_var is not None:
            self.load_name(b.name, node)
            if b.annex_b_var == 'global':
                self.asm.emit(O['STORE_GLOBAL'], self.asm.name(b.name))
            elif isinstance(b.annex_b_var, Scope):
                inner, self.scope = self.scope, b.annex_b_var
                self.store_name(b.name, node)
                self.scope = inner
            else:
                self.store_binding(b.annex_b_var)

    def stmt_ClassDeclaration(self, node):
        self.compile_class(node)
        self.store_name(node['id']['name'], node['id'], init=True)

    # 14.6 if
    def stmt_IfStatement(self, node):
        # an else-if chain is compiled in this loop (one end label), not by recursion
        asm = self.asm
        end = Label()
        while True:
            self.reset_completion()
            else_ = Label()
            self.condition(node['test'], else_, False)
            self.sub_statement(node['consequent'])
            alternate = node['alternate']
            if alternate is None:
                asm.place(else_)
                break
            asm.emit_jump(O['JUMP'], end)
            asm.place(else_)
            if alternate['type'] != 'IfStatement':
                self.sub_statement(alternate)
                break
            asm.pos(alternate['range'][0])
            node = alternate
        asm.place(end)

    def sub_statement(self, node):
        if node['type'] == 'FunctionDeclaration':   # B.3.3 if (x) function f() {}
            block = {'type': 'BlockStatement', 'body': [node], 'range': node['range']}
            self.stmt_BlockStatement(block)
        else:
            self.statement(node)

    # 14.7 loops; break/continue targets are recorded with the exit-action depth
    def push_loop(self, names, brk, cont):
        self.func.labels.append((names, brk, cont, len(self.func.exits)))

    def pop_loop(self):
        self.func.labels.pop()

    def stmt_WhileStatement(self, node):
        asm = self.asm
        self.reset_completion()
        names = self.loop_labels(node)
        top, end = Label(), Label()
        asm.place(top)
        self.condition(node['test'], end, False)
        self.push_loop(names, end, top)
        self.statement(node['body'])
        self.pop_loop()
        asm.emit_jump(O['JUMP'], top)
        asm.place(end)

    def stmt_DoWhileStatement(self, node):
        asm = self.asm
        self.reset_completion()
        names = self.loop_labels(node)
        top, cont, end = Label(), Label(), Label()
        asm.place(top)
        self.push_loop(names, end, cont)
        self.statement(node['body'])
        self.pop_loop()
        asm.place(cont)
        self.condition(node['test'], top, True)
        asm.place(end)

    def stmt_ForStatement(self, node):
        asm = self.asm
        names = self.loop_labels(node)
        self.reset_completion()
        init = node['init']
        scope = None
        per_iteration = []
        if init is not None and init['type'] == 'VariableDeclaration' and init['kind'] != 'var':
            scope = self.push_scope('block', node)
            self.declare_lexical_statement(init, scope)
            for b in scope.bindings.values():
                self.reset_binding(b)
            if init['kind'] == 'let':
                per_iteration = list(scope.bindings.values())
        if init is not None:
            if init['type'] == 'VariableDeclaration':
                self.statement(init)
            else:
                self.expression(init)
                asm.emit(O['POP'])
        top, cont, end = Label(), Label(), Label()
        # 14.7.4.4 CreatePerIterationEnvironment: fresh cells for captured let bindings
        self.copy_bindings(per_iteration)
        asm.place(top)
        if node['test'] is not None:
            self.condition(node['test'], end, False)
        self.push_loop(names, end, cont)
        self.statement(node['body'])
        self.pop_loop()
        asm.place(cont)
        self.copy_bindings(per_iteration)
        if node['update'] is not None:
            self.expression(node['update'])
            asm.emit(O['POP'])
        asm.emit_jump(O['JUMP'], top)
        asm.place(end)
        if scope is not None:
            self.pop_scope()

    def copy_bindings(self, bindings):
        for b in bindings:
            b.uses.append(self.asm.here())
            self.asm.emit(O['NOP2'], b.slot)   # patched to NEW_CELL if captured

    # 14.7.5 for-in / for-of
    def stmt_ForInStatement(self, node):
        self.for_in_of(node, False)

    def stmt_ForOfStatement(self, node):
        if node.get('await') and self.func.kind == 'module':
            self.module_info.has_tla = True
        self.for_in_of(node, True, bool(node.get('await')))

    def for_in_of(self, node, is_of, is_await=False):
        asm = self.asm
        names = self.loop_labels(node)
        self.reset_completion()
        left = node['left']
        lexical = left['type'] == 'VariableDeclaration' and left['kind'] != 'var'
        # 14.7.5.6 ForIn/OfHeadEvaluation: the TDZ scope for the right-hand side
        if lexical:
            scope = self.push_scope('block', node)
            self.declare_lexical_statement(left, scope)
            for b in scope.bindings.values():
                self.reset_binding(b)
            self.expression(node['right'])
            self.pop_scope()
        else:
            if left['type'] == 'VariableDeclaration' and left['declarations'][0]['init']:
                # B.3.5 for (var x = init in obj)
                d = left['declarations'][0]
                self.expression(d['init'], name_for=d['id'])
                self.bind_pattern(d['id'], init=False)
            self.expression(node['right'])
        top, end, cont = Label(), Label(), Label()
        if is_of:
            asm.emit(O['GET_ITERATOR'], 1 if is_await else 0)
        else:
            asm.emit(O['FOR_IN_START'])
        asm.place(top)
        if is_await:
            # 14.7.5.7 ForIn/OfBodyEvaluation step 6.b-c: Await(Call(next)), then check
            asm.emit(O['ASYNC_ITER_NEXT'])
            asm.emit(O['AWAIT'])
            asm.emit_jump(O['ITER_RESULT'], end)
        else:
            asm.emit_jump(O['ITER_NEXT'] if is_of else O['FOR_IN_NEXT'], end)
        # the iterator stays on the stack under the loop body; for-of closes it on
        # abrupt exits (break, return, throw)
        if is_of:
            self.func.exits.append(('async_iter',) if is_await else ('iter',))
            handler = Label()
            asm.emit_jump(O['PUSH_HANDLER'], handler, 1 | 4)
        else:
            self.func.exits.append(('pop',))
        if lexical:
            scope = self.push_scope('block', node)
            self.declare_lexical_statement(left, scope)
            for b in scope.bindings.values():
                self.reset_binding(b)
            self.bind_pattern(left['declarations'][0]['id'], init=True)
        elif left['type'] == 'VariableDeclaration':
            self.bind_pattern(left['declarations'][0]['id'], init=False)
        else:
            self.assign_to_pattern(left)
        self.push_loop(names, Label(), cont)
        brk = self.func.labels[-1][1]
        self.statement(node['body'])
        self.pop_loop()
        if lexical:
            self.pop_scope()
        asm.place(cont)
        if is_of:
            asm.emit(O['POP_HANDLER'])
        self.func.exits.pop()
        asm.emit_jump(O['JUMP'], top)
        if is_of:
            # a throw from the body: close the iterator, rethrow
            asm.place(handler)
            asm.adjust(1)
            asm.emit(O['SWAP'])
            if is_await:
                self.async_iterator_close(True)
            else:
                asm.emit(O['ITER_CLOSE_THROW'])
            asm.emit(O['THROW'])
            asm.place(brk)
            asm.emit(O['POP_HANDLER'])
            if is_await:
                self.async_iterator_close(False)
            else:
                asm.emit(O['ITER_CLOSE'])
        else:
            asm.place(brk)
            asm.emit(O['POP'])
        asm.place(end)

    # 14.8 continue, 14.9 break
    def stmt_BreakStatement(self, node):
        self.jump_to_label(node, True)

    def stmt_ContinueStatement(self, node):
        self.jump_to_label(node, False)

    def jump_to_label(self, node, is_break):
        label = node['label']['name'] if node['label'] else None
        for names, brk, cont, depth in reversed(self.func.labels):
            if label is None:
                if names is None:   # a labelled non-loop block: not a target
                    continue
                if not is_break and cont is None:
                    continue        # switch: only for break
            elif label not in (names or ()):
                continue
            target = brk if is_break else cont
            self.run_exits(depth)
            self.asm.emit_jump(O['JUMP'], target)
            return
        raise CompileError('jump target not found')

    def run_exits(self, depth, keep_value=False):
        """Undo what the statements being left keep on the stack or in the handler
        stack, innermost first; finally blocks run inline (14.15.3)."""
        asm = self.asm
        exits = self.func.exits
        saved = list(exits)
        for i in range(len(exits) - 1, depth - 1, -1):
            action = exits[i]
            kind = action[0]
            del exits[i:]   # code emitted here runs outside the construct being left
            if kind == 'handler':
                asm.emit(O['POP_HANDLER'])
            elif kind == 'iter':
                asm.emit(O['POP_HANDLER'])
                if keep_value:
                    asm.emit(O['SWAP'])
                asm.emit(O['ITER_CLOSE'])
            elif kind == 'async_iter':
                asm.emit(O['POP_HANDLER'])
                if keep_value:
                    asm.emit(O['SWAP'])
                self.async_iterator_close(False)
            elif kind == 'pop':
                if keep_value:
                    asm.emit(O['SWAP'])
                asm.emit(O['POP'])
            elif kind == 'finally':
                asm.emit(O['POP_HANDLER'])
                self.statement(action[1])
        exits[:] = saved

    def async_iterator_close(self, on_throw):
        """7.4.? AsyncIteratorClose: the iterator on the stack is popped; return() is
        called and its result awaited. For a throw completion (``on_throw``) errors of
        the call and of the await are dropped (the caller rethrows its own)."""
        asm = self.asm
        done = Label()
        asm.emit_jump(O['ASYNC_ITER_CLOSE'], done, 1 if on_throw else 0)
        if on_throw:
            caught = Label()
            asm.emit_jump(O['PUSH_HANDLER'], caught, 0)
            asm.emit(O['AWAIT'])
            asm.emit(O['POP'])
            asm.emit(O['POP_HANDLER'])
            asm.emit_jump(O['JUMP'], done)
            asm.place(caught)
            asm.adjust(1)   # the dropped error
            asm.emit(O['POP'])
        else:
            asm.emit(O['AWAIT'])
            asm.emit(O['ITER_RESULT_CHECK'])
            asm.emit(O['POP'])
        asm.place(done)

    # 14.10 return
    def stmt_ReturnStatement(self, node):
        asm = self.asm
        if node['argument'] is None:
            asm.emit(O['PUSH_UNDEFINED'])
        else:
            self.expression(node['argument'])
            if self.func.code_obj.flags & ASYNC_GENERATOR == ASYNC_GENERATOR:
                asm.emit(O['AWAIT'])   # 15.6.? Return: an async generator awaits
        if any(e[0] == 'finally' for e in self.func.exits):
            tmp = self.func.new_reg()
            asm.emit(O['STORE_LOCAL'], tmp)
            self.run_exits(0)
            asm.emit(O['LOAD_LOCAL'], tmp)
            self.func.free_reg(tmp)
        else:
            self.run_exits(0, keep_value=True)
        self.emit_return()

    def emit_return(self):
        self.asm.emit(O['RETURN'])

    # 14.13 labelled statements
    def stmt_LabeledStatement(self, node):
        names = [node['label']['name']]
        body = node['body']
        while body['type'] == 'LabeledStatement':
            names.append(body['label']['name'])
            body = body['body']
        if body['type'] in ('ForStatement', 'ForInStatement', 'ForOfStatement',
                            'WhileStatement', 'DoWhileStatement'):
            self._pending_labels = tuple(names)
            self.statement(body)
            return
        end = Label()
        self.func.labels.append((tuple(names), end, None, len(self.func.exits)))
        self.sub_statement(body)
        self.func.labels.pop()
        self.asm.place(end)

    def loop_labels(self, node):
        names = getattr(self, '_pending_labels', ())
        self._pending_labels = ()
        return names

    # 14.12 switch
    def stmt_SwitchStatement(self, node):
        asm = self.asm
        self.reset_completion()
        self.expression(node['discriminant'])
        body = [s for case in node['cases'] for s in case['consequent']]
        scope = None
        if any(_is_lexical(s) for s in body):
            scope = self.enter_block(node, body)
        end = Label()
        bodies = [Label() for _ in node['cases']]
        default = None
        for i, case in enumerate(node['cases']):
            if case['test'] is None:
                default = bodies[i]
                continue
            asm.emit(O['DUP'])
            self.expression(case['test'])
            asm.emit(O['SEQ'])
            nxt = Label()
            asm.emit_jump(O['JUMP_IF_FALSE'], nxt)
            asm.emit(O['POP'])
            asm.emit_jump(O['JUMP'], bodies[i])
            asm.adjust(1)
            asm.place(nxt)
        asm.emit(O['POP'])
        asm.emit_jump(O['JUMP'], default or end)
        self.func.labels.append(((), end, None, len(self.func.exits)))
        for i, case in enumerate(node['cases']):
            asm.place(bodies[i])
            self.statements(case['consequent'])
        self.func.labels.pop()
        asm.place(end)
        if scope is not None:
            self.pop_scope()

    # 14.14 throw
    def stmt_ThrowStatement(self, node):
        self.expression(node['argument'])
        self.asm.emit(O['THROW'])


def _is_lexical(stmt):
    t = stmt['type']
    return (t == 'VariableDeclaration' and stmt['kind'] != 'var') or t == 'ClassDeclaration' \
        or t == 'FunctionDeclaration'


def _has_use_strict(body):
    for stmt in body:
        d = stmt.get('directive')
        if d is None:
            return False
        if d == 'use strict':
            return True
    return False


# register instruction -> cell instruction, for bindings found captured
_TO_CELL_OP = {
    O['LOAD_LOCAL']: O['LOAD_DEREF'],
    O['STORE_LOCAL']: O['STORE_DEREF'],
    O['LOAD_LOCAL_CHECK']: O['LOAD_DEREF_CHECK'],
    O['CHECK_LOCAL']: O['CHECK_DEREF'],
    O['CLEAR_LOCAL']: O['MAKE_CELL'],
    O['UNDEF_LOCAL']: O['MAKE_CELL_UNDEF'],
    O['NOP2']: O['NEW_CELL'],
    O['BIND_THIS_LOCAL']: O['BIND_THIS_DEREF'],
}


def compile_script(source, filename='<input>', strict=False, program=None):
    """Parse and compile a Script (``program``: its tree, if already parsed); raises
    JSSyntaxError."""
    if program is None:
        program = parse(source, 'script', filename, strict=strict)
    return Compiler(source, filename, program.get('jsxOptions')).compile_script(program, strict)


__all__ = ['Compiler', 'compile_script', 'CompileError', 'JSSyntaxError']

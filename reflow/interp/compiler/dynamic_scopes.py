"""Dynamic scopes (compiler mixin): `with` (14.11), sloppy direct eval (19.2.1.1
PerformEval) and the code that eval and the Function constructor compile.

Names are resolved at compile time everywhere; only where a `with` or a sloppy direct
eval can add bindings at run time does a lookup first ask an object: the `with`
object, or the function's eval var object (``Scope.dynamic``), innermost first.

A direct eval call site records its caller's scope chain in an ``EvalSite``: every
visible binding is made a Cell, and the eval code is compiled under synthetic scopes
whose bindings are those Cells (the eval code's closure).
"""
from reflow.parser import parse
from .code import CodeObject, Label, STRICT
from .depth import deep_recursion_guarded
from .opcodes import NUMBER
from .scopes import (Binding, FuncInfo, Scope, annex_b_function_names, lexical_names,
                     pattern_names, var_declared_names)

O = NUMBER
LEXICAL = ('let', 'const', 'class')


class EvalSite:
    """What a direct eval needs of its caller: ``scopes`` innermost first, each
    (kind, {name: (binding kind, cell index)}, dynamic cell index or -1, dynamic kind);
    ``fetch``: where each cell is in the caller's frame ((0, register) or
    (1, closure index))."""
    __slots__ = ('scopes', 'fetch', 'strict', 'new_target', 'super_property',
                 'super_call', 'field_init', 'derived', 'cache', 'filename', 'in_params')

    def __init__(self):
        self.scopes = []
        self.fetch = []
        self.cache = {}


class DynamicScopeCompiler:

    # -- lookups through dynamic scopes ---------------------------------------------------

    def load_binding(self, b):
        """Push the value of binding ``b`` (no TDZ check)."""
        asm = self.asm
        if b.scope.func is self.func:
            b.uses.append(asm.here())
            asm.emit(O['LOAD_LOCAL'], b.slot)
        else:
            asm.emit(O['LOAD_FREE'], self.free_index(b))

    def dynamic_checks(self, envs, name, opname, target):
        """For each object scope passed on the way to ``name``'s binding: if the object
        has the name, ``opname`` does the access and jumps to ``target``."""
        asm = self.asm
        n = asm.name(name)
        for env, kind in envs:
            self.load_binding(env)
            asm.emit_jump(O[opname], target, n, kind)

    def resolve_early(self, node):
        """9.4.2 ResolveBinding before the value is computed (assignments and
        destructuring targets): where ``node`` (an Identifier) goes through object scopes,
        the scope that has the name now is kept in a register that store_name (and
        load_via_reference) then use."""
        if node is None or node['type'] != 'Identifier':
            return None
        name = node['name']
        b, free = self.lookup(name)
        envs = self.last_envs
        if envs is None:
            return None
        asm = self.asm
        found = Label()
        n = asm.name(name)
        for env, kind in envs:
            self.load_binding(env)
            asm.emit_jump(O['DYN_RESOLVE'], found, n, kind)
        asm.emit(O['PUSH_UNDEFINED'])
        asm.place(found)
        reg = self.func.new_reg()
        asm.emit(O['STORE_LOCAL'], reg)
        self.early_refs[id(node)] = reg
        return reg

    def load_via_reference(self, node, reg):
        """GetValue of a reference resolved by resolve_early."""
        asm = self.asm
        done = Label()
        asm.emit(O['LOAD_LOCAL'], reg)
        asm.emit_jump(O['DYN_REF_GET'], done, asm.name(node['name']))
        b, free = self.lookup(node['name'])
        self.load_resolved(node['name'], b, free)
        asm.place(done)

    def store_via_reference(self, node, reg, init):
        asm = self.asm
        done = Label()
        asm.emit(O['LOAD_LOCAL'], reg)
        asm.emit_jump(O['DYN_REF_SET'], done, asm.name(node['name']))
        b, free = self.lookup(node['name'])
        self.store_resolved(node['name'], b, free, init)
        asm.place(done)
        self.func.free_reg(reg)

    # 14.11 The with Statement
    def stmt_WithStatement(self, node):
        asm = self.asm
        self.reset_completion()
        self.expression(node['object'])
        asm.emit(O['WITH_OBJECT'])
        scope = self.push_scope('with', node)
        b = self.declare('%with', 'special', scope)
        self.reset_binding(b)
        self.store_binding(b)
        scope.dynamic = (b, 0)
        if self.completion_reg >= 0:
            # 14.11.2 step 8: UpdateEmpty(C, undefined)
            asm.emit(O['PUSH_UNDEFINED'])
            asm.emit(O['STORE_LOCAL'], self.completion_reg)
        self.statement(node['body'])
        self.pop_scope()

    def declare_eval_env(self, scope):
        """A function with a sloppy direct eval: its eval var object."""
        b = self.declare('%evalenv', 'special', scope)
        self.asm.emit(O['NEW_EVAL_ENV'])
        self.store_binding(b)
        scope.dynamic = (b, 1)

    # -- direct eval call sites ---------------------------------------------------------

    def direct_eval(self, node):
        """13.3.6.1 a call of `eval`: CALL_EVAL does a direct eval when the callee is
        %eval%, an ordinary call otherwise."""
        asm = self.asm
        args = node['arguments']
        site = self.make_eval_site()
        self.callee_and_this(node['callee'])
        if any(a['type'] == 'SpreadElement' for a in args):
            self.arguments_array(args)
            asm.emit(O['CALL_EVAL'], -1, asm.const(site))
            asm.adjust(-3)
            return
        for a in args:
            self.expression(a)
        asm.emit(O['CALL_EVAL'], len(args), asm.const(site))
        asm.adjust(-(len(args) + 2))

    def make_eval_site(self):
        site = EvalSite()
        site.filename = self.filename
        func = self.func
        site.strict = func.strict
        site.in_params = func.in_params and not func.is_arrow
        # the nearest non-arrow function provides this, new.target and super
        scope = self.scope
        owner = None
        while scope is not None:
            if scope.kind == 'function' and not scope.func.is_arrow and \
                    scope.func.kind not in ('script', 'eval'):
                owner = scope
                break
            if scope.kind == 'function' and scope.func.kind == 'synthetic':
                owner = scope
                break
            scope = scope.parent
        site.new_target = owner is not None
        site.super_property = owner is not None and (owner.func.is_method or
                                                     owner.func.kind in ('method', 'field-init'))
        site.super_call = owner is not None and owner.func.is_derived_ctor
        site.derived = owner is not None and owner.func.is_derived_ctor
        site.field_init = owner is not None and (owner.func.kind == 'field-init' or
                                                 owner.func.in_field)
        if owner is not None and owner.func.kind != 'synthetic':
            for special in ('%this', '%newtarget', '%func'):
                if special not in owner.bindings:
                    self.declare(special, 'special', owner)
        scope = self.scope
        while scope is not None:
            names = {}
            for name, b in scope.bindings.items():
                names[name] = (b.kind, self._eval_fetch(site, b))
            dyn, dkind = -1, 0
            if scope.dynamic is not None:
                dyn = self._eval_fetch(site, scope.dynamic[0])
                dkind = scope.dynamic[1]
            kind = scope.kind
            if kind == 'function' and scope.func.is_arrow and scope.func.kind == 'arrow':
                kind = 'arrowfn'
            site.scopes.append((kind, names, dyn, dkind))
            scope = scope.parent
        return site

    def _eval_fetch(self, site, b):
        if b.scope.func is self.func:
            b.captured = True
            site.fetch.append((0, b.slot))
        else:
            site.fetch.append((1, self.free_index(b)))
        return len(site.fetch) - 1

    # -- compiling eval code -----------------------------------------------------------

    def enter_synthetic(self, site, strict):
        """Synthetic scopes standing for the caller's (or the global) environment."""
        sf = FuncInfo(None, None, 'synthetic', strict)
        sf.free_from = []
        parent = None
        scopes = site.scopes if site is not None else [('script', {}, -1, 0)]
        for kind, names, dyn, dkind in reversed(scopes):
            sc = Scope(kind, parent, sf, None)
            for name, (bkind, idx) in names.items():
                sc.bindings[name] = Binding(name, bkind, sc, idx)
            if dyn >= 0:
                sc.dynamic = (Binding('%dynamic', 'special', sc, dyn), dkind)
            parent = sc
        if site is not None:
            sf.is_derived_ctor = site.derived
            sf.is_method = site.super_property
        self.func = sf
        self.scope = parent
        return sf

    @deep_recursion_guarded
    def compile_eval(self, program, site, strict):
        """19.2.1.1 PerformEval steps 16-29: eval code as a function of the caller's
        scope (arrow-like: `this` and new.target are the caller's). In sloppy eval code
        var and function declarations belong to the caller's variable environment;
        EvalDeclarationInstantiation (eval_code.py) creates them from
        ``code.field_inits`` before the code runs."""
        body = program['body']
        from .compiler import _has_use_strict
        strict = strict or _has_use_strict(body)
        self.enter_synthetic(site, strict)
        func = FuncInfo(program, self.func, 'eval', strict)
        func.is_arrow = True
        code = CodeObject('eval', self.filename, self.source)
        code.flags = STRICT if strict else 0
        self.begin_function(func, code, 'function' if strict else 'eval')
        func.free_from = []
        scope = self.scope
        var_names = tuple(dict.fromkeys(var_declared_names(body, [], False)))
        funcs = [s for s in body if s['type'] == 'FunctionDeclaration']
        func_names = tuple(dict.fromkeys(f['id']['name'] for f in funcs))
        for stmt in body:
            if stmt['type'] != 'FunctionDeclaration':
                self.declare_lexical_statement(stmt, scope)
        if strict:
            for name in var_names + func_names:
                if name not in scope.bindings:
                    self.declare(name, 'var', scope)
        for b in list(scope.bindings.values()):
            self.reset_binding(b)
        # B.3.2.3: block functions hoistable past the eval's own lexical declarations and
        # the caller's scopes up to its variable environment (a binding of the name in
        # one of them leaves the function in its block)
        self.eval_annex_b_names = () if strict else tuple(
            n for n in annex_b_function_names(body, lexical_names(body))
            if not _bound_below_var_scope(site, n))
        code.field_inits = (var_names, func_names, strict, self.eval_annex_b_names)
        for f in funcs:
            self.compile_function_declaration_value(f)
            if strict:
                self.store_binding(scope.bindings[f['id']['name']], init=True)
            else:
                self.store_name(f['id']['name'], f['id'])
        result = func.new_reg()
        self.asm.emit(O['PUSH_UNDEFINED'])
        self.asm.emit(O['STORE_LOCAL'], result)
        self.completion_reg = result
        for stmt in body:
            self.statement(stmt)
        self.asm.emit(O['LOAD_LOCAL'], result)
        self.asm.emit(O['RETURN'])
        return self.end_function()

    @deep_recursion_guarded
    def compile_dynamic_function(self, node, name='anonymous'):
        """20.2.1.1.1 CreateDynamicFunction step 30: the function in the global scope."""
        self.enter_synthetic(None, False)
        self.jsx_prepare(node['body']['body'], 'function')   # a CommonJS body's JSX
        return self.compile_function(node, name, 'function')


def _bound_below_var_scope(site, name):
    """Whether a scope of the eval's caller inside its variable environment binds
    ``name`` (B.3.2.3 step 1.a.ii.2: bindingExists)."""
    for kind, bindings, _, _ in (site.scopes if site is not None else ()):
        if kind in ('function', 'arrowfn', 'script', 'body'):
            return False
        if name in bindings and bindings[name][0] != 'catch':   # B.3.4
            return True
    return False


__all__ = ['DynamicScopeCompiler', 'EvalSite', 'LEXICAL', 'pattern_names']

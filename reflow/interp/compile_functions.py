"""15 Functions and Classes (compiler mixin).

10.2.11 FunctionDeclarationInstantiation happens partly in the VM (arguments into the
first registers, `this`/new.target/the function into their registers, Cells for
captured slots) and partly in the prologue compiled here (default parameters,
patterns, rest, the arguments object, hoisted function declarations).
"""
from .code import (ARROW, ASYNC, CLASS_CONSTRUCTOR, CodeObject, DERIVED, GENERATOR,
                   GETTER, METHOD, SETTER, SIMPLE_PARAMS, STRICT, USES_ARGUMENTS)
from .opcodes import NUMBER
from .scopes import FuncInfo, Scope, pattern_names, var_declared_names

O = NUMBER


def _strict_body(body):
    if body['type'] != 'BlockStatement':
        return False
    for stmt in body['body']:
        d = stmt.get('directive')
        if d is None:
            return False
        if d == 'use strict':
            return True
    return False


class FunctionCompiler:

    # -- creating function objects ------------------------------------------------------

    def expr_FunctionExpression(self, node, name=None):
        code = self.compile_function(node, name, 'function')
        self.asm.emit(O['MAKE_FUNCTION'], self.asm.const(code))

    def expr_ArrowFunctionExpression(self, node, name=None):
        code = self.compile_function(node, name or '', 'arrow')
        self.asm.emit(O['MAKE_FUNCTION'], self.asm.const(code))

    def compile_function_declaration_value(self, node):
        code = self.compile_function(node, node['id']['name'], 'function')
        self.asm.emit(O['MAKE_FUNCTION'], self.asm.const(code))

    def compile_method(self, node, name, kind):
        """A method, getter or setter of an object literal or class: the function is
        pushed; DEFINE_METHOD gives it its home object."""
        code = self.compile_function(node, name, 'method', accessor=kind)
        self.asm.emit(O['MAKE_FUNCTION'], self.asm.const(code))

    # -- compiling a function body ------------------------------------------------------

    def compile_function(self, node, name, kind, accessor=None, class_info=None):
        if node.get('generator') or node.get('async'):
            raise self.unsupported('generators and async functions')
        is_arrow = node['type'] == 'ArrowFunctionExpression'
        body = node['body']
        strict = self.func.strict or _strict_body(body) or kind == 'constructor'
        func = FuncInfo(node, self.func, 'arrow' if is_arrow else
                        ('method' if kind in ('method', 'constructor') else 'function'),
                        strict)
        if name is None:
            name = node['id']['name'] if node.get('id') else ''
        code = CodeObject(name, self.filename, self.source)
        code.source_start, code.source_end = node['range']
        flags = STRICT if strict else 0
        if is_arrow:
            flags |= ARROW
        if kind in ('method', 'constructor'):
            flags |= METHOD
        if accessor == 'get':
            flags |= GETTER
        elif accessor == 'set':
            flags |= SETTER
        if kind == 'constructor':
            flags |= CLASS_CONSTRUCTOR
            func.is_class_ctor = True
            if class_info is not None and class_info.get('derived'):
                flags |= DERIVED
                func.is_derived_ctor = True
        params = node['params']
        simple = all(p['type'] == 'Identifier' for p in params)
        if simple:
            flags |= SIMPLE_PARAMS
        code.flags = flags
        # 'length': parameters before the first default or rest (15.1.5)
        length = 0
        for p in params:
            if p['type'] in ('AssignmentPattern', 'RestElement'):
                break
            length += 1
        code.length = length
        self.begin_function(func, code, 'function')
        func.free_from = []
        asm = self.asm
        scope = self.scope
        # parameters occupy the first registers, in order
        if simple:
            for p in params:
                b = scope.bindings.get(p['name'])
                if b is None:
                    self.declare(p['name'], 'param', scope)
                else:   # a duplicate sloppy parameter: the last one wins
                    b.slot = self.func.new_reg()
            code.nparams = len(params)
        else:
            names = []
            for p in params:
                names.extend(pattern_names(p))
            for n in names:
                self.declare(n, 'param', scope)
            code.nparams = 0
        # a named function expression sees its own name (15.2.5), in an outer scope
        if kind == 'function' and node['type'] == 'FunctionExpression' and node.get('id'):
            outer = Scope('callee', scope.parent, func, node)
            scope.parent = outer
            b = self.declare(node['id']['name'], 'callee', outer)
            code.function_slot = b.slot
        # body declarations: vars (hoisted), functions, lexical
        statements = body['body'] if body['type'] == 'BlockStatement' else []
        for n in var_declared_names(statements, [], False):
            if n not in scope.bindings:
                self.declare(n, 'var', scope)
        funcs = [s for s in statements if s['type'] == 'FunctionDeclaration']
        for f in funcs:
            self.declare(f['id']['name'], 'function', scope)
        # the arguments object (10.2.11 steps 15-22)
        needs_arguments = not is_arrow and self._mentions_arguments(node) and \
            'arguments' not in [p for p in scope.bindings if
                                scope.bindings[p].kind in ('param', 'function')]
        if needs_arguments and 'arguments' not in scope.bindings:
            self.make_arguments_binding(scope)
        if not simple:
            self.parameter_prologue(params)
        arg_b = scope.bindings.get('arguments')
        if arg_b is not None and arg_b.kind == 'arguments':
            mapped = not strict and simple
            if mapped:
                for p in params:
                    scope.bindings[p['name']].captured = True
            asm.emit(O['CREATE_ARGUMENTS'], 1 if mapped else 0)
            self.store_binding(arg_b)
            flags |= USES_ARGUMENTS
            code.flags = flags
        for stmt in statements:
            self.declare_lexical_statement(stmt, scope) if stmt['type'] != 'FunctionDeclaration' \
                else None
        for b in list(scope.bindings.values()):
            if b.kind in ('let', 'const', 'class'):
                self.reset_binding(b)
        for f in funcs:
            self.compile_function_declaration_value(f)
            self.store_binding(scope.bindings[f['id']['name']], init=True)
        # the body
        if body['type'] == 'BlockStatement':
            self.statements(statements)
            asm.emit(O['PUSH_UNDEFINED'])
        else:
            self.expression(body)
        self.emit_return()
        # registers for this/new.target and the function itself, when used
        sp = scope.bindings.get('%this')
        if sp is not None and not func.is_derived_ctor:
            code.this_slot = sp.slot
        elif sp is not None:
            code.this_slot = sp.slot
        nt = scope.bindings.get('%newtarget')
        if nt is not None:
            code.new_target_slot = nt.slot
        fb = scope.bindings.get('%func')
        if fb is not None:
            code.function_slot = fb.slot
        return self.end_function()

    def make_arguments_binding(self, scope):
        b = self.declare('arguments', 'arguments', scope)
        return b

    def _mentions_arguments(self, node):
        """Does the function (or an arrow inside it) refer to `arguments`? A textual
        check: enough to decide whether to create the object."""
        text = self.source[node['range'][0]:node['range'][1]]
        return 'arguments' in text

    def parameter_prologue(self, params):
        """10.2.11 step 26: IteratorBindingInitialization of non-simple parameters."""
        asm = self.asm
        for i, p in enumerate(params):
            if p['type'] == 'RestElement':
                asm.emit(O['CREATE_REST'], i)
                self.bind_pattern(p['argument'], init=True)
                break
            asm.emit(O['LOAD_ARG'], i)
            self.bind_pattern(p, init=True)

    # -- this, new.target, super ----------------------------------------------------------

    def load_special(self, name):
        """`this` / new.target: the frame's own unless captured from outside (arrows)
        or held in a binding (derived constructors)."""
        asm = self.asm
        func = self.func
        if name == '%this' and not func.is_arrow and func.kind != 'script' and \
                not func.is_derived_ctor:
            asm.emit(O['LOAD_THIS'])
            return
        if name == '%this' and func.kind == 'script':
            asm.emit(O['LOAD_THIS'])
            return
        if name == '%newtarget' and not func.is_arrow:
            asm.emit(O['LOAD_NEW_TARGET'])
            return
        # find the nearest non-arrow function and its binding
        scope = self.scope
        while scope is not None:
            f = scope.func
            if scope.kind == 'function' and not f.is_arrow:
                break
            if scope.kind == 'script':
                asm.emit(O['LOAD_THIS'] if name == '%this' else O['PUSH_UNDEFINED'])
                return
            scope = scope.parent
        if scope is None:
            asm.emit(O['PUSH_UNDEFINED'])
            return
        b = scope.bindings.get(name)
        if b is None:
            b = self.declare(name, 'special', scope)
        if b.scope.func is func:
            b.uses.append(asm.here())
            if name == '%this' and func.is_derived_ctor:
                asm.emit(O['LOAD_LOCAL_CHECK'], b.slot, asm.name('this'))
            else:
                asm.emit(O['LOAD_LOCAL'], b.slot)
            return
        free = self.free_index(b)
        if name == '%this' and b.scope.func.is_derived_ctor:
            asm.emit(O['LOAD_FREE_CHECK'], free, asm.name('this'))
        else:
            asm.emit(O['LOAD_FREE'], free)

    def super_property(self, node):
        raise self.unsupported('super')

    def super_call(self, node):
        raise self.unsupported('super()')

    def super_assign(self, left, right):
        raise self.unsupported('super')

    def private_get(self, prop):
        raise self.unsupported('private names')

    def private_set(self, prop):
        raise self.unsupported('private names')

    def private_in(self, prop):
        raise self.unsupported('private names')

    def direct_eval(self, node):
        raise self.unsupported('direct eval')

    def compile_class(self, node):
        raise self.unsupported('classes')

    def expr_ClassExpression(self, node, name=None):
        self.compile_class(node)

    def expr_YieldExpression(self, node):
        raise self.unsupported('yield')

    def expr_AwaitExpression(self, node):
        raise self.unsupported('await')

    def expr_ImportExpression(self, node):
        raise self.unsupported('import()')

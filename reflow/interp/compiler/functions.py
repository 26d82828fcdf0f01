"""15 Functions and Classes (compiler mixin).

10.2.11 FunctionDeclarationInstantiation happens partly in the VM (arguments into the
first registers, `this`/new.target/the function into their registers, Cells for
captured slots) and partly in the prologue compiled here (default parameters,
patterns, rest, the arguments object, hoisted function declarations).
"""
from .code import (ARROW, ASYNC, CLASS_CONSTRUCTOR, CodeObject, DERIVED, GENERATOR, GETTER,
                   METHOD, SETTER, SIMPLE_PARAMS, STRICT, USES_ARGUMENTS)
from .opcodes import NUMBER
from .scopes import (FuncInfo, Scope, annex_b_function_names, lexical_names, pattern_names,
                     var_declared_names)

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

    def compile_method(self, node, name, kind, definition=None):
        """A method, getter or setter of an object literal or class: the function is
        pushed; DEFINE_METHOD gives it its home object. Its source text (20.2.3.5) is
        the whole MethodDefinition, from `get`/`async`/`*` or the name, without
        `static`."""
        code = self.compile_function(node, name, 'method', accessor=kind)
        if definition is not None:
            start = definition['range'][0]
            if definition.get('static'):
                start = self.skip_trivia(start + len('static'))
            code.source_start = start
        self.asm.emit(O['MAKE_FUNCTION'], self.asm.const(code))

    def skip_trivia(self, i):
        """The index of the first token at or after ``i`` (past white space, line
        terminators and comments)."""
        src = self.source
        while i < len(src):
            c = src[i]
            if c in ' \t\n\r\v\f\u00a0\ufeff\u2028\u2029' or c.isspace():
                i += 1
            elif src.startswith('//', i):
                while i < len(src) and src[i] not in '\n\r\u2028\u2029':
                    i += 1
            elif src.startswith('/*', i):
                end = src.find('*/', i + 2)
                i = len(src) if end < 0 else end + 2
            else:
                break
        return i

    # -- compiling a function body ------------------------------------------------------

    def compile_function(self, node, name, kind, accessor=None, class_info=None):
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
        if node.get('generator'):
            flags |= GENERATOR
        if node.get('async'):
            flags |= ASYNC
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
                    b.slot = self.func.binding_slot()
            code.nparams = len(params)
        else:
            names = []
            for p in params:
                names.extend(pattern_names(p))
            # 10.2.11 step 20-21: parameters are initialized in order, so a default
            # that reads a later one meets its TDZ: they are lexical while the
            # prologue runs
            param_bindings = [self.declare(n, 'let', scope) for n in names]
            for b in param_bindings:
                self.reset_binding(b)
            code.nparams = 0
        # a named function expression sees its own name (15.2.5), in an outer scope
        if kind == 'function' and node['type'] == 'FunctionExpression' and node.get('id'):
            outer = Scope('callee', scope.parent, func, node)
            scope.parent = outer
            b = self.declare(node['id']['name'], 'callee', outer)
            code.function_slot = b.slot
        # body declarations: vars (hoisted), functions, lexical
        statements = body['body'] if body['type'] == 'BlockStatement' else []
        funcs = [s for s in statements if s['type'] == 'FunctionDeclaration']
        # 10.2.11 step 28: with parameter expressions the body's vars get an environment
        # of their own (below), so closures in the parameters do not see them
        separate = not simple
        if not separate:
            for n in var_declared_names(statements, [], False) + \
                    self.annex_b_var_names(statements, strict):
                if n not in scope.bindings:
                    self.declare(n, 'var', scope)
            for f in funcs:
                self.declare(f['id']['name'], 'function', scope)
        # the arguments object (10.2.11 steps 15-22)
        needs_arguments = not is_arrow and self._mentions_arguments(node) and \
            'arguments' not in [p for p in scope.bindings if
                                scope.bindings[p].kind in ('param', 'function')]
        if needs_arguments and 'arguments' not in scope.bindings:
            self.make_arguments_binding(scope)
        if not strict and self._has_direct_eval(node):
            self.declare_eval_env(scope)
        # 10.2.11 step 22: the arguments object exists before the parameters are bound
        # (a default value can read it)
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
        if not simple:
            func.in_params = True
            self.parameter_prologue(params)
            func.in_params = False
            for b in param_bindings:
                b.kind = 'param'
        body_scope = scope
        if separate:
            body_scope = self.var_environment(node, scope, statements, funcs,
                                              not strict and self._has_direct_eval(node))
        for stmt in statements:
            if stmt['type'] != 'FunctionDeclaration':
                self.declare_lexical_statement(stmt, body_scope)
        for b in list(body_scope.bindings.values()):
            if b.kind in ('let', 'const', 'class'):
                self.reset_binding(b)
        for f in funcs:
            self.compile_function_declaration_value(f)
            self.store_binding(body_scope.bindings[f['id']['name']], init=True)
        if flags & GENERATOR:
            asm.emit(O['GENERATOR_START'])
            asm.emit(O['POP'])
        # the body
        if body['type'] == 'BlockStatement':
            self.statements(statements)
            asm.emit(O['PUSH_UNDEFINED'])
        else:
            self.expression(body)
        self.emit_return()
        if separate:
            self.pop_scope()
        self.bind_special_slots(code, scope)
        return self.end_function()

    def var_environment(self, node, scope, statements, funcs, eval_env):
        """10.2.11 step 28 (hasParameterExpressions): the body's var scope. A var named
        like a parameter (or `arguments`) starts with its value; function names start
        undefined until their declarations are instantiated."""
        body_scope = self.push_scope('body', node)
        fnames = {f['id']['name'] for f in funcs}
        names = var_declared_names(statements, [], False)
        names += [n for n in self.annex_b_var_names(statements, False)
                  if n not in names and n not in fnames and n not in scope.bindings]
        bindings = [self.declare(n, 'var', body_scope) for n in names]
        bindings += [self.declare(n, 'function', body_scope) for n in fnames]
        if eval_env:
            bindings.append(self.declare('%evalenv', 'special', body_scope))
        # the registers may have served as temporaries in the prologue: fresh values
        # (and fresh cells for captured ones) now
        for b in bindings:
            self.reset_binding(b)
        for n, b in zip(names, bindings):
            outer = scope.bindings.get(n)
            if outer is not None and n not in fnames and outer.kind in ('param', 'arguments'):
                self.load_binding(outer)
                self.store_binding(b, init=True)
        if eval_env:
            self.declare_eval_env(body_scope)
        return body_scope

    def annex_b_var_names(self, statements, strict):
        """B.3.2.1 FunctionDeclarationInstantiation step 29: the var bindings a sloppy
        body's block functions add, created with the others (undefined until the
        declaration is evaluated)."""
        if strict:
            return []
        return [n for n in annex_b_function_names(statements, lexical_names(statements))
                if n != 'arguments']

    def bind_special_slots(self, code, scope):
        """Registers for this, new.target and the function itself, when used (also by
        a direct eval inside, which declares them late)."""
        sp = scope.bindings.get('%this')
        if sp is not None:
            code.this_slot = sp.slot
        nt = scope.bindings.get('%newtarget')
        if nt is not None:
            code.new_target_slot = nt.slot
        fb = scope.bindings.get('%func')
        if fb is not None:
            code.function_slot = fb.slot

    def make_arguments_binding(self, scope):
        b = self.declare('arguments', 'arguments', scope)
        return b

    def _mentions_arguments(self, node):
        """Does the function (or an arrow inside it) refer to `arguments`? A textual
        check: enough to decide whether to create the object."""
        text = self.source[node['range'][0]:node['range'][1]]
        return 'arguments' in text or self._has_direct_eval(node)

    def _has_direct_eval(self, node):
        """Might the function contain a direct eval? A textual check (a false positive
        costs only slower lookups of globals)."""
        start, end = node['range']
        i = self.source.find('eval', start, end)
        while i >= 0:
            before = self.source[i - 1] if i > 0 else ' '
            after = self.source[i + 4] if i + 4 < len(self.source) else ' '
            if not (before.isalnum() or before in '_$.') and not (after.isalnum() or
                                                                  after in '_$'):
                return True
            i = self.source.find('eval', i + 4, end)
        return False

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
        if name == '%func' and not func.is_arrow and func.kind != 'script':
            asm.emit(O['LOAD_FUNCTION'])
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

    # 13.3.7 The super Keyword
    def super_property(self, node):
        """super.x / super[x] -> value (13.3.7.1, MakeSuperPropertyReference)."""
        asm = self.asm
        self.load_special('%this')
        self.load_special('%func')
        if node['computed']:
            self.expression(node['property'])
            asm.emit(O['TO_PROPERTY_KEY'])
            asm.emit(O['SUPER_GET_ELEM'])
        else:
            asm.emit(O['SUPER_GET_PROP'], asm.name(node['property']['name']))

    def super_assign(self, left, right):
        asm = self.asm
        self.load_special('%this')
        self.load_special('%func')
        if left['computed']:
            self.expression(left['property'])
            asm.emit(O['TO_PROPERTY_KEY'])
        else:
            asm.emit(O['PUSH_CONST'], asm.const(left['property']['name']))
        self.expression(right)
        asm.emit(O['SUPER_SET'])

    def super_call(self, node):
        """13.3.7.1 SuperCall: construct the parent, bind `this`, run the fields."""
        asm = self.asm
        self.load_special('%newtarget')
        self.load_special('%func')
        args = node['arguments']
        if node.get('forward_args'):
            asm.emit(O['CREATE_REST'], 0)
        else:
            self.arguments_array(args)
        asm.emit(O['SUPER_CALL'])
        asm.emit(O['DUP'])
        self.bind_this()
        self.load_special('%func')
        asm.emit(O['INIT_INSTANCE_ELEMENTS'])

    def bind_this(self):
        """9.1.1.3.1 BindThisValue: store into the derived constructor's `this` binding,
        a ReferenceError if it is already bound."""
        asm = self.asm
        scope = self.scope
        while scope is not None and not (scope.kind == 'function' and
                                         not scope.func.is_arrow):
            scope = scope.parent
        b = scope.bindings.get('%this') or self.declare('%this', 'special', scope)
        if b.scope.func is self.func:
            b.uses.append(asm.here())
            asm.emit(O['BIND_THIS_LOCAL'], b.slot)
        else:
            asm.emit(O['BIND_THIS_FREE'], self.free_index(b))

    # 15.7 classes ------------------------------------------------------------------

    def private_name(self, prop):
        """Push the PrivateName object bound to #name in the enclosing classes."""
        self.load_name('#' + prop['name'], prop)

    def private_get(self, prop):
        self.private_name(prop)
        self.asm.emit(O['PRIVATE_GET'])

    def private_set(self, prop):
        # obj value -> value
        self.private_name(prop)
        self.asm.emit(O['PRIVATE_SET'])

    def private_in(self, prop):
        self.private_name(prop)
        self.asm.emit(O['PRIVATE_IN'])

    def compile_class(self, node, name=None):
        """15.7.14 ClassDefinitionEvaluation. Leaves the class constructor on the
        stack."""
        asm = self.asm
        ident = node.get('id')
        class_name = ident['name'] if ident else (name or '')
        saved_strict = self.func.strict
        self.func.strict = True
        scope = self.push_scope('class', node)
        inner = self.declare(ident['name'], 'const', scope) if ident else None
        if inner is not None:
            self.reset_binding(inner)
        body = node['body']['body']
        # 15.7.14 steps 4-7: a new PrivateEnvironment with a new Private Name for each
        # name, every time the class is evaluated; bound in the class scope, and a fresh
        # binding (a new Cell when captured) per evaluation, as for the computed keys
        # below, so the methods of an earlier evaluation keep theirs
        privates = {}
        for elem in body:
            key = elem.get('key')
            if key is not None and key['type'] == 'PrivateIdentifier':
                privates.setdefault(key['name'], elem)
        for pname in privates:
            b = self.declare('#' + pname, 'const', scope)
            self.reset_binding(b)
            asm.emit(O['NEW_PRIVATE_NAME'], asm.const(pname))
            self.store_binding(b)
        heritage = node.get('superClass')
        if heritage is not None:
            self.expression(heritage)
        ctor_node = next((e for e in body if e['type'] == 'MethodDefinition' and
                          e['kind'] == 'constructor'), None)
        info = {'derived': heritage is not None}
        if ctor_node is None:
            ctor_fn = _default_constructor(node, heritage is not None)
        else:
            ctor_fn = ctor_node['value']
        code = self.compile_function(ctor_fn, class_name, 'constructor', class_info=info)
        code.source_start, code.source_end = node['range']
        asm.emit(O['MAKE_CLASS'], asm.const(code), 1 if heritage is not None else 0)
        asm.adjust(-1 if heritage is not None else 0)
        asm.adjust(1)   # [F, proto]
        instance_fields = []
        static_elems = []
        key_regs = []
        for elem in body:
            t = elem['type']
            if t == 'MethodDefinition':
                if elem['kind'] == 'constructor':
                    continue
                self.class_method(elem, privates)
            elif t == 'PropertyDefinition':
                key = elem['key']
                if elem['computed']:
                    # computed field keys are evaluated once, in order, now
                    b = self.declare('%%fieldkey%d' % len(key_regs), 'const', scope)
                    self.reset_binding(b)
                    self.expression(key)
                    asm.emit(O['TO_PROPERTY_KEY'])
                    self.store_binding(b)
                    key_regs.append(b)
                    entry = (elem, b)
                else:
                    entry = (elem, None)
                (static_elems if elem['static'] else instance_fields).append(entry)
            elif t == 'StaticBlock':
                static_elems.append((elem, None))
        # one PrivateMethodOrAccessorAdd per name: a getter and a setter share theirs
        private_methods, seen = [], set()
        for e in body:
            if e['type'] == 'MethodDefinition' and e['key']['type'] == 'PrivateIdentifier' \
                    and not e['static'] and e['key']['name'] not in seen:
                seen.add(e['key']['name'])
                private_methods.append(e)
        if instance_fields or private_methods:
            init = self.compile_initializer(node, instance_fields, private_methods,
                                            class_name)
            asm.emit(O['MAKE_FUNCTION'], asm.const(init))
            asm.emit(O['SET_CLASS_FIELDS'])
        asm.emit(O['POP'])                 # [F]
        if inner is not None:
            asm.emit(O['DUP'])
            self.store_binding(inner)
        if static_elems:
            init = self.compile_initializer(node, static_elems, [], class_name)
            asm.emit(O['MAKE_FUNCTION'], asm.const(init))
            asm.emit(O['RUN_STATIC_INIT'])
        self.pop_scope()
        self.func.strict = saved_strict

    def class_method(self, elem, privates):
        """A method, getter or setter of a class body, on the prototype or the class
        (stack: F proto)."""
        asm = self.asm
        kind = {'method': 0, 'get': 1, 'set': 2}[elem['kind']]
        key = elem['key']
        is_static = elem['static']
        if is_static:
            asm.emit(O['SWAP'])
        if key['type'] == 'PrivateIdentifier':
            self.private_name(key)
            self.compile_method(elem['value'], '#' + key['name'], elem['kind'], elem)
            # static private methods go on F now; instance ones at construction time
            asm.emit(O['DEFINE_PRIVATE_METHOD'], kind | (8 if is_static else 0))
        elif elem['computed']:
            self.expression(key)
            asm.emit(O['TO_PROPERTY_KEY'])
            self.compile_method(elem['value'], None, elem['kind'], elem)
            asm.emit(O['DEFINE_METHOD_ELEM'], kind)
        else:
            from .expressions import _static_key
            name = _static_key(key)
            self.compile_method(elem['value'], name, elem['kind'], elem)
            asm.emit(O['DEFINE_METHOD'], kind, asm.name(name))
        if is_static:
            asm.emit(O['SWAP'])

    def compile_initializer(self, class_node, elems, private_methods, class_name):
        """The function that 15.7.? InitializeInstanceElements / the static part of
        ClassDefinitionEvaluation run: fields and static blocks in order, with `this`
        the instance (or the class)."""
        from .code import CodeObject
        func = FuncInfo(class_node, self.func, 'method', True)
        code = CodeObject('<initializer>', self.filename, self.source)
        code.flags = STRICT | METHOD
        self.begin_function(func, code, 'function')
        func.free_from = []
        asm = self.asm
        for elem in private_methods:
            # PrivateMethodOrAccessorAdd: the method objects were made with the class;
            # copy them from the class's private store onto the instance
            self.load_special('%this')
            self.private_name(elem['key'])
            asm.emit(O['PRIVATE_METHOD_ADD'])
        for elem, key_binding in elems:
            if elem['type'] == 'StaticBlock':
                self.enter_block(elem, elem['body'])
                self.statements(elem['body'])
                self.pop_scope()
                continue
            key = elem['key']
            self.load_special('%this')
            if key['type'] == 'PrivateIdentifier':
                self.private_name(key)
                self.field_value(elem, '#' + key['name'])
                asm.emit(O['PRIVATE_DEFINE'])
            elif key_binding is not None:
                self.load_name(key_binding.name, key)
                self.field_value(elem, None)
                asm.emit(O['SET_FUNCTION_NAME_KEY'], 0) if _anonymous_fn(elem['value']) \
                    else None
                asm.emit(O['DEFINE_FIELD_ELEM'])
                asm.emit(O['POP'])
                continue
            else:
                from .expressions import _static_key
                name = _static_key(key)
                self.field_value(elem, name)
                asm.emit(O['DEFINE_OWN_FIELD'], asm.name(name))
            asm.emit(O['POP'])
        asm.emit(O['PUSH_UNDEFINED'])
        asm.emit(O['RETURN'])
        self.bind_special_slots(code, self.scope)
        return self.end_function()

    def field_value(self, elem, name):
        if elem['value'] is None:
            self.asm.emit(O['PUSH_UNDEFINED'])
        else:
            # a direct eval in here is in a class field initializer (19.2.1.1 step 7)
            self.func.in_field = True
            self.expression(elem['value'], name_for=name)
            self.func.in_field = False

    def expr_ClassExpression(self, node, name=None):
        self.compile_class(node, name)

    # 15.5.5 YieldExpression
    def expr_YieldExpression(self, node):
        asm = self.asm
        is_async = bool(self.func.code_obj.flags & ASYNC)
        if node['delegate']:
            # 15.5.5 yield*: the generator object drives the inner iterator
            # (coroutines.py / async_generators.py), the frame waits here
            self.expression(node['argument'])
            asm.emit(O['GET_ITERATOR'], 1 if is_async else 2)
            asm.emit(O['YIELD_DELEGATE'])
            return
        if node['argument'] is None:
            asm.emit(O['PUSH_UNDEFINED'])
        else:
            self.expression(node['argument'])
        if is_async:
            asm.emit(O['AWAIT'])   # 27.6.3.8 AsyncGeneratorYield ( ? Await(value) )
        asm.emit(O['YIELD'])

    # 15.8.5 AwaitExpression
    def expr_AwaitExpression(self, node):
        if self.func.kind == 'module':
            self.module_info.has_tla = True
        self.expression(node['argument'])
        self.asm.emit(O['AWAIT'])

    # 13.3.10 Import Calls
    def expr_ImportExpression(self, node):
        asm = self.asm
        self.expression(node['source'])
        if node.get('options') is not None:
            self.expression(node['options'])
        else:
            asm.emit(O['PUSH_UNDEFINED'])
        asm.emit(O['IMPORT_CALL'], asm.const(self.filename))


def _anonymous_fn(value):
    return value is not None and value['type'] in (
        'FunctionExpression', 'ArrowFunctionExpression', 'ClassExpression') and \
        value.get('id') is None


def _default_constructor(class_node, derived):
    """15.7.14 step 14: constructor() {} or constructor(...args) { super(...args) }
    (which passes the arguments on without iterating them)."""
    r = class_node['range']
    body = []
    if derived:
        call = {'type': 'CallExpression', 'callee': {'type': 'Super', 'range': r},
                'arguments': [], 'optional': False, 'forward_args': True, 'range': r}
        body.append({'type': 'ExpressionStatement', 'expression': call, 'range': r})
    return {'type': 'FunctionExpression', 'id': None, 'params': [], 'generator': False,
            'async': False, 'expression': False, 'range': r,
            'body': {'type': 'BlockStatement', 'body': body, 'range': r}}

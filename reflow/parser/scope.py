"""Scopes tracked while parsing, for the early errors that depend on declarations.

8.2 Scope Analysis decides, per block, function and script/module body, which names
are lexically declared (LexicallyDeclaredNames) and which are var-declared
(VarDeclaredNames); the Early Errors of 14.2.1, 15.2.1, 16.1.1 and friends forbid a
name in both, or twice among the lexical ones.
"""
from .base import ParserBase

# scope flags
SCOPE_TOP = 1
SCOPE_FUNCTION = 2
SCOPE_ASYNC = 4
SCOPE_GENERATOR = 8
SCOPE_ARROW = 16
SCOPE_SIMPLE_CATCH = 32
SCOPE_SUPER = 64           # super.x allowed (methods)
SCOPE_DIRECT_SUPER = 128   # super() allowed (derived class constructors)
SCOPE_CLASS_STATIC_BLOCK = 256
SCOPE_CLASS_FIELD_INIT = 512
SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK

# binding kinds
BIND_NONE = 0         # not a binding (assignment target)
BIND_VAR = 1          # var, parameters
BIND_LEXICAL = 2      # let, const, class, module-level and strict block functions
BIND_FUNCTION = 3     # sloppy function declaration in a block (B.3.2 may repeat)
BIND_SIMPLE_CATCH = 4 # catch (e): B.3.4 lets `var e` redeclare it
BIND_OUTSIDE = 5      # a function expression's own name


def function_flags(is_async, is_generator):
    return SCOPE_FUNCTION | (SCOPE_ASYNC if is_async else 0) | \
        (SCOPE_GENERATOR if is_generator else 0)


class Scope:
    __slots__ = ('flags', 'var', 'lexical', 'functions', 'catch_name')

    def __init__(self, flags):
        self.flags = flags
        self.var = set()
        self.lexical = set()
        self.functions = set()
        self.catch_name = None   # B.3.4: the simple catch parameter `var` may redeclare


class ScopeMixin(ParserBase):
    """Scope stack operations of the parser (acorn's model of the spec's rules)."""

    def enter_scope(self, flags):
        self.scope_stack.append(Scope(flags))

    def exit_scope(self):
        self.scope_stack.pop()

    def current_scope(self):
        return self.scope_stack[-1]

    def current_var_scope(self):
        for scope in reversed(self.scope_stack):
            if scope.flags & SCOPE_VAR:
                return scope
        return self.scope_stack[0]

    def current_this_scope(self):
        """The nearest scope that binds `this` (arrows do not)."""
        for scope in reversed(self.scope_stack):
            if scope.flags & SCOPE_VAR and not scope.flags & SCOPE_ARROW:
                return scope
        return self.scope_stack[0]

    def _treat_functions_as_var_in(self, scope):
        # B.3.2.x: function declarations at function top level (and script top level)
        # are var-scoped; in modules they are lexical.
        return bool(scope.flags & SCOPE_FUNCTION or
                    (not self.is_module and scope.flags & SCOPE_TOP))

    @property
    def in_function(self):
        return bool(self.current_var_scope().flags & SCOPE_FUNCTION)

    @property
    def in_generator(self):
        scope = self.current_var_scope()
        return bool(scope.flags & SCOPE_GENERATOR) and not scope.flags & SCOPE_CLASS_FIELD_INIT

    @property
    def in_async(self):
        scope = self.current_var_scope()
        return bool(scope.flags & SCOPE_ASYNC) and not scope.flags & SCOPE_CLASS_FIELD_INIT

    @property
    def can_await(self):
        """`await` is an AwaitExpression here (async function or module top level)."""
        for scope in reversed(self.scope_stack):
            if scope.flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT):
                return False
            if scope.flags & SCOPE_FUNCTION:
                return bool(scope.flags & SCOPE_ASYNC)
        return self.is_module and self.top_level_await

    @property
    def in_class_static_block(self):
        return bool(self.current_var_scope().flags & SCOPE_CLASS_STATIC_BLOCK)

    @property
    def in_class_field_init(self):
        return bool(self.current_this_scope().flags & SCOPE_CLASS_FIELD_INIT)

    @property
    def allow_super(self):
        scope = self.current_this_scope()
        return bool(scope.flags & SCOPE_SUPER) or self.options_allow_super

    @property
    def allow_direct_super(self):
        scope = self.current_this_scope()
        return bool(scope.flags & SCOPE_DIRECT_SUPER) or self.options_allow_super_call

    @property
    def allow_new_target(self):
        scope = self.current_this_scope()
        return bool(scope.flags & (SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK |
                                   SCOPE_CLASS_FIELD_INIT)) or self.options_allow_new_target

    @property
    def treat_functions_as_var(self):
        return self._treat_functions_as_var_in(self.current_scope())

    def declare_name(self, name, binding, pos):
        """Record a declaration; raise the early error for a conflicting one."""
        redeclared = False
        if binding == BIND_LEXICAL:
            scope = self.scope_stack[-1]
            redeclared = name in scope.lexical or name in scope.functions or name in scope.var
            scope.lexical.add(name)
            if self.is_module and scope.flags & SCOPE_TOP:
                self.undefined_exports.pop(name, None)
        elif binding == BIND_SIMPLE_CATCH:
            scope = self.scope_stack[-1]
            scope.lexical.add(name)
            scope.catch_name = name
        elif binding == BIND_FUNCTION:
            scope = self.scope_stack[-1]
            if self._treat_functions_as_var_in(scope):
                redeclared = name in scope.lexical
            else:
                redeclared = name in scope.lexical or name in scope.var
            scope.functions.add(name)
        else:
            for scope in reversed(self.scope_stack):
                if (name in scope.lexical and not (scope.flags & SCOPE_SIMPLE_CATCH and
                                                   scope.catch_name == name)) or \
                        (not self._treat_functions_as_var_in(scope) and name in scope.functions):
                    redeclared = True
                    break
                scope.var.add(name)
                if self.is_module and scope.flags & SCOPE_TOP:
                    self.undefined_exports.pop(name, None)
                if scope.flags & SCOPE_VAR:
                    break
        if redeclared:
            raise self.error("Identifier '%s' has already been declared" % name, pos)


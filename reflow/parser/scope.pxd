# Cython declarations augmenting scope.py: a Scope's flags and name sets are C fields;
# the scope stack's operations are direct calls within the chain.
cimport cython
from reflow.parser.base cimport ParserBase


cdef class Scope:
    cdef public int flags
    cdef public set var
    cdef public set lexical
    cdef public set functions
    cdef public object catch_name


cdef class ScopeMixin(ParserBase):
    cpdef enter_scope(self, int flags)
    cpdef exit_scope(self)
    cpdef Scope current_scope(self)
    @cython.locals(scope=Scope)
    cpdef Scope current_var_scope(self)
    @cython.locals(scope=Scope)
    cpdef Scope current_this_scope(self)
    cpdef bint _treat_functions_as_var_in(self, Scope scope) except -1
    @cython.locals(scope=Scope)
    cpdef declare_name(self, str name, int binding, Py_ssize_t pos)

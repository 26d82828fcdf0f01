# Cython declarations augmenting patterns.py: a DestructuringErrors' positions are C
# fields; the pattern methods are direct calls within the chain.
from reflow.parser.scope cimport ScopeMixin

cdef frozenset _STRICT_PARAM_RESERVED


cdef class DestructuringErrors:
    cdef public Py_ssize_t shorthand_assign
    cdef public Py_ssize_t trailing_comma
    cdef public Py_ssize_t parenthesized_assign
    cdef public Py_ssize_t parenthesized_bind
    cdef public Py_ssize_t double_proto


cdef class PatternMixin(ScopeMixin):
    cpdef parse_binding_atom(self)
    cpdef list parse_binding_list(self, str close, bint allow_empty)
    cpdef parse_maybe_default(self, Py_ssize_t start, left=*)
    cpdef to_assignable(self, dict node, bint is_binding, DestructuringErrors refs=*)
    cpdef list to_assignable_list(self, list items, bint is_binding)
    cpdef check_lval_simple(self, dict expr, int binding, bint update=*)
    cpdef check_lval_pattern(self, dict expr, int binding)
    cpdef list bound_names(self, pattern)
    cpdef declare_params(self, list params, bint allow_duplicates)

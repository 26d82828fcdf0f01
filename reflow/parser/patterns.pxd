# Cython declarations augmenting patterns.py.
from reflow.parser.scope cimport ScopeMixin


cdef class DestructuringErrors:
    cdef public Py_ssize_t shorthand_assign
    cdef public Py_ssize_t trailing_comma
    cdef public Py_ssize_t parenthesized_assign
    cdef public Py_ssize_t parenthesized_bind
    cdef public Py_ssize_t double_proto


cdef class PatternMixin(ScopeMixin):
    pass

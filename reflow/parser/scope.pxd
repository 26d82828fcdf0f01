# Cython declarations augmenting scope.py: a Scope's flags and name sets are C fields.
from reflow.parser.base cimport ParserBase


cdef class Scope:
    cdef public int flags
    cdef public set var
    cdef public set lexical
    cdef public set functions
    cdef public object catch_name


cdef class ScopeMixin(ParserBase):
    pass

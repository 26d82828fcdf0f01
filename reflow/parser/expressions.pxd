# Cython declarations augmenting expressions.py.
from reflow.parser.patterns cimport DestructuringErrors, PatternMixin


cdef class ExpressionMixin(PatternMixin):
    pass

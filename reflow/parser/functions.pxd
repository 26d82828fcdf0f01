# Cython declarations augmenting functions.py.
from reflow.parser.expressions cimport ExpressionMixin


cdef class FunctionMixin(ExpressionMixin):
    pass

# Cython declarations augmenting modules.py.
from reflow.parser.functions cimport FunctionMixin


cdef class ModuleMixin(FunctionMixin):
    pass

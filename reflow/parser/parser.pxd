# Cython declarations augmenting parser.py.
from reflow.parser.modules cimport ModuleMixin


cdef class Parser(ModuleMixin):
    pass

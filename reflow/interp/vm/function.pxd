# Cython declarations augmenting function.py: a Cell, and the fields of bytecode and
# built-in functions, are C fields read by the compiled dispatch loop directly.
from reflow.interp.vm.objects cimport JSObject


cdef class Cell:
    cdef public object value


cdef class JSFunction(JSObject):
    cdef public object code
    cdef public object closure
    cdef public object realm
    cdef public object home
    cdef public object this_value
    cdef public object fields
    cdef public object is_constructor
    cdef public object class_heritage


cdef class NativeFunction(JSObject):
    cdef public object fn
    cdef public object ctor
    cdef public object realm
    cdef public object name

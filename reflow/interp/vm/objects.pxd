# Cython declarations augmenting objects.py: an object's prototype, flags and property
# dict, and a Prop's fields, are C fields (no dictionary-style attribute lookup in the
# compiled object model and dispatch loop). Subclasses stay Python classes.
cdef class Prop:
    cdef public object value
    cdef public object getter
    cdef public object setter
    cdef public int flags


cdef class JSObject:
    cdef public object proto
    cdef public bint extensible
    cdef public dict props
    cdef public object class_name
    cdef public object privates
    cdef object __weakref__


cdef class NativeStack:
    cdef public int depth
    cdef public int limit
    cdef public object running

    cpdef enter(self)

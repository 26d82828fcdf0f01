# Cython declarations augmenting dispatch.py (the pure-Python source stays runnable as is):
# Frame and VM become extension types with C fields, frames come from a free list.
cimport cython
from reflow.interp.compiler.code cimport CodeObject
from reflow.interp.vm.function cimport Cell, JSFunction, NativeFunction
from reflow.interp.vm.objects cimport JSObject, NativeStack, Prop


cdef object ordinary_data(object obj, object key)
cdef bint array_named(object key)
cdef bint ordinary_chain_lets_add(object proto, object key)
cdef bint global_prop_is(object realm, object key, Prop prop)


@cython.freelist(256)
cdef class Frame:
    cdef public CodeObject code_obj
    cdef public list regs
    cdef public list stack
    cdef public int pc
    cdef public object func
    cdef public object this
    cdef public object new_target
    cdef public object args
    cdef public object handlers
    cdef public Frame parent
    cdef public bint construct
    cdef public object closure
    cdef public object realm


cdef class VM:
    cdef public object realm
    cdef public int max_depth
    cdef public int depth
    cdef public Frame frame
    cdef public list callers
    cdef public int runs_until_poll
    cdef public bint interrupt_requested
    cdef public object deadline
    cdef public NativeStack native
    cdef public object global_this

    cpdef new_frame(self, func, CodeObject code, this, args, new_target)
    cpdef call_function(self, func, this, args)
    cpdef run(self, Frame frame, inject=*)
    cpdef _run(self, Frame base, inject)

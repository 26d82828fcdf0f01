# Cython declarations augmenting code.py: CodeObject's fields are C fields, read by the
# compiled dispatch loop without a dictionary lookup.
cdef class CodeObject:
    cdef public object name
    cdef public list code
    cdef public tuple consts
    cdef public tuple names
    cdef public int nregs
    cdef public int max_stack
    cdef public int flags
    cdef public int nparams
    cdef public object free_from
    cdef public object line_table
    cdef public object filename
    cdef public object source
    cdef public Py_ssize_t source_start
    cdef public Py_ssize_t source_end
    cdef public tuple cell_slots
    cdef public int this_slot
    cdef public object length
    cdef public int arguments_slot
    cdef public int new_target_slot
    cdef public int function_slot
    cdef public int home_slot
    cdef public object field_inits
    cdef public object line_starts
    cdef public list global_cache
    cdef public object cache_realm

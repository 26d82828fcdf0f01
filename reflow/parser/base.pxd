# Cython declarations augmenting base.py: the parser's state as C fields, and its
# token and node helpers as direct calls, for every mixin above it.
from reflow.parser.scanner cimport Scanner


cdef class ParserBase(Scanner):
    cdef public object source_type
    cdef public bint opt_loc
    cdef public bint opt_range
    cdef public bint allow_return_outside_function
    cdef public bint options_allow_new_target
    cdef public bint options_allow_super
    cdef public bint options_allow_super_call
    cdef public bint options_in_class_field_init
    cdef public bint top_level_await
    cdef public bint strict
    cdef public list scope_stack
    cdef public list labels
    cdef public Py_ssize_t depth
    cdef public Py_ssize_t operator_depth
    cdef public Py_ssize_t yield_pos
    cdef public Py_ssize_t await_pos
    cdef public Py_ssize_t await_ident_pos
    cdef public Py_ssize_t potential_arrow_at
    cdef public list private_stack
    cdef public dict undefined_exports
    cdef public set exported_names
    cdef public dict parenthesized
    cdef public bint key_escaped
    cdef public bint key_escaped_any
    cdef public bint last_escaped

    cpdef dict finish(self, dict node, Py_ssize_t start)
    cpdef dict finish_at(self, dict node, Py_ssize_t start, Py_ssize_t end)
    cpdef Py_ssize_t node_start(self, dict node) except? -1
    cpdef bint eat(self, str t) except -1
    cpdef expect(self, str t)
    cpdef bint is_contextual(self, str name) except -1
    cpdef bint eat_contextual(self, str name) except -1
    cpdef expect_contextual(self, str name)
    cpdef bint can_insert_semicolon(self) except -1
    cpdef semicolon(self)
    cpdef enter_depth(self)
    cpdef enter_operator_depth(self)

# Cython declarations augmenting functions.py: the function grammar's common methods
# are direct calls within the chain.
from reflow.parser.expressions cimport ExpressionMixin

cdef frozenset _CONTINUES


cdef class FunctionMixin(ExpressionMixin):
    cpdef parse_function_expression(self, Py_ssize_t start, bint is_async)
    cpdef parse_function_rest(self, Py_ssize_t start, ident, bint is_async, bint is_gen,
                              str node_type, bint expression_name=*)
    cpdef parse_function_body(self, list params, ident, bint is_arrow, bint is_method)
    cpdef _parse_function_body(self, list params, ident, bint is_arrow, bint is_method)
    cpdef bint peek_use_strict(self) except -1
    cpdef parse_arrow_expression(self, Py_ssize_t start, list params, bint is_async)
    cpdef parse_method(self, bint is_async, bint is_gen, str kind=*, bint direct_super=*)

# Cython declarations augmenting expressions.py: the expression grammar's methods are
# direct calls within the chain.
from reflow.parser.patterns cimport DestructuringErrors, PatternMixin

# module tables, typed: lookups in them are C calls
cdef dict BINARY_PRECEDENCE, _LITERAL_WORDS, _ATOM_KEYWORDS
cdef frozenset ASSIGN_OPS, _PREFIX_OPS, _PREFIX_WORDS, _UPDATE_OPS, RESERVED, STRICT_RESERVED
cdef frozenset _CHECKED_NAMES, _NON_STARTERS


cdef class ExpressionMixin(PatternMixin):
    cpdef parse_expression(self, bint no_in=*, DestructuringErrors refs=*)
    cpdef parse_maybe_assign(self, bint no_in=*, DestructuringErrors refs=*)
    cpdef parse_maybe_conditional(self, bint no_in, DestructuringErrors refs)
    cpdef parse_expr_ops(self, bint no_in, DestructuringErrors refs)
    cpdef parse_expr_op(self, dict left, Py_ssize_t left_start, int min_prec, bint no_in)
    cpdef parse_maybe_unary(self, DestructuringErrors refs, bint saw_unary, bint inc_dec=*)
    cpdef bint is_web_compat_call(self, dict node) except -1
    cpdef parse_expr_subscripts(self, DestructuringErrors refs)
    cpdef parse_subscripts(self, dict base, Py_ssize_t start, bint no_calls)
    cpdef list parse_call_arguments(self)
    cpdef parse_expr_atom(self, DestructuringErrors refs)
    cpdef parse_array_literal(self, DestructuringErrors refs)
    cpdef parse_template(self, bint tagged)
    cpdef parse_object_like(self, bint is_pattern, DestructuringErrors refs)
    cpdef parse_property(self, bint is_pattern, DestructuringErrors refs)
    cpdef tuple parse_property_name(self)
    cpdef dict parse_identifier(self, bint liberal=*)
    cpdef check_unreserved(self, str name, Py_ssize_t start, bint escaped=*)
    cpdef parse_paren_and_distinguish(self, DestructuringErrors refs)
    cpdef bint check_expression_errors(self, DestructuringErrors refs,
                                       bint and_throw=*) except -1
    cpdef check_pattern_errors(self, DestructuringErrors refs, bint is_assign)

# Cython declarations augmenting parser.py: the statement grammar's common methods are
# direct calls within the chain.
from reflow.parser.modules cimport ModuleMixin

# module tables, typed: lookups in them are C calls
cdef dict _STATEMENT_KEYWORDS
cdef frozenset _ESCAPED_KEYWORD_STATEMENTS


cdef class Parser(ModuleMixin):
    cpdef parse_directives(self, list body)
    cpdef parse_statement_list_item(self, bint top_level=*)
    cpdef parse_statement(self, context=*)
    cpdef _parse_statement(self, context)
    cpdef parse_block_statement(self, bint new_scope=*)
    cpdef parse_var_statement(self, Py_ssize_t start, str kind)
    cpdef parse_var_declarations(self, Py_ssize_t start, str kind, bint in_for)
    cpdef parse_sub_statement(self, context)
    cpdef parse_paren_expression(self)

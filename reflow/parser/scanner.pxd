# Cython declarations augmenting scanner.py (the pure-Python source stays runnable as
# is): the scanner is an extension type whose token fields are C fields, the base of
# the parser's chain of mixins (base, scope, patterns, expressions, functions, modules,
# parser), so that every mixin reads the current token without a dictionary lookup.
cimport cython

# module tables, typed: lookups in them are C calls
cdef dict _PUNCTUATORS, _ESCAPES, _STR_PLAIN
cdef frozenset _LINE_CONT, _ALL_KEYWORDS


cdef class Scanner:
    cdef public str src
    cdef public Py_ssize_t length
    cdef public object filename
    cdef public bint is_module
    cdef public Py_ssize_t pos
    cdef public str type
    cdef public object value
    cdef public Py_ssize_t start
    cdef public Py_ssize_t end
    cdef public bint nl_before
    cdef public bint escaped
    cdef public Py_ssize_t octal_pos
    cdef public Py_ssize_t last_end
    cdef public object cooked
    cdef public Py_ssize_t invalid_escape
    cdef public bint tail
    cdef public str regex_flags
    cdef public list _line_starts

    cpdef line_col(self, Py_ssize_t index)
    cpdef error(self, message, index=*)
    cpdef unexpected(self, index=*)
    @cython.locals(src=str, n=Py_ssize_t, end=Py_ssize_t, c=Py_UCS4, d=Py_UCS4)
    cpdef skip_space(self, Py_ssize_t pos, bint nl)
    @cython.locals(src=str, end=Py_ssize_t, i=Py_ssize_t, t=Py_UCS4)
    cpdef Py_ssize_t _line_terminator(self, Py_ssize_t pos, Py_ssize_t limit) except -1
    @cython.locals(src=str, n=Py_ssize_t, pos=Py_ssize_t, end=Py_ssize_t, c=Py_UCS4,
                   nl=bint)
    cpdef next(self)
    cpdef read_number(self, Py_ssize_t pos)
    cpdef _finish_number(self, Py_ssize_t start, Py_ssize_t end, value, bint bigint,
                         bint legacy=*)
    @cython.locals(src=str, end=Py_ssize_t)
    cpdef read_string(self, Py_ssize_t pos, str quote)
    cpdef tuple save(self)
    cpdef restore(self, tuple state)
    cpdef tuple peek(self)

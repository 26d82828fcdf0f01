"""6.1 ECMAScript Language Types, in Python (shared/DESIGN.md, "Values").

| JS        | Python                                              |
|-----------|-----------------------------------------------------|
| undefined | ``UNDEFINED`` (the one JSUndefined)                 |
| null      | ``NULL`` (the one JSNull)                           |
| boolean   | ``bool``                                            |
| number    | ``float``                                           |
| bigint    | ``JSBigInt`` (a wrapper over ``int``)               |
| string    | ``str`` of UTF-16 code units                        |
| symbol    | ``JSSymbol``                                        |
| object    | ``JSObject`` (objects.py) and its exotic subclasses |
"""
from reflow.parser.numeric import int_to_digits


class JSUndefined:
    __slots__ = ()

    # the host sees this object as ``reflow.UNDEFINED`` (None is null)
    def __repr__(self):
        return 'reflow.UNDEFINED'

    def __str__(self):
        return 'undefined'

    def __bool__(self):
        return False

    def __reduce__(self):
        return 'UNDEFINED'


class JSNull:
    __slots__ = ()

    def __repr__(self):
        return 'null'

    def __bool__(self):
        return False

    def __reduce__(self):
        return 'NULL'


UNDEFINED = JSUndefined()
NULL = JSNull()


class JSSymbol:
    """6.1.5 The Symbol Type. Identity is the value; ``description`` is a str or
    UNDEFINED."""
    __slots__ = ('description', 'registered', '__weakref__')

    def __init__(self, description=UNDEFINED, registered=False):
        self.description = description
        self.registered = registered

    def __repr__(self):
        d = '' if self.description is UNDEFINED else self.description
        return 'Symbol(%s)' % d


class JSBigInt:
    """6.1.6.2 The BigInt Type: an arbitrary-precision integer."""
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return type(other) is JSBigInt and other.value == self.value

    def __hash__(self):
        return hash(('bigint', self.value))

    def __repr__(self):
        return int_to_digits(self.value) + 'n'


# 6.1.5.1 Well-Known Symbols
WELL_KNOWN_SYMBOLS = {
    name: JSSymbol('Symbol.' + name) for name in (
        'asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match',
        'matchAll', 'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag',
        'unscopables')
}
SYM_ITERATOR = WELL_KNOWN_SYMBOLS['iterator']
SYM_ASYNC_ITERATOR = WELL_KNOWN_SYMBOLS['asyncIterator']
SYM_HAS_INSTANCE = WELL_KNOWN_SYMBOLS['hasInstance']
SYM_TO_PRIMITIVE = WELL_KNOWN_SYMBOLS['toPrimitive']
SYM_TO_STRING_TAG = WELL_KNOWN_SYMBOLS['toStringTag']
SYM_SPECIES = WELL_KNOWN_SYMBOLS['species']
SYM_UNSCOPABLES = WELL_KNOWN_SYMBOLS['unscopables']
SYM_IS_CONCAT_SPREADABLE = WELL_KNOWN_SYMBOLS['isConcatSpreadable']


def type_of(value):
    """13.5.3 The typeof Operator (objects decide 'function' themselves)."""
    t = type(value)
    if t is str:
        return 'string'
    if t is float:
        return 'number'
    if t is bool:
        return 'boolean'
    if value is UNDEFINED:
        return 'undefined'
    if value is NULL:
        return 'object'
    if t is JSSymbol:
        return 'symbol'
    if t is JSBigInt:
        return 'bigint'
    return 'function' if getattr(value, 'is_callable', False) else 'object'

"""The VM's out-of-line opcode handlers, one module per kind of work (table.py holds the
registry; the dispatch loop in ../dispatch.py runs the frequent opcodes inline)."""
# each module registers its opcodes' handlers when imported
from . import (async_iteration, bindings, calls, classes, control,  # noqa: F401
               dynamic_scopes, generators, iteration, literals, operators, properties, stack)
from .table import HANDLERS, tdz_error  # noqa: F401

"""Property reads that keep the base, delete (13.5.1), and RequireObjectCoercible."""
from ..errors import type_error
from ..values import NULL, UNDEFINED
from .. import references
from ..references import to_key, get_value
from .table import op


@op('GET_PROP_KEEP')
def op_get_prop_keep(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(get_value(realm, stack[-1], names[code[pc + 1]]))
    return pc + 2


@op('GET_ELEM_KEEP')
def op_get_elem_keep(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(get_value(realm, stack[-2], to_key(stack[-1])))
    return pc + 1


@op('DELETE_PROP')
def op_delete_prop(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = references.delete_property(realm, stack[-1], names[code[pc + 1]], strict)
    return pc + 2


@op('DELETE_ELEM')
def op_delete_elem(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    key = stack.pop()
    obj = stack[-1]
    if obj is UNDEFINED or obj is NULL:
        raise type_error('Cannot convert undefined or null to object')
    stack[-1] = references.delete_property(realm, obj, to_key(key), strict)
    return pc + 1


@op('REQUIRE_OBJECT_COERCIBLE')
def op_require_object_coercible(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack[-1]
    if v is UNDEFINED or v is NULL:
        raise type_error("Cannot destructure '%s' as it is %s." % (references.describe(v),
                                                                   references.describe(v)))
    return pc + 1

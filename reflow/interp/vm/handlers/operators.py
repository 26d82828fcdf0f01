"""The operators the dispatch loop does not run inline (13.5 unary, 13.6-13.12 binary,
13.15.3 the compound forms), and the conversions the compiler asks for by name."""
from ..errors import type_error
from ..operations import loosely_equal, to_boolean, to_number, to_string, to_int32
from ..values import JSBigInt, NULL, UNDEFINED
from .. import operators, references
from ..operators import numeric_op, to_numeric
from ..references import to_key
from .table import op, register_handler


def _binary(opname):
    def fn(vm, f, code, pc, stack, regs, consts, names, realm, strict):
        b = stack.pop()
        stack[-1] = numeric_op(opname, stack[-1], b)
        return pc + 1
    return fn


# (MUL, MOD, GT, LE and GE are the dispatch loop's own, in ../dispatch.py; DIV has its
# float fast path there and comes here for the rest)
for _name, _sym in (('DIV', '/'), ('EXP', '**'), ('BIT_AND', '&'), ('BIT_OR', '|'),
                    ('BIT_XOR', '^'), ('SHL', '<<'), ('SHR', '>>'), ('USHR', '>>>')):
    register_handler(_name, _binary(_sym))


@op('EQ')
def op_eq(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    b = stack.pop()
    stack[-1] = loosely_equal(stack[-1], b)
    return pc + 1


@op('NE')
def op_ne(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    b = stack.pop()
    stack[-1] = not loosely_equal(stack[-1], b)
    return pc + 1


@op('INSTANCEOF')
def op_instanceof(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    b = stack.pop()
    stack[-1] = operators.instance_of(realm, stack[-1], b)
    return pc + 1


@op('IN')
def op_in(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    b = stack.pop()
    stack[-1] = operators.has_property_op(realm, stack[-1], b)
    return pc + 1


@op('NEG')
def op_neg(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = to_numeric(stack[-1])
    stack[-1] = JSBigInt(-v.value) if type(v) is JSBigInt else -v
    return pc + 1


@op('PLUS')
def op_plus(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = to_number(stack[-1])
    return pc + 1


@op('NOT')
def op_not(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = not to_boolean(stack[-1])
    return pc + 1


@op('BIT_NOT')
def op_bit_not(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = to_numeric(stack[-1])
    stack[-1] = JSBigInt(~v.value) if type(v) is JSBigInt else float(~to_int32(v))
    return pc + 1


@op('TYPEOF')
def op_typeof(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = realm.typeof(stack[-1])
    return pc + 1


@op('INC')
def op_inc(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = to_numeric(stack[-1])
    stack[-1] = JSBigInt(v.value + 1) if type(v) is JSBigInt else v + 1.0
    return pc + 1


@op('DEC')
def op_dec(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = to_numeric(stack[-1])
    stack[-1] = JSBigInt(v.value - 1) if type(v) is JSBigInt else v - 1.0
    return pc + 1


@op('TO_NUMERIC')
def op_to_numeric(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = to_numeric(stack[-1])
    return pc + 1


@op('TO_PROPERTY_KEY')
def op_to_property_key(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = to_key(stack[-1])
    return pc + 1


# 13.15.2 compound assignment to obj[key]: GetValue(lref) does ToObject(base) before
# the key is converted (ToPropertyKey is deferred to GetValue)
@op('MEMBER_KEY')
def op_member_key(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    base = stack[-2]
    if base is UNDEFINED or base is NULL:
        raise type_error("Cannot read properties of %s" % references.describe(base))
    stack[-1] = to_key(stack[-1])
    return pc + 1


@op('TO_STRING')
def op_to_string(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = to_string(stack[-1])
    return pc + 1

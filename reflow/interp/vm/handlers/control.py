"""Control flow out of line: the conditional jumps of ?? and optional chains, and
14.14-14.15 throw and try handlers (&& and || jump in the dispatch loop)."""
from ..errors import JSErrorSignal, JSThrow
from ..values import NULL, UNDEFINED
from .table import op


@op('JUMP_IF_NOT_NULLISH_KEEP')
def op_jump_if_not_nullish_keep(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack[-1]
    if v is not UNDEFINED and v is not NULL:
        return code[pc + 1]
    stack.pop()
    return pc + 2


@op('JUMP_IF_NOT_UNDEFINED')
def op_jump_if_not_undefined(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if stack[-1] is not UNDEFINED:
        return code[pc + 1]
    stack.pop()
    return pc + 2


@op('JUMP_IF_NULLISH')
def op_jump_if_nullish(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack[-1]
    if v is UNDEFINED or v is NULL:
        stack[-1] = UNDEFINED
        return code[pc + 1]
    return pc + 2


@op('JUMP_IF_NULLISH_2')
def op_jump_if_nullish_2(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack[-2]
    if v is UNDEFINED or v is NULL:
        del stack[-2:]
        stack.append(UNDEFINED)
        return code[pc + 1]
    return pc + 2


@op('THROW')
def op_throw(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    raise JSThrow(stack.pop())


@op('THROW_ERROR')
def op_throw_error(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    kind = ('TypeError', 'ReferenceError', 'SyntaxError')[code[pc + 1]]
    raise JSErrorSignal(kind, names[code[pc + 2]])


@op('PUSH_HANDLER')
def op_push_handler(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if f.handlers is None:
        f.handlers = []
    x = code[pc + 2]
    # x & 4: the value on top of the stack is not part of the protected state (the
    # for-of value being bound)
    f.handlers.append((code[pc + 1], len(stack) - (1 if x & 4 else 0), x & 3))
    return pc + 3


@op('POP_HANDLER')
def op_pop_handler(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    f.handlers.pop()
    return pc + 1

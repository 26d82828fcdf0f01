"""Constants and stack shuffles."""
from ..function import EMPTY
from .table import op


@op('PUSH_EMPTY')
def op_push_empty(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(EMPTY)
    return pc + 1


@op('SWAP')
def op_swap(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1], stack[-2] = stack[-2], stack[-1]
    return pc + 1


@op('ROT3')
def op_rot3(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    c = stack.pop()
    stack.insert(len(stack) - 2, c)
    return pc + 1


@op('ROT4')
def op_rot4(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    d = stack.pop()
    stack.insert(len(stack) - 3, d)
    return pc + 1


@op('DUP2')
def op_dup2(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.extend(stack[-2:])
    return pc + 1


@op('NOP')
def op_nop(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    return pc + 1


@op('DEBUGGER')
def op_debugger(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    return pc + 1

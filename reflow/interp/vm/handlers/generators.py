"""Suspension: yield, await and the generator start (27.5 and 27.7; coroutines.py drives
the frames)."""
from .table import op


@op('YIELD')
def op_yield(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    from ..coroutines import Suspend
    f.pc = pc + 1
    raise Suspend(stack.pop(), 'yield')


@op('AWAIT')
def op_await(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    from ..coroutines import Suspend
    f.pc = pc + 1
    raise Suspend(stack.pop(), 'await')


@op('GENERATOR_START')
def op_generator_start(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    from ..coroutines import Suspend
    f.pc = pc + 1
    raise Suspend(None, 'start')

"""7.4 iteration in for-of, destructuring and spread, and 14.7.5 for-in."""
from ..values import UNDEFINED
from ..coroutines import ReturnSignal
from .table import op


@op('ITER_NEXT')
def op_iter_next(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    value, done = stack[-1].step()
    if done:
        stack.pop()
        return code[pc + 1]
    stack.append(value)
    return pc + 2


@op('ITER_STEP')
def op_iter_step(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    it = stack[-1]
    if it.done:
        stack.append(UNDEFINED)
    else:
        value, done = it.step()
        stack.append(UNDEFINED if done else value)
    return pc + 1


@op('ITER_REST')
def op_iter_rest(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    it = stack[-1]
    items = []
    while not it.done:
        value, done = it.step()
        if done:
            break
        items.append(value)
    stack.append(realm.new_array(items))
    return pc + 1


@op('ITER_CLOSE')
def op_iter_close(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.pop().close()
    return pc + 1


@op('ITER_CLOSE_IF_OPEN')
def op_iter_close_if_open(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    it = stack.pop()
    if not it.done:
        it.close()
    return pc + 1


@op('ITER_CLOSE_THROW')
def op_iter_close_throw(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    it = stack.pop()
    if not it.done:
        if type(stack[-1]) is ReturnSignal:
            # 7.4.10 IteratorClose for a return completion (generator.return() during
            # destructuring): return()'s errors and a non-object result are thrown
            it.close()
        else:
            it.close_on_throw()
    return pc + 1


@op('FOR_IN_START')
def op_for_in_start(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = realm.for_in_iterator(stack[-1])
    return pc + 1


@op('FOR_IN_NEXT')
def op_for_in_next(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    key = stack[-1].next_key()
    if key is None:
        stack.pop()
        return code[pc + 1]
    stack.append(key)
    return pc + 2

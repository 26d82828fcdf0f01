"""The VM's opcodes for async iteration and delegation: for await (14.7.5.6-7) and
yield* (15.5.5). The waiting itself is the AWAIT opcode; these ops make the calls and
check the results."""
from ..coroutines import Suspend
from ..errors import JSErrorSignal, JSThrow, type_error
from ..function import is_callable
from ..objects import JSObject
from ..operations import to_boolean
from ..values import NULL, UNDEFINED
from .table import op




@op('GET_ITERATOR')
def op_get_iterator(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    kind = code[pc + 1]   # 0 sync, 1 async, 2 sync without the array fast path
    if kind == 1:
        stack[-1] = realm.get_async_iterator(stack[-1])
    else:
        stack[-1] = realm.get_iterator(stack[-1], kind == 0)
    return pc + 2


# 14.7.5.7 ForIn/OfBodyEvaluation step 6.a: Call(iteratorRecord.[[NextMethod]], ...)
@op('ASYNC_ITER_NEXT')
def op_async_iter_next(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    rec = stack[-1]
    if not is_callable(rec.next_method):
        raise type_error('%s is not a function' % realm.describe(rec.next_method))
    stack.append(rec.next_method.call(rec.iterator, []))
    return pc + 1


# step 6.c-e: the result must be an object; IteratorComplete; IteratorValue
@op('ITER_RESULT')
def op_iter_result(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    result = stack[-1]
    if not isinstance(result, JSObject):
        raise type_error('Iterator result %s is not an object' % realm.describe(result))
    if to_boolean(result.get('done')):
        del stack[-2:]
        return code[pc + 1]
    stack[-1] = result.get('value')
    return pc + 2


@op('ITER_RESULT_CHECK')
def op_iter_result_check(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if not isinstance(stack[-1], JSObject):
        raise type_error('iterator.return() did not return an object')
    return pc + 1


# 7.4.? AsyncIteratorClose ( iteratorRecord, completion ) steps 3-5 (the await is the
# AWAIT opcode that follows)
@op('ASYNC_ITER_CLOSE')
def op_async_iter_close(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    rec = stack.pop()
    on_throw = code[pc + 2]
    it = rec.iterator
    try:
        ret = it.get('return')
        if ret is UNDEFINED or ret is NULL:
            return code[pc + 1]
        if not is_callable(ret):
            raise type_error('iterator.return is not a function')
        result = ret.call(it, [])
    except (JSThrow, JSErrorSignal):
        if on_throw:
            return code[pc + 1]
        raise
    stack.append(result)
    return pc + 3


# 15.5.5 yield*: the generator's driver (builtins/generator.py for sync generators,
# async_generators.py for async ones) runs the delegation; the frame resumes after this
# op with the value of the yield* expression, or with a throw or return completion.
@op('YIELD_DELEGATE')
def op_yield_delegate(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    f.pc = pc + 1
    raise Suspend(stack.pop(), 'delegate')

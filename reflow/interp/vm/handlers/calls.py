"""Calls with spread (13.3.8 ArgumentListEvaluation) and 13.3.10 import()."""
from ..errors import JSErrorSignal, type_error
from ..function import is_callable, is_constructor
from ..limits import MAX_ARGUMENTS
from .. import references
from .table import op


@op('CALL_SPREAD')
def op_call_spread(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    arr = stack.pop()
    this = stack.pop()
    func = stack.pop()
    if not is_callable(func):
        raise type_error('%s is not a function' % references.describe_callee(func))
    _check_spread_length(arr)
    args = arr.own_values()
    stack.append(func.call(this, args))
    return pc + 1


@op('NEW_SPREAD')
def op_new_spread(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    arr = stack.pop()
    func = stack.pop()
    if not is_constructor(func):
        raise type_error('%s is not a constructor' % references.describe_callee(func))
    _check_spread_length(arr)
    args = arr.own_values()
    stack.append(func.construct(args, func))
    return pc + 1


def _check_spread_length(arr):
    # a spread argument list longer than V8's stack holds (limits.MAX_ARGUMENTS)
    if arr.length > MAX_ARGUMENTS:
        raise JSErrorSignal('RangeError', 'Maximum call stack size exceeded')


@op('IMPORT_CALL')
def op_import_call(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    from ..modules import import_call
    options = stack.pop()
    stack[-1] = import_call(realm, consts[code[pc + 1]], stack[-1], options)
    return pc + 2

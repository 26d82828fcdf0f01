"""Variables, cells and globals (9.1 Environment Records as the compiler lays them out in
registers and cells), `this`, `new.target` and 10.4.4 arguments objects."""
from ..function import EMPTY, Cell
from ..values import UNDEFINED
from .table import op, tdz_error


@op('CHECK_DEREF')
def op_check_deref(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if regs[code[pc + 1]].value is EMPTY:
        raise tdz_error(names[code[pc + 2]])
    return pc + 3


@op('CHECK_FREE')
def op_check_free(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if f.closure[code[pc + 1]].value is EMPTY:
        raise tdz_error(names[code[pc + 2]])
    return pc + 3


@op('CLEAR_LOCAL')
def op_clear_local(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    regs[code[pc + 1]] = EMPTY
    return pc + 2


@op('UNDEF_LOCAL')
def op_undef_local(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    return pc + 2   # registers start undefined; kept for the cell patch


@op('MAKE_CELL')
def op_make_cell(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    regs[code[pc + 1]] = Cell(EMPTY)
    return pc + 2


@op('MAKE_CELL_UNDEF')
def op_make_cell_undef(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    slot = code[pc + 1]
    if type(regs[slot]) is not Cell:
        regs[slot] = Cell(UNDEFINED)
    return pc + 2


@op('NEW_CELL')
def op_new_cell(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    slot = code[pc + 1]
    regs[slot] = Cell(regs[slot].value)
    return pc + 2


@op('INIT_DEREF')
def op_init_deref(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    regs[code[pc + 1]].value = stack.pop()
    return pc + 2


@op('INIT_GLOBAL')
def op_init_global(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    realm.init_global(names[code[pc + 1]], stack.pop())
    return pc + 2


@op('TYPEOF_GLOBAL')
def op_typeof_global(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    name = names[code[pc + 1]]
    if not realm.has_global(name):
        stack.append('undefined')
    else:
        stack.append(realm.typeof(realm.get_global(name)))
    return pc + 2


@op('DELETE_GLOBAL')
def op_delete_global(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.delete_global(names[code[pc + 1]]))
    return pc + 2


@op('LOAD_NEW_TARGET')
def op_load_new_target(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(UNDEFINED if f.new_target is None else f.new_target)
    return pc + 1


@op('LOAD_FUNCTION')
def op_load_function(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(f.func)
    return pc + 1


@op('LOAD_ARG')
def op_load_arg(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    i = code[pc + 1]
    stack.append(f.args[i] if i < len(f.args) else UNDEFINED)
    return pc + 2


@op('CREATE_REST')
def op_create_rest(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.new_array(f.args[code[pc + 1]:]))
    return pc + 2


@op('CREATE_ARGUMENTS')
def op_create_arguments(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.create_arguments(f, code[pc + 1] == 1))
    return pc + 2

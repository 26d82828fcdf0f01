"""The VM's opcodes for dynamic scopes: object environment records (9.1.1.2) of `with`
statements and of sloppy direct eval's var declarations, and direct eval calls."""
from ..errors import JSErrorSignal, type_error
from ..function import is_callable
from ..objects import JSObject
from ..operations import to_boolean
from ..values import NULL, SYM_UNSCOPABLES, UNDEFINED
from .table import op




# 9.1.1.2.1 HasBinding ( N ) of an object Environment Record
def has_binding(env, name, is_with):
    if not env.has_property(name):
        return False
    if not is_with:
        return True
    unscopables = env.get(SYM_UNSCOPABLES)
    if isinstance(unscopables, JSObject):
        return not to_boolean(unscopables.get(name))
    return True


# 9.1.1.2.6 GetBindingValue ( N, S )
def get_binding_value(env, name, strict):
    if not env.has_property(name):
        if strict:
            raise JSErrorSignal('ReferenceError', '%s is not defined' % name)
        return UNDEFINED
    return env.get(name)


@op('DYN_GET')
def op_dyn_get(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    env = stack.pop()
    name = names[code[pc + 2]]
    if has_binding(env, name, code[pc + 3] == 0):
        stack.append(get_binding_value(env, name, strict))
        return code[pc + 1]
    return pc + 4


# 9.1.1.2.5 SetMutableBinding ( N, V, S )
@op('DYN_SET')
def op_dyn_set(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    env = stack.pop()
    name = names[code[pc + 2]]
    if has_binding(env, name, code[pc + 3] == 0):
        value = stack.pop()
        still = env.has_property(name)
        if not still and strict:
            raise JSErrorSignal('ReferenceError', '%s is not defined' % name)
        if not env.set(name, value, env) and strict:
            raise type_error("Cannot assign to read only property '%s' of object" % name)
        return code[pc + 1]
    return pc + 4


@op('DYN_GET_CALL')
def op_dyn_get_call(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    env = stack.pop()
    name = names[code[pc + 2]]
    is_with = code[pc + 3] == 0
    if has_binding(env, name, is_with):
        stack.append(get_binding_value(env, name, strict))
        stack.append(env if is_with else UNDEFINED)   # 9.1.1.2.10 WithBaseObject
        return code[pc + 1]
    return pc + 4


# 13.5.1.2 delete of an identifier: 9.1.1.2.7 DeleteBinding ( N )
@op('DYN_DELETE')
def op_dyn_delete(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    env = stack.pop()
    name = names[code[pc + 2]]
    if has_binding(env, name, code[pc + 3] == 0):
        stack.append(env.delete(name))
        return code[pc + 1]
    return pc + 4


@op('DYN_RESOLVE')
def op_dyn_resolve(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if has_binding(stack[-1], names[code[pc + 2]], code[pc + 3] == 0):
        return code[pc + 1]
    stack.pop()
    return pc + 4


@op('DYN_REF_GET')
def op_dyn_ref_get(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    ref = stack.pop()
    if isinstance(ref, JSObject):
        stack.append(get_binding_value(ref, names[code[pc + 2]], strict))
        return code[pc + 1]
    return pc + 3


@op('DYN_REF_SET')
def op_dyn_ref_set(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    ref = stack.pop()
    if isinstance(ref, JSObject):
        name = names[code[pc + 2]]
        value = stack.pop()
        if not ref.has_property(name) and strict:
            raise JSErrorSignal('ReferenceError', '%s is not defined' % name)
        if not ref.set(name, value, ref) and strict:
            raise type_error("Cannot assign to read only property '%s' of object" % name)
        return code[pc + 1]
    return pc + 3


@op('WITH_OBJECT')
def op_with_object(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = realm.to_object(stack[-1])
    return pc + 1


@op('NEW_EVAL_ENV')
def op_new_eval_env(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(JSObject(NULL))
    return pc + 1


# 13.3.6.1 Function Calls: a call of `eval` is a direct eval when the function is %eval%
@op('CALL_EVAL')
def op_call_eval(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    argc = code[pc + 1]
    if argc < 0:
        arr = stack.pop()
        args = arr.own_values()
    elif argc:
        args = stack[-argc:]
        del stack[-argc:]
    else:
        args = []
    this = stack.pop()
    func = stack.pop()
    if func is realm.intrinsics.get('eval'):
        from ..eval_code import direct_eval
        stack.append(direct_eval(realm, f, consts[code[pc + 2]], args))
        return pc + 3
    if not is_callable(func):
        raise type_error('%s is not a function' % realm.describe(func))
    stack.append(func.call(this, args))
    return pc + 3

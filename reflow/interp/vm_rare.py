"""The VM's less frequent opcodes, one function each: (vm, frame, code, pc, stack, regs,
consts, names, realm, strict) -> next pc. The table RARE maps opcode -> function."""
import math

from .errors import JSErrorSignal, JSThrow, type_error
from .function import (EMPTY, ArgumentsObject, Cell, JSFunction, is_callable,
                       is_constructor)
from .objects import (CONFIGURABLE, ENUMERABLE, WRITABLE, Descriptor, JSArray, JSObject,
                      MISSING, Prop, create_data_property, define_property_or_throw)
from .limits import MAX_ARGUMENTS
from .opcodes import NUMBER
from .operations import (loosely_equal, to_boolean, to_number,
                         to_property_key, to_string, to_int32, to_primitive)
from .values import JSBigInt, JSSymbol, NULL, UNDEFINED, type_of
from . import vm_ops
from .vm_ops import numeric_op, to_numeric, to_key, get_value
from .coroutines import ReturnSignal

RARE = {}


def op(name):
    """Register the decorated function as opcode ``name``'s handler (one per opcode)."""
    def register(fn):
        register_handler(name, fn)
        return fn
    return register


def register_handler(name, fn):
    if NUMBER[name] in RARE:
        raise AssertionError('a second handler for %s' % name)
    RARE[NUMBER[name]] = fn


def _tdz(name):
    return JSErrorSignal('ReferenceError', "Cannot access '%s' before initialization" % name
                         if name != 'this' else
                         "Must call super constructor in derived class before accessing "
                         "'this' or returning from derived constructor")


# -- constants and stack -------------------------------------------------------------

@op('PUSH_NULL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(NULL)
    return pc + 1


@op('PUSH_TRUE')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(True)
    return pc + 1


@op('PUSH_FALSE')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(False)
    return pc + 1


@op('PUSH_EMPTY')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(EMPTY)
    return pc + 1


@op('SWAP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1], stack[-2] = stack[-2], stack[-1]
    return pc + 1


@op('ROT3')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    c = stack.pop()
    stack.insert(len(stack) - 2, c)
    return pc + 1


@op('ROT4')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    d = stack.pop()
    stack.insert(len(stack) - 3, d)
    return pc + 1


@op('DUP2')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.extend(stack[-2:])
    return pc + 1


@op('NOP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    return pc + 1


@op('DEBUGGER')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    return pc + 1


# -- variables --------------------------------------------------------------------------

@op('CHECK_DEREF')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if regs[code[pc + 1]].value is EMPTY:
        raise _tdz(names[code[pc + 2]])
    return pc + 3


@op('CHECK_FREE')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if f.closure[code[pc + 1]].value is EMPTY:
        raise _tdz(names[code[pc + 2]])
    return pc + 3


@op('CLEAR_LOCAL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    regs[code[pc + 1]] = EMPTY
    return pc + 2


@op('UNDEF_LOCAL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    return pc + 2   # registers start undefined; kept for the cell patch


@op('MAKE_CELL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    regs[code[pc + 1]] = Cell(EMPTY)
    return pc + 2


@op('MAKE_CELL_UNDEF')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    slot = code[pc + 1]
    if type(regs[slot]) is not Cell:
        regs[slot] = Cell(UNDEFINED)
    return pc + 2


@op('NEW_CELL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    slot = code[pc + 1]
    regs[slot] = Cell(regs[slot].value)
    return pc + 2


@op('INIT_DEREF')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    regs[code[pc + 1]].value = stack.pop()
    return pc + 2


@op('INIT_GLOBAL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    realm.init_global(names[code[pc + 1]], stack.pop())
    return pc + 2


@op('TYPEOF_GLOBAL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    name = names[code[pc + 1]]
    if not realm.has_global(name):
        stack.append('undefined')
    else:
        stack.append(realm.typeof(realm.get_global(name)))
    return pc + 2


@op('DELETE_GLOBAL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.delete_global(names[code[pc + 1]]))
    return pc + 2


# -- this, arguments ------------------------------------------------------------------

@op('LOAD_THIS')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(f.this)
    return pc + 1


@op('LOAD_NEW_TARGET')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(UNDEFINED if f.new_target is None else f.new_target)
    return pc + 1


@op('LOAD_FUNCTION')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(f.func)
    return pc + 1


@op('LOAD_ARG')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    i = code[pc + 1]
    stack.append(f.args[i] if i < len(f.args) else UNDEFINED)
    return pc + 2


@op('CREATE_REST')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.new_array(f.args[code[pc + 1]:]))
    return pc + 2


@op('CREATE_ARGUMENTS')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.create_arguments(f, code[pc + 1] == 1))
    return pc + 2


# -- operators ----------------------------------------------------------------------

def _binary(opname):
    def fn(vm, f, code, pc, stack, regs, consts, names, realm, strict):
        b = stack.pop()
        a = stack[-1]
        if type(a) is float and type(b) is float and opname in ('*', '/', '-'):
            stack[-1] = a * b if opname == '*' else (vm_ops.divide(a, b) if opname == '/'
                                                     else a - b)
        else:
            stack[-1] = numeric_op(opname, a, b)
        return pc + 1
    return fn


# (MUL, MOD, GT, LE and GE are the dispatch loop's own, in vm.py)
for _name, _sym in (('DIV', '/'), ('EXP', '**'), ('BIT_AND', '&'), ('BIT_OR', '|'),
                    ('BIT_XOR', '^'), ('SHL', '<<'), ('SHR', '>>'), ('USHR', '>>>')):
    register_handler(_name, _binary(_sym))


@op('EQ')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    b = stack.pop()
    stack[-1] = loosely_equal(stack[-1], b)
    return pc + 1


@op('NE')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    b = stack.pop()
    stack[-1] = not loosely_equal(stack[-1], b)
    return pc + 1


@op('INSTANCEOF')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    b = stack.pop()
    stack[-1] = vm_ops.instance_of(realm, stack[-1], b)
    return pc + 1


@op('IN')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    b = stack.pop()
    stack[-1] = vm_ops.has_property_op(realm, stack[-1], b)
    return pc + 1


@op('NEG')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = to_numeric(stack[-1])
    stack[-1] = JSBigInt(-v.value) if type(v) is JSBigInt else -v
    return pc + 1


@op('PLUS')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = to_number(stack[-1])
    return pc + 1


@op('NOT')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = not to_boolean(stack[-1])
    return pc + 1


@op('BIT_NOT')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = to_numeric(stack[-1])
    stack[-1] = JSBigInt(~v.value) if type(v) is JSBigInt else float(~to_int32(v))
    return pc + 1


@op('TYPEOF')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = realm.typeof(stack[-1])
    return pc + 1


@op('INC')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = to_numeric(stack[-1])
    stack[-1] = JSBigInt(v.value + 1) if type(v) is JSBigInt else v + 1.0
    return pc + 1


@op('DEC')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = to_numeric(stack[-1])
    stack[-1] = JSBigInt(v.value - 1) if type(v) is JSBigInt else v - 1.0
    return pc + 1


@op('TO_NUMERIC')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = to_numeric(stack[-1])
    return pc + 1


@op('TO_PROPERTY_KEY')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = to_key(stack[-1])
    return pc + 1


# 13.15.2 compound assignment to obj[key]: GetValue(lref) does ToObject(base) before
# the key is converted (ToPropertyKey is deferred to GetValue)
@op('MEMBER_KEY')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    base = stack[-2]
    if base is UNDEFINED or base is NULL:
        raise type_error("Cannot read properties of %s" % vm_ops.describe(base))
    stack[-1] = to_key(stack[-1])
    return pc + 1


@op('TO_STRING')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = to_string(stack[-1])
    return pc + 1


# -- jumps ----------------------------------------------------------------------------

@op('JUMP_IF_FALSE_KEEP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if not to_boolean(stack[-1]):
        return code[pc + 1]
    stack.pop()
    return pc + 2


@op('JUMP_IF_TRUE_KEEP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if to_boolean(stack[-1]):
        return code[pc + 1]
    stack.pop()
    return pc + 2


@op('JUMP_IF_NOT_NULLISH_KEEP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack[-1]
    if v is not UNDEFINED and v is not NULL:
        return code[pc + 1]
    stack.pop()
    return pc + 2


@op('JUMP_IF_NOT_UNDEFINED')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if stack[-1] is not UNDEFINED:
        return code[pc + 1]
    stack.pop()
    return pc + 2


@op('JUMP_IF_NULLISH')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack[-1]
    if v is UNDEFINED or v is NULL:
        stack[-1] = UNDEFINED
        return code[pc + 1]
    return pc + 2


@op('JUMP_IF_NULLISH_2')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack[-2]
    if v is UNDEFINED or v is NULL:
        del stack[-2:]
        stack.append(UNDEFINED)
        return code[pc + 1]
    return pc + 2


# -- properties -----------------------------------------------------------------------

@op('GET_PROP_KEEP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(get_value(realm, stack[-1], names[code[pc + 1]]))
    return pc + 2


@op('GET_ELEM_KEEP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(get_value(realm, stack[-2], to_key(stack[-1])))
    return pc + 1


@op('DELETE_PROP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = vm_ops.delete_property(realm, stack[-1], names[code[pc + 1]], strict)
    return pc + 2


@op('DELETE_ELEM')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    key = stack.pop()
    obj = stack[-1]
    if obj is UNDEFINED or obj is NULL:
        raise type_error('Cannot convert undefined or null to object')
    stack[-1] = vm_ops.delete_property(realm, obj, to_key(key), strict)
    return pc + 1


@op('REQUIRE_OBJECT_COERCIBLE')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack[-1]
    if v is UNDEFINED or v is NULL:
        raise type_error("Cannot destructure '%s' as it is %s." % (vm_ops.describe(v),
                                                                   vm_ops.describe(v)))
    return pc + 1


# -- objects and arrays -----------------------------------------------------------------

@op('NEW_OBJECT')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(JSObject(realm.intrinsics['ObjectPrototype']))
    return pc + 1


@op('NEW_ARRAY')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    n = code[pc + 1]
    if n:
        items = stack[-n:]
        del stack[-n:]
    else:
        items = []
    stack.append(realm.new_array(items))
    return pc + 2


@op('ARRAY_APPEND')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack.pop()
    stack[-1].push_own(v)
    return pc + 1


@op('ARRAY_HOLE')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1].length += 1
    return pc + 1


@op('ARRAY_SPREAD')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    iterable = stack.pop()
    arr = stack[-1]
    for v in vm_ops.iterate_to_list(realm, iterable):
        arr.push_own(v)
    return pc + 1


@op('DEFINE_FIELD')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack.pop()
    create_data_property(stack[-1], names[code[pc + 1]], v)
    return pc + 2


@op('DEFINE_FIELD_ELEM')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack.pop()
    key = stack.pop()
    create_data_property(stack[-1], key, v)
    return pc + 1


def _define_method(realm, obj, key, func, kind):
    enumerable = bool(kind & 4)
    kind &= 3
    if isinstance(func, JSFunction):
        func.home = obj
        realm.set_function_name(func, key, ('', 'get', 'set')[kind])
    if kind == 0:
        desc = Descriptor(value=func, writable=True, enumerable=enumerable,
                          configurable=True)
    elif kind == 1:
        desc = Descriptor(get=func, enumerable=enumerable, configurable=True)
    else:
        desc = Descriptor(set=func, enumerable=enumerable, configurable=True)
    define_property_or_throw(obj, key, desc)


@op('DEFINE_METHOD')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack.pop()
    _define_method(realm, stack[-1], names[code[pc + 2]], func, code[pc + 1])
    return pc + 3


@op('DEFINE_METHOD_ELEM')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack.pop()
    key = stack.pop()
    _define_method(realm, stack[-1], key, func, code[pc + 1])
    return pc + 2


@op('COPY_DATA_PROPERTIES')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    source = stack.pop()
    vm_ops.copy_data_properties(realm, stack[-1], source)
    return pc + 1


@op('COPY_REST')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    excluded = stack.pop()
    source = stack.pop()
    keys = set(excluded.own_values())
    target = JSObject(realm.intrinsics['ObjectPrototype'])
    vm_ops.copy_data_properties(realm, target, source, keys)
    stack.append(target)
    return pc + 1


@op('SET_PROTO_LITERAL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack.pop()
    if isinstance(v, JSObject) or v is NULL:
        stack[-1].set_prototype_of(v)
    return pc + 1


@op('MAKE_FUNCTION')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    fcode = consts[code[pc + 1]]
    closure = tuple(f.closure[i] if from_closure else regs[i]
                    for from_closure, i in fcode.free_from)
    stack.append(realm.make_function(fcode, closure))
    return pc + 2


@op('SET_FUNCTION_NAME_KEY')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack[-1]
    if isinstance(func, JSFunction):
        realm.set_function_name(func, stack[-2], ('', 'get', 'set')[code[pc + 1]])
    return pc + 2


@op('MAKE_REGEXP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.regexp_create(consts[code[pc + 1]], consts[code[pc + 2]]))
    return pc + 3


@op('GET_TEMPLATE')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.template_object(consts[code[pc + 1]]))
    return pc + 2


# -- calls --------------------------------------------------------------------------

@op('CALL_SPREAD')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    arr = stack.pop()
    this = stack.pop()
    func = stack.pop()
    if not is_callable(func):
        raise type_error('%s is not a function' % vm_ops.describe_callee(func))
    _check_spread_length(arr)
    args = arr.own_values()
    stack.append(func.call(this, args))
    return pc + 1


@op('NEW_SPREAD')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    arr = stack.pop()
    func = stack.pop()
    if not is_constructor(func):
        raise type_error('%s is not a constructor' % vm_ops.describe_callee(func))
    _check_spread_length(arr)
    args = arr.own_values()
    stack.append(func.construct(args, func))
    return pc + 1


def _check_spread_length(arr):
    # a spread argument list longer than V8's stack holds (limits.MAX_ARGUMENTS)
    if arr.length > MAX_ARGUMENTS:
        raise JSErrorSignal('RangeError', 'Maximum call stack size exceeded')


# -- exceptions -----------------------------------------------------------------------

@op('THROW')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    raise JSThrow(stack.pop())


@op('THROW_ERROR')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    kind = ('TypeError', 'ReferenceError', 'SyntaxError')[code[pc + 1]]
    raise JSErrorSignal(kind, names[code[pc + 2]])


@op('PUSH_HANDLER')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    if f.handlers is None:
        f.handlers = []
    x = code[pc + 2]
    # x & 4: the value on top of the stack is not part of the protected state (the
    # for-of value being bound)
    f.handlers.append((code[pc + 1], len(stack) - (1 if x & 4 else 0), x & 3))
    return pc + 3


@op('POP_HANDLER')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    f.handlers.pop()
    return pc + 1


# -- iteration ------------------------------------------------------------------------

@op('ITER_NEXT')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    value, done = stack[-1].step()
    if done:
        stack.pop()
        return code[pc + 1]
    stack.append(value)
    return pc + 2


@op('ITER_STEP')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    it = stack[-1]
    if it.done:
        stack.append(UNDEFINED)
    else:
        value, done = it.step()
        stack.append(UNDEFINED if done else value)
    return pc + 1


@op('ITER_REST')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
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
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.pop().close()
    return pc + 1


@op('ITER_CLOSE_IF_OPEN')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    it = stack.pop()
    if not it.done:
        it.close()
    return pc + 1


@op('ITER_CLOSE_THROW')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
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
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1] = realm.for_in_iterator(stack[-1])
    return pc + 1


@op('FOR_IN_NEXT')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    key = stack[-1].next_key()
    if key is None:
        stack.pop()
        return code[pc + 1]
    stack.append(key)
    return pc + 2


@op('IMPORT_CALL')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    from .modules import import_call
    options = stack.pop()
    stack[-1] = import_call(realm, consts[code[pc + 1]], stack[-1], options)
    return pc + 2


# -- generators and async functions (coroutines.py) ----------------------------------

@op('YIELD')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    from .coroutines import Suspend
    f.pc = pc + 1
    raise Suspend(stack.pop(), 'yield')


@op('AWAIT')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    from .coroutines import Suspend
    f.pc = pc + 1
    raise Suspend(stack.pop(), 'await')


@op('GENERATOR_START')
def _(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    from .coroutines import Suspend
    f.pc = pc + 1
    raise Suspend(None, 'start')

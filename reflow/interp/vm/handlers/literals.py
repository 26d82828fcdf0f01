"""13.2 literals: object and array initialisers (13.2.4-13.2.5 with spread, methods,
accessors, __proto__), function closures, regular expressions and
templates."""
from ..function import JSFunction
from ..objects import Descriptor, JSObject, create_data_property, define_property_or_throw
from ..values import NULL
from .. import references
from .table import op


@op('NEW_OBJECT')
def op_new_object(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(JSObject(realm.intrinsics['ObjectPrototype']))
    return pc + 1


@op('NEW_ARRAY')
def op_new_array(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    n = code[pc + 1]
    if n:
        items = stack[-n:]
        del stack[-n:]
    else:
        items = []
    stack.append(realm.new_array(items))
    return pc + 2


@op('ARRAY_APPEND')
def op_array_append(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack.pop()
    stack[-1].push_own(v)
    return pc + 1


@op('ARRAY_HOLE')
def op_array_hole(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack[-1].length += 1
    return pc + 1


@op('ARRAY_SPREAD')
def op_array_spread(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    iterable = stack.pop()
    arr = stack[-1]
    for v in references.iterate_to_list(realm, iterable):
        arr.push_own(v)
    return pc + 1


@op('DEFINE_FIELD')
def op_define_field(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack.pop()
    create_data_property(stack[-1], names[code[pc + 1]], v)
    return pc + 2


@op('DEFINE_FIELD_ELEM')
def op_define_field_elem(vm, f, code, pc, stack, regs, consts, names, realm, strict):
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
def op_define_method(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack.pop()
    _define_method(realm, stack[-1], names[code[pc + 2]], func, code[pc + 1])
    return pc + 3


@op('DEFINE_METHOD_ELEM')
def op_define_method_elem(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack.pop()
    key = stack.pop()
    _define_method(realm, stack[-1], key, func, code[pc + 1])
    return pc + 2


@op('COPY_DATA_PROPERTIES')
def op_copy_data_properties(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    source = stack.pop()
    references.copy_data_properties(realm, stack[-1], source)
    return pc + 1


@op('COPY_REST')
def op_copy_rest(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    excluded = stack.pop()
    source = stack.pop()
    keys = set(excluded.own_values())
    target = JSObject(realm.intrinsics['ObjectPrototype'])
    references.copy_data_properties(realm, target, source, keys)
    stack.append(target)
    return pc + 1


@op('SET_PROTO_LITERAL')
def op_set_proto_literal(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    v = stack.pop()
    if isinstance(v, JSObject) or v is NULL:
        stack[-1].set_prototype_of(v)
    return pc + 1


@op('MAKE_FUNCTION')
def op_make_function(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    fcode = consts[code[pc + 1]]
    closure = tuple(f.closure[i] if from_closure else regs[i]
                    for from_closure, i in fcode.free_from)
    stack.append(realm.make_function(fcode, closure))
    return pc + 2


@op('SET_FUNCTION_NAME_KEY')
def op_set_function_name_key(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack[-1]
    if isinstance(func, JSFunction):
        realm.set_function_name(func, stack[-2], ('', 'get', 'set')[code[pc + 1]])
    return pc + 2


@op('MAKE_REGEXP')
def op_make_regexp(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.regexp_create(consts[code[pc + 1]], consts[code[pc + 2]]))
    return pc + 3


@op('GET_TEMPLATE')
def op_get_template(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(realm.template_object(consts[code[pc + 1]]))
    return pc + 2

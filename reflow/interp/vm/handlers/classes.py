"""The VM's class opcodes: 15.7.14 ClassDefinitionEvaluation, super, and private names
(7.3.27-7.3.32 PrivateElementFind / PrivateFieldAdd / PrivateMethodOrAccessorAdd /
PrivateGet / PrivateSet)."""
from ..errors import JSErrorSignal, type_error
from ..function import EMPTY, is_constructor
from ..objects import JSObject, create_data_property_or_throw
from ..values import NULL
from ..references import describe
from .table import op




class PrivateName:
    """6.2.12 Private Names; also holds the class's private methods (one per class
    evaluation, so they can live here)."""
    __slots__ = ('description', 'kind', 'method', 'getter', 'setter', 'brand', 'static')

    def __init__(self, description):
        self.description = description
        self.kind = 'field'
        self.method = None
        self.getter = None
        self.setter = None
        self.brand = ''        # for a method or accessor: its class's name (error messages)
        self.static = False

    def __repr__(self):
        return '#' + self.description


class PrivateMethod:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name


@op('MAKE_CLASS')
def op_make_class(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    fcode = consts[code[pc + 1]]
    I = realm.intrinsics
    if code[pc + 2]:
        parent = stack.pop()
        if parent is NULL:
            proto_parent = NULL
            ctor_parent = I['FunctionPrototype']
        elif not is_constructor(parent):
            raise type_error('Class extends value %s is not a constructor or null'
                             % describe(parent))
        else:
            proto_parent = parent.get('prototype')
            if not isinstance(proto_parent, JSObject) and proto_parent is not NULL:
                raise type_error('Class extends value does not have valid prototype '
                                 'property %s' % describe(proto_parent))
            ctor_parent = parent
    else:
        proto_parent = I['ObjectPrototype']
        ctor_parent = I['FunctionPrototype']
    proto = JSObject(proto_parent)
    closure = tuple(f.closure[i] if from_closure else regs[i]
                    for from_closure, i in fcode.free_from)
    F = realm.make_function(fcode, closure)
    F.proto = ctor_parent
    F.home = proto
    F.define('prototype', proto, 0)
    proto.define('constructor', F)
    stack.append(F)
    stack.append(proto)
    return pc + 3


@op('SET_CLASS_FIELDS')
def op_set_class_fields(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    init = stack.pop()
    init.home = stack[-1]
    stack[-2].fields = init
    return pc + 1


@op('RUN_STATIC_INIT')
def op_run_static_init(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    init = stack.pop()
    F = stack[-1]
    init.home = F
    init.call(F, [])
    return pc + 1


@op('DEFINE_OWN_FIELD')
def op_define_own_field(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    value = stack.pop()
    create_data_property_or_throw(stack[-1], names[code[pc + 1]], value)
    return pc + 2


# -- super ------------------------------------------------------------------------

def _home_proto(func):
    home = getattr(func, 'home', None)
    if home is None:
        raise JSErrorSignal('SyntaxError', "'super' keyword unexpected here")
    return home.get_prototype_of()


@op('SUPER_GET_PROP')
def op_super_get_prop(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack.pop()
    this = stack.pop()
    if this is EMPTY:
        raise JSErrorSignal('ReferenceError', "Must call super constructor in derived class "
                            "before accessing 'this' or returning from derived constructor")
    proto = _home_proto(func)
    if proto is NULL:
        raise type_error("Cannot read properties of null (reading '%s')" %
                         names[code[pc + 1]])
    stack.append(proto.get(names[code[pc + 1]], this))
    return pc + 2


@op('SUPER_GET_ELEM')
def op_super_get_elem(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    key = stack.pop()
    func = stack.pop()
    this = stack.pop()
    if this is EMPTY:
        raise JSErrorSignal('ReferenceError', "Must call super constructor in derived class "
                            "before accessing 'this' or returning from derived constructor")
    proto = _home_proto(func)
    if proto is NULL:
        raise type_error('Cannot read properties of null')
    stack.append(proto.get(key, this))
    return pc + 1


@op('SUPER_SET')
def op_super_set(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    value = stack.pop()
    key = stack.pop()
    func = stack.pop()
    this = stack.pop()
    if this is EMPTY:
        raise JSErrorSignal('ReferenceError', "Must call super constructor in derived class "
                            "before accessing 'this' or returning from derived constructor")
    from ..references import to_key
    key = to_key(key)
    proto = _home_proto(func)
    if proto is NULL:
        raise type_error('Cannot set properties of null')
    ok = proto.set(key, value, this)
    if not ok and strict:
        raise type_error("Cannot assign to read only property '%s'" % (key,))
    stack.append(value)
    return pc + 1


@op('SUPER_CALL')
def op_super_call(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    arr = stack.pop()
    func = stack.pop()
    new_target = stack.pop()
    parent = func.get_prototype_of()
    if not is_constructor(parent):
        raise type_error('Super constructor %s of anonymous class is not a constructor'
                         % describe(parent))
    args = [arr.get(str(i)) for i in range(arr.length)]
    stack.append(parent.construct(args, new_target))
    return pc + 1


def _already():
    return JSErrorSignal('ReferenceError', 'Super constructor may only be called once')


@op('BIND_THIS_LOCAL')
def op_bind_this_local(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    i = code[pc + 1]
    if regs[i] is not EMPTY:
        raise _already()
    regs[i] = stack.pop()
    f.this = regs[i]
    return pc + 2


@op('BIND_THIS_DEREF')
def op_bind_this_deref(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    cell = regs[code[pc + 1]]
    if cell.value is not EMPTY:
        raise _already()
    cell.value = stack.pop()
    f.this = cell.value
    return pc + 2


@op('BIND_THIS_FREE')
def op_bind_this_free(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    cell = f.closure[code[pc + 1]]
    if cell.value is not EMPTY:
        raise _already()
    cell.value = stack.pop()
    return pc + 2


@op('INIT_INSTANCE_ELEMENTS')
def op_init_instance_elements(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack.pop()
    obj = stack[-1]
    if getattr(func, 'fields', None) is not None:
        func.fields.call(obj, [])
    return pc + 1


# -- private names ----------------------------------------------------------------

@op('NEW_PRIVATE_NAME')
def op_new_private_name(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    stack.append(PrivateName(consts[code[pc + 1]]))
    return pc + 2


def _find(obj, name, action):
    privates = obj.privates if isinstance(obj, JSObject) else None
    if privates is None or name not in privates:
        if name.kind != 'field':   # the brand check of a method or accessor, as V8 words it
            raise type_error('Receiver must be %s %s' % (
                'class' if name.static else 'an instance of class', name.brand))
        raise type_error('Cannot %s private member #%s %s an object whose class did not '
                         'declare it' % (action, name.description,
                                         'from' if action == 'read' else 'to'))
    return privates[name]


@op('PRIVATE_GET')
def op_private_get(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    name = stack.pop()
    obj = stack[-1]
    v = _find(obj, name, 'read')
    if type(v) is PrivateMethod:
        if name.kind == 'method':
            v = name.method
        else:
            if name.getter is None:
                raise type_error("'#%s' was defined without a getter" % name.description)
            v = name.getter.call(obj, [])
    stack[-1] = v
    return pc + 1


@op('PRIVATE_SET')
def op_private_set(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    name = stack.pop()
    value = stack.pop()
    obj = stack[-1]
    v = _find(obj, name, 'write')
    if type(v) is PrivateMethod:
        if name.kind == 'method':
            raise type_error("Private method '#%s' is not writable" % name.description)
        if name.setter is None:
            raise type_error("'#%s' was defined without a setter" % name.description)
        name.setter.call(obj, [value])
    else:
        obj.privates[name] = value
    stack[-1] = value
    return pc + 1


@op('PRIVATE_IN')
def op_private_in(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    name = stack.pop()
    obj = stack[-1]
    if not isinstance(obj, JSObject):
        raise type_error("Cannot use 'in' operator to search for '#%s' in %s"
                         % (name.description, describe(obj)))
    stack[-1] = obj.privates is not None and name in obj.privates
    return pc + 1


@op('PRIVATE_DEFINE')
def op_private_define(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    value = stack.pop()
    name = stack.pop()
    obj = stack[-1]
    if obj.privates is None:
        obj.privates = {}
    if name in obj.privates:
        raise type_error('Cannot initialize #%s twice on the same object' % name.description)
    obj.privates[name] = value
    return pc + 1


@op('DEFINE_PRIVATE_METHOD')
def op_define_private_method(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    func = stack.pop()
    name = stack.pop()
    target = stack[-1]
    x = code[pc + 1]
    kind = x & 3
    func.home = target
    realm.set_function_name(func, '#' + name.description, ('', 'get', 'set')[kind])
    cls = target if x & 8 else stack[-2]   # stack: F proto, or proto F when static
    name.brand = cls.code.name or 'anonymous'
    name.static = bool(x & 8)
    if kind == 0:
        name.kind = 'method'
        name.method = func
    else:
        name.kind = 'accessor'
        if kind == 1:
            name.getter = func
        else:
            name.setter = func
    if x & 8:   # static: added to the class now
        if target.privates is None:
            target.privates = {}
        target.privates[name] = PrivateMethod(name)
    return pc + 2


@op('PRIVATE_METHOD_ADD')
def op_private_method_add(vm, f, code, pc, stack, regs, consts, names, realm, strict):
    name = stack.pop()
    obj = stack.pop()
    if obj.privates is None:
        obj.privates = {}
    if name in obj.privates:
        raise type_error('Cannot initialize private methods of class twice on the same '
                         'object')
    obj.privates[name] = PrivateMethod(name)
    return pc + 1

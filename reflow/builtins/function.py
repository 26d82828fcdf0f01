"""20.2 Function Objects."""
from reflow.interp.vm.operations import length_of_array_like
from reflow.interp.vm.errors import JSErrorSignal, type_error
from reflow.interp.vm.limits import MAX_ARGUMENTS, MAX_LIST_LENGTH
from reflow.interp.vm.function import BoundFunction, JSFunction, NativeFunction, is_callable
from reflow.interp.vm.objects import CONFIGURABLE, JSObject, array_index
from reflow.interp.vm.operations import to_integer_or_infinity, to_string
from reflow.interp.vm.values import NULL, SYM_HAS_INSTANCE, UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 20.2.1.1 Function ( ...parameterArgs, bodyArg )
@reg.constructor('Function', 1, 'FunctionPrototype')
def function_ctor(realm, this, args, new_target):
    from reflow.interp.vm.eval_code import create_dynamic_function
    return create_dynamic_function(realm, realm.intrinsics['Function'], new_target,
                                   'normal', args)


# 20.2.3.1 Function.prototype.apply ( thisArg, argArray )
@reg.method('FunctionPrototype', 'apply', 2)
def apply(realm, this, args):
    if not is_callable(this):
        raise type_error('Function.prototype.apply was called on a non-function')
    arr = arg(args, 1)
    if arr is UNDEFINED or arr is NULL:
        return this.call(arg(args, 0), [])
    return this.call(arg(args, 0), create_list_from_array_like(arr))


# 7.3.18 CreateListFromArrayLike ( obj )
def create_list_from_array_like(obj):
    if not isinstance(obj, JSObject):
        raise type_error('CreateListFromArrayLike called on non-object')
    n = length_of_array_like(obj)
    check_argument_count(n)
    return [obj.get(str(i)) for i in range(n)]


def check_argument_count(n):
    """An argument list of n values is refused as V8 refuses it (see limits)."""
    if n > MAX_LIST_LENGTH:
        raise JSErrorSignal('RangeError', 'Invalid array length')
    if n > MAX_ARGUMENTS:
        raise JSErrorSignal('RangeError', 'Maximum call stack size exceeded')


# 7.3.19 LengthOfArrayLike ( obj ) -> 7.1.20 ToLength
# 20.2.3.2 Function.prototype.bind ( thisArg, ...args )
@reg.method('FunctionPrototype', 'bind', 1)
def bind(realm, this, args):
    if not is_callable(this):
        raise type_error('Bind must be called on a function')
    f = BoundFunction(this, arg(args, 0), args[1:])
    length = 0.0
    if this.get_own_property('length') is not None:
        target_len = this.get('length')
        if type(target_len) is float:
            if target_len == float('inf'):
                length = target_len
            elif target_len == target_len and target_len != float('-inf'):
                length = max(0.0, float(to_integer_or_infinity(target_len)) -
                             len(args[1:]))
    f.define('length', length, CONFIGURABLE)
    name = this.get('name')
    f.define('name', 'bound ' + (name if type(name) is str else ''), CONFIGURABLE)
    return f


# 20.2.3.3 Function.prototype.call ( thisArg, ...args )
@reg.method('FunctionPrototype', 'call', 1)
def call(realm, this, args):
    if not is_callable(this):
        raise type_error('Function.prototype.call was called on a non-function')
    return this.call(arg(args, 0), list(args[1:]))


# 20.2.3.5 Function.prototype.toString ( )
@reg.method('FunctionPrototype', 'toString', 0)
def function_to_string(realm, this, args):
    if isinstance(this, JSFunction):
        return this.code.source_text()
    if is_callable(this):
        name = this.get('name') if isinstance(this, JSObject) else ''
        return 'function %s() { [native code] }' % (name if type(name) is str else '')
    raise type_error('Function.prototype.toString requires that \'this\' be a Function')


# 20.2.3.6 Function.prototype [ @@hasInstance ] ( V )
@reg.method('FunctionPrototype', '@@hasInstance', 1, flags=0)
def has_instance(realm, this, args):
    from reflow.interp.vm.operators import ordinary_has_instance
    return ordinary_has_instance(this, arg(args, 0))


@reg.setup
def setup(realm):
    # 10.2.4.1 %ThrowTypeError% ( )
    def thrower(this, args):
        raise type_error("'caller', 'callee', and 'arguments' properties may not be "
                         "accessed on strict mode functions or the arguments objects for "
                         "calls to them")
    t = NativeFunction(realm, thrower, '', 0)
    t.prevent_extensions()
    from reflow.interp.vm.objects import Descriptor
    t.define_own_property('length', Descriptor(configurable=False))
    t.define_own_property('name', Descriptor(configurable=False))
    realm.intrinsics['ThrowTypeError'] = t
    fp = realm.intrinsics['FunctionPrototype']
    fp.define_accessor('caller', t, t, CONFIGURABLE)
    fp.define_accessor('arguments', t, t, CONFIGURABLE)

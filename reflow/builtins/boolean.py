"""20.3 Boolean Objects."""
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import to_boolean
from reflow.interp.vm.realm import PrimitiveWrapper
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 20.3.1.1 Boolean ( value )
@reg.constructor('Boolean', 1, 'BooleanPrototype')
def boolean_ctor(realm, this, args, new_target):
    b = to_boolean(arg(args, 0))
    if new_target is None:
        return b
    from reflow.interp.vm.proxy import get_prototype_from_constructor
    proto = get_prototype_from_constructor(realm, new_target, 'BooleanPrototype')
    return PrimitiveWrapper(proto, b, 'Boolean')


# 20.3.3.3.1 ThisBooleanValue ( value )
def this_boolean_value(value, method):
    if type(value) is bool:
        return value
    if isinstance(value, PrimitiveWrapper) and type(value.primitive) is bool:
        return value.primitive
    raise type_error("Boolean.prototype.%s requires that 'this' be a Boolean" % method)


# 20.3.3.2 Boolean.prototype.toString ( )
@reg.method('BooleanPrototype', 'toString', 0)
def to_string(realm, this, args):
    return 'true' if this_boolean_value(this, 'toString') else 'false'


# 20.3.3.3 Boolean.prototype.valueOf ( )
@reg.method('BooleanPrototype', 'valueOf', 0)
def value_of(realm, this, args):
    return this_boolean_value(this, 'valueOf')

"""20.5.7 AggregateError Objects."""
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.proxy import get_prototype_from_constructor
from reflow.interp.vm.realm import ErrorObject
from reflow.interp.vm.values import UNDEFINED
from .error import install_error_cause
from .iterator import iterable_to_list
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 20.5.7.1.1 AggregateError ( errors, message [ , options ] )
@reg.constructor('AggregateError', 2, 'AggregateErrorPrototype', 'ErrorPrototype')
def aggregate_error(realm, this, args, new_target):
    err = ErrorObject(get_prototype_from_constructor(realm, new_target,
                                                     'AggregateErrorPrototype'))
    msg = arg(args, 1)
    if msg is not UNDEFINED:
        err.define('message', to_string(msg))
    install_error_cause(err, arg(args, 2))
    errors = iterable_to_list(realm, arg(args, 0))
    err.define('errors', realm.new_array(errors))
    realm.attach_stack(err)
    return err


@reg.setup
def setup(realm):
    I = realm.intrinsics
    proto = I['AggregateErrorPrototype']
    proto.define('name', 'AggregateError')
    proto.define('message', '')
    I['AggregateError'].set_prototype_of(I['Error'])

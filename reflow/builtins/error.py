"""20.5 Error Objects."""
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.objects import CONFIGURABLE, WRITABLE, JSObject, data_descriptor
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.proxy import ProxyObject, get_prototype_from_constructor
from reflow.interp.vm.realm import ErrorObject
from reflow.interp.vm.values import UNDEFINED
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()

NATIVE_ERRORS = ('EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
                 'URIError')


# 20.5.1.1 Error ( message [ , options ] ) and 20.5.6.1.1 NativeError ( message [, options] )
def make_error_ctor(name):
    def ctor(realm, this, args, new_target):
        # OrdinaryCreateFromConstructor: a foreign newTarget's realm supplies the default
        err = ErrorObject(get_prototype_from_constructor(realm, new_target,
                                                         name + 'Prototype'))
        msg = arg(args, 0)
        if msg is not UNDEFINED:
            err.define('message', to_string(msg))
        install_error_cause(err, arg(args, 1))
        realm.attach_stack(err)
        return err
    return ctor


# 20.5.8.1 InstallErrorCause ( O, options )
def install_error_cause(err, options):
    if isinstance(options, JSObject) and options.has_property('cause'):
        err.define('cause', options.get('cause'))


reg.constructor('Error', 1, 'ErrorPrototype')(make_error_ctor('Error'))
for _name in NATIVE_ERRORS:
    reg.constructor(_name, 1, _name + 'Prototype', 'ErrorPrototype')(make_error_ctor(_name))


# Error.captureStackTrace ( targetObject [ , constructorOpt ] ): V8's, not ECMA-262's, and
# called by the error classes of many npm packages: an own `stack` on the target, its
# header from the target's name and message, its frames those under the innermost
# running call of constructorOpt (none when it is not running); V8's words for a bad target
@reg.method('Error', 'captureStackTrace', 2)
def capture_stack_trace(realm, this, args):
    target = arg(args, 0)
    if not isinstance(target, JSObject) or isinstance(target, ProxyObject):
        raise type_error('invalid_argument')
    below = arg(args, 1)
    lines = realm.vm.stack_trace(below=below if isinstance(below, JSObject) else None)
    stack = '\n'.join([realm.error_header(target)] + lines)
    if not target.is_extensible():
        raise type_error('Cannot define property stack, object is not extensible')
    # a stack that cannot be redefined (non-configurable) stays, and V8 does not throw
    if target.define_own_property('stack', data_descriptor(stack, WRITABLE | CONFIGURABLE)) \
            and isinstance(target, ErrorObject):
        target.stack_lines = lines
    return UNDEFINED


# 20.5.3.4 Error.prototype.toString ( )
@reg.method('ErrorPrototype', 'toString', 0)
def error_to_string(realm, this, args):
    if not isinstance(this, JSObject):
        raise type_error('Error.prototype.toString called on non-object')
    name = this.get('name')
    name = 'Error' if name is UNDEFINED else to_string(name)
    msg = this.get('message')
    msg = '' if msg is UNDEFINED else to_string(msg)
    if not name:
        return msg
    if not msg:
        return name
    return '%s: %s' % (name, msg)


@reg.setup
def setup(realm):
    I = realm.intrinsics
    for name in ('Error',) + NATIVE_ERRORS:
        proto = I[name + 'Prototype']
        proto.define('name', name)
        proto.define('message', '')
        if name != 'Error':
            I[name].set_prototype_of(I['Error'])

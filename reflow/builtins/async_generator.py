"""27.6.1 %AsyncGeneratorPrototype% and 27.1.3 %AsyncIteratorPrototype%."""
from reflow.interp.vm.async_generators import (AsyncGeneratorObject, AsyncGeneratorRequest,
                                               async_generator_resume, await_return)
from reflow.interp.vm.errors import type_error
from reflow.interp.vm.objects import CONFIGURABLE
from reflow.interp.vm.values import SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.iteration import create_iter_result
from reflow.interp.vm.function import arg
from reflow.interp.vm.promises import new_promise_capability
from .registry import Registry

reg = Registry()


# 27.6.3.3 AsyncGeneratorValidate ( generator, generatorBrand ): a TypeError rejects the
# returned promise (IfAbruptRejectPromise) rather than throwing
def _start(realm, this, method):
    cap = new_promise_capability(realm, realm.intrinsics['Promise'])
    if not isinstance(this, AsyncGeneratorObject):
        err = realm.make_error('TypeError', 'AsyncGenerator.prototype.%s called on '
                               'incompatible receiver %s' % (method, realm.describe(this)))
        cap.reject.call(UNDEFINED, [err])
        return cap, None
    return cap, this


# 27.6.1.2 AsyncGenerator.prototype.next ( value )
@reg.method('AsyncGeneratorPrototype', 'next', 1)
def next_(realm, this, args):
    cap, gen = _start(realm, this, 'next')
    if gen is None:
        return cap.promise
    value = arg(args, 0)
    state = gen.state
    if state == 'completed':
        cap.resolve.call(UNDEFINED, [create_iter_result(realm, UNDEFINED, True)])
        return cap.promise
    gen.queue.append(AsyncGeneratorRequest('next', value, cap))
    if state in ('suspendedStart', 'suspendedYield'):
        async_generator_resume(gen, 'next', value)
    return cap.promise


# 27.6.1.3 AsyncGenerator.prototype.return ( value )
@reg.method('AsyncGeneratorPrototype', 'return', 1)
def return_(realm, this, args):
    cap, gen = _start(realm, this, 'return')
    if gen is None:
        return cap.promise
    value = arg(args, 0)
    gen.queue.append(AsyncGeneratorRequest('return', value, cap))
    state = gen.state
    if state in ('suspendedStart', 'completed'):
        gen.state = 'awaiting-return'
        gen.frame = None
        await_return(gen)
    elif state == 'suspendedYield':
        async_generator_resume(gen, 'return', value)
    return cap.promise


# 27.6.1.4 AsyncGenerator.prototype.throw ( exception )
@reg.method('AsyncGeneratorPrototype', 'throw', 1)
def throw_(realm, this, args):
    cap, gen = _start(realm, this, 'throw')
    if gen is None:
        return cap.promise
    value = arg(args, 0)
    state = gen.state
    if state == 'suspendedStart':
        gen.state = state = 'completed'
        gen.frame = None
    if state == 'completed':
        cap.reject.call(UNDEFINED, [value])
        return cap.promise
    gen.queue.append(AsyncGeneratorRequest('throw', value, cap))
    if state == 'suspendedYield':
        async_generator_resume(gen, 'throw', value)
    return cap.promise


# 27.1.3.1 %AsyncIteratorPrototype% [ @@asyncIterator ] ( )
@reg.method('AsyncIteratorPrototype', '@@asyncIterator', 0)
def async_iterator(realm, this, args):
    return this


@reg.setup
def setup(realm):
    realm.intrinsics['AsyncGeneratorPrototype'].define(SYM_TO_STRING_TAG, 'AsyncGenerator',
                                                       CONFIGURABLE)

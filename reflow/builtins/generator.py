"""27.5 Generator Objects and 27.3 the GeneratorFunction / AsyncFunction prototypes."""
from reflow.interp.vm.coroutines import GeneratorObject
from reflow.interp.vm.coroutines import delegate_sync_step, resume
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.objects import CONFIGURABLE, JSObject
from reflow.interp.vm.values import NULL, SYM_TO_STRING_TAG, UNDEFINED
from reflow.interp.vm.iteration import create_iter_result
from reflow.interp.vm.function import arg
from .registry import Registry

reg = Registry()


# 27.5.3.3 GeneratorResume / 27.5.3.4 GeneratorResumeAbrupt
def generator_resume(realm, gen, mode, value):
    if not isinstance(gen, GeneratorObject):
        raise type_error('%s method called on incompatible receiver' % mode)
    state = gen.state
    if state == 'executing':
        raise type_error('Generator is already running')
    if state == 'suspendedStart' and mode != 'next':
        gen.state = state = 'completed'
        gen.frame = None
    if state == 'completed':
        if mode == 'throw':
            raise JSThrow(value)
        return create_iter_result(realm, value if mode == 'return' else UNDEFINED, True)
    gen.state = 'executing'
    frame = gen.frame
    try:
        while True:
            if gen.delegate is not None:
                mode, value = delegate_sync_step(realm, gen.delegate, mode, value)
                if mode == 'yield':
                    gen.state = 'suspendedYield'
                    return value   # 15.5.5 step 7.a.vi: GeneratorYield(innerResult)
                gen.delegate = None
            result, kind = resume(realm.vm, frame, mode, value)
            if kind != 'delegate':
                break
            gen.delegate = result
            mode, value = 'next', UNDEFINED
    except (JSThrow, JSErrorSignal):
        gen.state = 'completed'
        gen.frame = None
        gen.delegate = None
        raise
    done = kind == 'done'
    if done:
        gen.state = 'completed'
        gen.frame = None
    else:
        gen.state = 'suspendedYield'
    return create_iter_result(realm, result, done)


# 27.5.1.2 Generator.prototype.next ( value )
@reg.method('GeneratorPrototype', 'next', 1)
def next_(realm, this, args):
    return generator_resume(realm, this, 'next', arg(args, 0))


# 27.5.1.3 Generator.prototype.return ( value )
@reg.method('GeneratorPrototype', 'return', 1)
def return_(realm, this, args):
    return generator_resume(realm, this, 'return', arg(args, 0))


# 27.5.1.4 Generator.prototype.throw ( exception )
@reg.method('GeneratorPrototype', 'throw', 1)
def throw_(realm, this, args):
    return generator_resume(realm, this, 'throw', arg(args, 0))


def _dynamic_function_ctor(realm, name, kind, proto):
    """27.3.1.1 GeneratorFunction, 27.4.1.1 AsyncGeneratorFunction, 27.7.1.1
    AsyncFunction ( ...parameterArgs, bodyArg ): not globals, reachable as the
    constructor of their prototypes."""
    from reflow.interp.vm.eval_code import create_dynamic_function
    from reflow.interp.vm.function import NativeFunction
    ctor = None

    def call(this, args):
        return create_dynamic_function(realm, ctor, None, kind, args)

    def construct(args, new_target):
        return create_dynamic_function(realm, ctor, new_target, kind, args)
    ctor = NativeFunction(realm, call, name, 1, proto=realm.intrinsics['Function'],
                          ctor=construct)
    ctor.define('prototype', proto, 0)
    proto.define('constructor', ctor, CONFIGURABLE)
    realm.intrinsics[name] = ctor
    return ctor


@reg.setup
def setup(realm):
    I = realm.intrinsics
    fp = I['FunctionPrototype']
    # 27.3.3 %GeneratorFunction.prototype%, 27.7.3 %AsyncFunction.prototype%
    gfp = JSObject(fp)
    gp = I['GeneratorPrototype']
    gfp.define('prototype', gp, CONFIGURABLE)
    gp.define('constructor', gfp, CONFIGURABLE)
    gfp.define(SYM_TO_STRING_TAG, 'GeneratorFunction', CONFIGURABLE)
    gp.define(SYM_TO_STRING_TAG, 'Generator', CONFIGURABLE)
    I['GeneratorFunctionPrototype'] = gfp
    afp = JSObject(fp)
    afp.define(SYM_TO_STRING_TAG, 'AsyncFunction', CONFIGURABLE)
    I['AsyncFunctionPrototype'] = afp
    agfp = JSObject(fp)
    agp = I['AsyncGeneratorPrototype']
    agfp.define('prototype', agp, CONFIGURABLE)
    agp.define('constructor', agfp, CONFIGURABLE)
    I['AsyncGeneratorFunctionPrototype'] = agfp
    I['AsyncGeneratorPrototype'] = agp
    agfp.define(SYM_TO_STRING_TAG, 'AsyncGeneratorFunction', CONFIGURABLE)
    _dynamic_function_ctor(realm, 'GeneratorFunction', 'generator', gfp)
    _dynamic_function_ctor(realm, 'AsyncGeneratorFunction', 'asyncGenerator', agfp)
    _dynamic_function_ctor(realm, 'AsyncFunction', 'async', afp)

"""Code made at run time: 19.2.1 eval (direct and indirect) and 20.2.1.1.1
CreateDynamicFunction (the Function, GeneratorFunction, AsyncFunction and
AsyncGeneratorFunction constructors)."""
from reflow.parser import JSSyntaxError, parse
from .errors import JSErrorSignal, JSThrow, type_error
from .function import Cell
from .objects import Descriptor, JSObject
from .operations import to_string
from .values import UNDEFINED

LEXICAL = ('let', 'const', 'class')


def _syntax_error(realm, exc):
    return JSThrow(realm.make_error(exc.name, exc.js_message()))


def _compile_eval(realm, source, site, strict):
    from ..compiler.compiler import CompileError, Compiler
    filename = site.filename if site is not None else '<eval>'
    options = {}
    if site is not None:
        options = dict(allow_new_target=site.new_target, allow_super=site.super_property,
                       allow_super_call=site.super_call,
                       in_class_field_init=site.field_init,
                       private_names=[name[1:] for _, names, _, _ in site.scopes
                                      for name in names if name.startswith('#')])
    try:
        program = parse(source, 'script', filename, strict=strict, **options)
        return Compiler(source, filename).compile_eval(program, site, strict)
    except JSSyntaxError as exc:
        raise _syntax_error(realm, exc)
    except CompileError as exc:
        raise JSThrow(realm.make_error('SyntaxError', str(exc)))


# 19.2.1.1 PerformEval ( x, strictCaller, direct ) with direct = true
def direct_eval(realm, frame, site, args):
    if not args:
        return UNDEFINED
    x = args[0]
    if type(x) is not str:
        return x
    code = site.cache.get(x)
    if code is None:
        code = _compile_eval(realm, x, site, site.strict)
        # each eval parses anew, and 13.2.8.4 GetTemplateObject keys the template objects
        # by Parse Node: code that may hold a tagged template is not reused
        if len(site.cache) < 64 and '`' not in x:
            site.cache[x] = code
    cells = [frame.regs[i] if not is_free else frame.closure[i]
             for is_free, i in site.fetch]
    closure = tuple(cells[i] for _, i in code.free_from)
    eval_declaration_instantiation(realm, code, site, cells)
    return _run(realm, code, closure)


# 19.2.1.1 PerformEval with direct = false: global code in a new lexical scope
def indirect_eval(realm, x):
    if type(x) is not str:
        return x
    code = _compile_eval(realm, x, None, False)
    eval_declaration_instantiation(realm, code, None, [])
    return _run(realm, code, ())


def _run(realm, code, closure):
    vm = realm.vm
    frame = vm.new_frame(None, code, realm.global_this, [], None)
    frame.closure = closure
    return vm.run(frame)


# 19.2.1.3 EvalDeclarationInstantiation ( body, varEnv, lexEnv, privateEnv, strict )
def eval_declaration_instantiation(realm, code, site, cells):
    var_names, func_names, strict, annex_b = code.field_inits
    if strict or not (var_names or func_names or annex_b):
        return
    names = list(dict.fromkeys(var_names + func_names))
    if site is not None and site.in_params and 'arguments' in names:
        # 19.2.1.1 PerformEval: `var arguments` may not come from a parameter initializer
        raise JSErrorSignal('SyntaxError', "'arguments' may not be declared by an eval "
                            'in a parameter initializer')
    scopes = site.scopes if site is not None else [('script', {}, -1, 0)]
    # the variable environment: the nearest function (or arrow, or strict eval) scope,
    # or the global one
    for i, (kind, bindings, dyn, dkind) in enumerate(scopes):
        if kind in ('function', 'arrowfn', 'script', 'body'):
            var_index = i
            break
    else:
        var_index = len(scopes) - 1
    # step 3: a var may not hoist over a lexical declaration of the same name
    for kind, bindings, dyn, dkind in scopes[:var_index]:
        for name in names:
            b = bindings.get(name)
            if b is not None and b[0] != 'catch' and not name.startswith('%'):
                if b[0] in LEXICAL or b[0] in ('var', 'function', 'param', 'callee'):
                    raise JSErrorSignal('SyntaxError',
                                        "Identifier '%s' has already been declared" % name)
    kind, bindings, dyn, dkind = scopes[var_index]
    if kind == 'script':
        # B.3.2.3 step 1.a.ii.4: a block function's global var only where a lexical
        # declaration is not in the way and CanDeclareGlobalVar
        glob = realm.global_object
        names += [n for n in annex_b if n not in names and n not in realm.global_lex and (
            glob.get_own_property(n) is not None or glob.is_extensible())]
        _global_declarations(realm, names, func_names)
        return
    names += [n for n in annex_b if n not in names and (
        bindings.get(n) is None or bindings[n][0] not in LEXICAL)]
    env = cells[dyn].value if dyn >= 0 else None
    for name in names:
        b = bindings.get(name)
        if b is not None:
            if b[0] in LEXICAL:
                raise JSErrorSignal('SyntaxError',
                                    "Identifier '%s' has already been declared" % name)
            continue   # the function's own var, parameter or function
        if env is None:
            # the function was compiled without an eval var object: not expected
            raise JSErrorSignal('SyntaxError', 'eval cannot declare %s here' % name)
        if env.get_own_property(name) is None:
            env.define_own_property(name, Descriptor(value=UNDEFINED, writable=True,
                                                     enumerable=True, configurable=True))


def _global_declarations(realm, names, func_names):
    glob = realm.global_object
    for name in names:
        if name in realm.global_lex:
            raise JSErrorSignal('SyntaxError',
                                "Identifier '%s' has already been declared" % name)
    # 9.1.1.4.16 CanDeclareGlobalFunction / 9.1.1.4.15 CanDeclareGlobalVar
    for name in func_names:
        d = glob.get_own_property(name)
        if d is None:
            if not glob.is_extensible():
                raise type_error("Cannot define global function '%s'" % name)
        elif d.configurable is not True and not (
                d.is_data() and d.writable is True and d.enumerable is True):
            raise type_error("Cannot redefine global function '%s'" % name)
    for name in names:
        if name not in func_names and glob.get_own_property(name) is None and \
                not glob.is_extensible():
            raise type_error("Cannot define global variable '%s'" % name)
    # 9.1.1.4.18 CreateGlobalFunctionBinding / 9.1.1.4.17 CreateGlobalVarBinding,
    # deletable (D = true)
    for name in func_names:
        d = glob.get_own_property(name)
        if d is None or d.configurable is True:
            glob.define_own_property(name, Descriptor(value=UNDEFINED, writable=True,
                                                      enumerable=True, configurable=True))
    for name in names:
        if name not in func_names and glob.get_own_property(name) is None:
            glob.define_own_property(name, Descriptor(value=UNDEFINED, writable=True,
                                                      enumerable=True, configurable=True))


# 20.2.1.1.1 CreateDynamicFunction ( constructor, newTarget, kind, parameterArgs,
#            bodyArg )
PREFIXES = {'normal': 'function', 'generator': 'function*', 'async': 'async function',
            'asyncGenerator': 'async function*'}
FALLBACK_PROTOS = {'normal': 'FunctionPrototype', 'generator': 'GeneratorFunctionPrototype',
                   'async': 'AsyncFunctionPrototype',
                   'asyncGenerator': 'AsyncGeneratorFunctionPrototype'}


def create_dynamic_function(realm, constructor, new_target, kind, args):
    from ..compiler.compiler import CompileError, Compiler
    if new_target is None:
        new_target = constructor
    params = [to_string(a) for a in args[:-1]]
    body = to_string(args[-1]) if args else ''
    p = ','.join(params)
    prefix = PREFIXES[kind]
    head = '%s anonymous(%s\n) ' % (prefix, p)
    source = '%s{\n%s\n}' % (head, body)
    # parse as `(source)`: the parameters and the body must each be what they are on
    # their own, so the whole must be one function expression whose body starts where
    # the text we joined says it does
    wrapped = '(' + source + ')'
    try:
        program = parse(wrapped, 'script', 'anonymous')
    except JSSyntaxError as exc:
        raise _syntax_error(realm, exc)
    stmts = program['body']
    fn = stmts[0]['expression'] if len(stmts) == 1 and \
        stmts[0]['type'] == 'ExpressionStatement' else None
    if fn is None or fn['type'] != 'FunctionExpression' or \
            fn['range'] != [1, len(source) + 1] or \
            fn['body']['range'][0] != len(head) + 1:
        raise JSThrow(realm.make_error('SyntaxError', 'Invalid function source text'))
    try:
        compiler = Compiler(wrapped, 'anonymous')
        code = compiler.compile_dynamic_function(fn)
    except JSSyntaxError as exc:
        raise _syntax_error(realm, exc)
    except CompileError as exc:
        raise JSThrow(realm.make_error('SyntaxError', str(exc)))
    f = realm.make_function(code, ())
    # GetPrototypeFromConstructor ( newTarget, fallbackProto )
    proto = new_target.get('prototype')
    if not isinstance(proto, JSObject):
        nt_realm = getattr(new_target, 'realm', None) or realm
        proto = nt_realm.intrinsics[FALLBACK_PROTOS[kind]]
    f.proto = proto
    return f


__all__ = ['direct_eval', 'indirect_eval', 'create_dynamic_function', 'Cell']

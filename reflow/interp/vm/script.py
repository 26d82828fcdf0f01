"""16.1.6 ScriptEvaluation: parse, compile, instantiate the globals, run."""
from reflow.parser import JSSyntaxError
from ..compiler.compiler import CompileError, Compiler, compile_script
from .errors import JSErrorSignal, JSThrow
from .dispatch import Frame


def evaluate_script(realm, source, filename='<input>', program=None):
    """Run ``source`` as a Script in ``realm``; return its completion value. A syntax
    error becomes a thrown SyntaxError object of the realm. ``program``: the tree, if
    the host parsed it (TypeScript, JSX)."""
    try:
        code = compile_script(source, filename, program=program)
    except JSSyntaxError as exc:
        raise JSThrow(realm.make_error(exc.name, exc.js_message()))
    except CompileError as exc:
        raise JSThrow(realm.make_error('SyntaxError', str(exc)))
    except JSErrorSignal as sig:   # code nested too deeply to compile: a RangeError
        raise JSThrow(realm.make_error(sig.name, sig.message))
    try:
        realm.declare_script_globals(code)
    except JSErrorSignal as sig:
        raise JSThrow(realm.make_error(sig.name, sig.message))
    vm = realm.vm
    frame = vm.new_frame(None, code, realm.global_this, [], None)
    frame.this = realm.global_this
    try:
        return vm.run(frame)
    except JSErrorSignal as sig:
        raise JSThrow(realm.make_error(sig.name, sig.message))


def function_from_body(realm, source, filename, params, program=None, name=''):
    """A function of the global scope whose parameters are the identifiers ``params``
    and whose body is the whole of ``source``, as a host's module wrapper makes one
    (Node's CommonJS `function (exports, require, module, __filename, __dirname)`).
    Unlike CreateDynamicFunction (20.2.1.1.1) nothing is joined to the text: every
    token keeps the line and column it has in the file, and a hashbang line stays
    allowed. The body is sloppy unless it starts with a "use strict" directive. A syntax
    error is thrown as the realm's SyntaxError, with the file's position. ``program``
    is the body already parsed (as a script allowing `return` and `new.target`), if
    the caller has it; ``name`` is the function's name (stack traces show it)."""
    from reflow.parser import parse
    try:
        if program is None:
            program = parse(source, 'script', filename,
                            allow_return_outside_function=True, allow_new_target=True)
        end = program['range'][1]
        fn = {'type': 'FunctionExpression', 'id': None, 'generator': False,
              'async': False, 'expression': False, 'range': [0, end],
              'params': [{'type': 'Identifier', 'name': p, 'range': [0, 0]}
                         for p in params],
              'body': {'type': 'BlockStatement', 'body': program['body'],
                       'range': [0, end]}}
        code = Compiler(source, filename, program.get('jsxOptions')).compile_dynamic_function(
            fn, name)
    except JSSyntaxError as exc:
        raise JSThrow(realm.make_error(exc.name, exc.js_message()))
    except CompileError as exc:
        raise JSThrow(realm.make_error('SyntaxError', str(exc)))
    except JSErrorSignal as sig:
        raise JSThrow(realm.make_error(sig.name, sig.message))
    return realm.make_function(code, ())

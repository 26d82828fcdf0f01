"""16.1.6 ScriptEvaluation: parse, compile, instantiate the globals, run."""
from reflow.parser import JSSyntaxError
from ..compiler.compiler import CompileError, compile_script
from .errors import JSErrorSignal, JSThrow
from .dispatch import Frame


def evaluate_script(realm, source, filename='<input>'):
    """Run ``source`` as a Script in ``realm``; return its completion value. A syntax
    error becomes a thrown SyntaxError object of the realm."""
    try:
        code = compile_script(source, filename)
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

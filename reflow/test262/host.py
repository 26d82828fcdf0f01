"""The test262 host: $262 (INTERPRETING.md "Host-Defined Functions") and print."""
import gc

from reflow.builtins.finalization_registry import run_finalization_cleanup
from reflow.ext.host import Host, create_realm
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, type_error
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import CONFIGURABLE, WRITABLE, JSObject
from reflow.interp.vm.values import UNDEFINED


class Output(Host):
    """Collects what print / console.log write."""

    def __init__(self):
        Host.__init__(self)
        self.lines = []

    def write_output(self, text, stream):
        self.lines.append(text)


def new_realm(output=None):
    """A fresh realm with $262 installed and its output collected."""
    from .agent import AgentGroup, install_agent
    realm = create_realm(output if output is not None else Output())
    realm.can_block = True    # the main agent may Atomics.wait (unless CanBlockIsFalse)
    obj = install_262(realm)
    install_agent(realm, obj, AgentGroup())
    return realm


def install_262(realm):
    obj = JSObject(realm.intrinsics['ObjectPrototype'])

    def fn(name, length, body):
        obj.define(name, NativeFunction(realm, body, name, length), WRITABLE | CONFIGURABLE)

    # $262.createRealm(): a new realm, returning its $262
    def create_realm(this, args):
        other = new_realm(realm.host)
        other.symbol_registry = realm.symbol_registry   # one agent: one registry
        return other.global_object.get('$262')

    # $262.evalScript(source): a Script in this realm
    def eval_script(this, args):
        from reflow.interp.vm.script import evaluate_script
        from reflow.interp.vm.operations import to_string
        source = to_string(args[0]) if args else 'undefined'
        return evaluate_script(realm, source, '<evalScript>')

    # $262.detachArrayBuffer(buffer): DetachArrayBuffer, where ArrayBuffer exists
    def detach(this, args):
        buffer = args[0] if args else UNDEFINED
        hook = getattr(buffer, 'detach', None)
        if hook is None:
            raise type_error('detachArrayBuffer: not an ArrayBuffer')
        hook()
        return UNDEFINED

    # $262.gc(): a collection, then the FinalizationRegistry cleanups
    def collect(this, args):
        gc.collect()
        run_finalization_cleanup(realm)
        return UNDEFINED

    fn('createRealm', 0, create_realm)
    fn('evalScript', 1, eval_script)
    fn('detachArrayBuffer', 1, detach)
    fn('gc', 0, collect)
    obj.define('global', realm.global_object, WRITABLE | CONFIGURABLE)
    realm.global_object.define('$262', obj, WRITABLE | CONFIGURABLE)
    return obj


__all__ = ['new_realm', 'install_262', 'Output', 'JSErrorSignal', 'JSThrow']

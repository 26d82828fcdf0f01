"""Running a program to completion, the one sequence ``reflow run``, the tests and
``JavascriptRuntime`` share: evaluate a script or a module (16.1.6 ScriptEvaluation,
16.2.1.5.3 Evaluate), perform a microtask checkpoint, then drive the event loop
(timers and host I/O, each macrotask followed by a checkpoint) until the program's
promise settles or nothing keeps the loop alive. A promise rejected with no handler at
the end of a macrotask ends the program (UnhandledRejection), as in Node and Deno."""
import os

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.promises import PromiseObject
from reflow.interp.vm.script import evaluate_script
from .event_loop import UnsettledPromise


def start_program(realm, source, filename, module=False, await_value=True,
                  commonjs=False):
    """Evaluate the program (a script, a module, or with ``commonjs`` the main
    CommonJS module of the realm's loader) and run the microtask checkpoint. Returns
    the promise to wait for (a module's evaluation, or a script's completion value when
    it is a promise and ``await_value``) or None, and a function giving the program's
    result once it settled (a CommonJS main's module.exports)."""
    if commonjs:
        from .modules.commonjs import commonjs_of
        main = commonjs_of(realm).load(filename, None, 'commonjs', source, main=True)
        realm.event_loop.checkpoint()
        return None, lambda: main.get('exports')
    program = _host_parsed(realm, source, filename, module)
    if module:
        # the module loader (and its compiler) only for a module
        from reflow.interp.vm.modules import evaluate, get_namespace, load_entry_module
        record = load_entry_module(realm, source, filename, program)
        promise = evaluate(record)
        handled_by_host(realm, promise)
        realm.event_loop.checkpoint()
        return promise, lambda: get_namespace(record)
    value = evaluate_script(realm, source, filename, program)
    awaited = await_value and isinstance(value, PromiseObject)
    if awaited:
        handled_by_host(realm, value)
    realm.event_loop.checkpoint()
    if awaited:
        return value, lambda: value.result
    return None, lambda: value


def _host_parsed(realm, source, filename, module):
    """The program's tree when it is TypeScript or JSX (parsed by the host's loader),
    or None: the engine parses JavaScript itself."""
    from .modules.languages import language_of
    host = realm.host
    typescript, jsx = language_of(filename, host.typescript)
    if not (typescript or jsx) or host.loader is None:
        return None
    if module:
        return host.loader.parse_module(realm, source, os.path.abspath(filename))
    from reflow.parser import JSSyntaxError
    try:
        return host.loader.parse(source, 'script', filename)
    except JSSyntaxError as exc:
        raise JSThrow(realm.make_error(exc.name, exc.js_message()))


def handled_by_host(realm, promise):
    """The host waits for ``promise``: its rejection is reported as the program's
    error, not also as an unhandled rejection (27.2.1.9 HostPromiseRejectionTracker's
    "handle")."""
    if not promise.is_handled:
        promise.is_handled = True
        realm.track_rejection(promise, 'handle')


def settled_value(promise, result):
    """The program's result once its promise (if any) settled."""
    if promise is not None:
        if promise.state == 'rejected':
            raise JSThrow(promise.result)
        if promise.state == 'pending':
            raise UnsettledPromise()
    return result()


async def drive(realm, promise, result, until_idle):
    """Run the event loop on the running asyncio loop until ``promise`` settles (then,
    if ``until_idle``, on until no timer or task keeps it alive)."""
    loop = realm.event_loop
    if promise is not None and promise.state == 'pending':
        await loop.run_async(until=lambda: promise.state != 'pending')
    value = settled_value(promise, result)
    if until_idle:
        await loop.run_async()
    return value


def run_to_completion(realm, source, filename, module=False, until_idle=True,
                      await_value=False, commonjs=False):
    """Run a program synchronously: an asyncio loop is started only when a timer, a
    task or a pending promise needs one. Returns the program's value; a JS throw, a
    rejection of its promise or an unhandled rejection raises JSThrow, a promise that
    nothing can settle any more UnsettledPromise."""
    promise, result = start_program(realm, source, filename, module, await_value,
                                    commonjs)
    loop = realm.event_loop
    if (promise is None or promise.state != 'pending') and not (until_idle and loop.alive()):
        return settled_value(promise, result)
    return loop.run_sync(drive(realm, promise, result, until_idle))


__all__ = ['run_to_completion', 'start_program', 'drive', 'settled_value', 'handled_by_host']

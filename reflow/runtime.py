"""``JavascriptRuntime``: the Python host's face of reflow, the API of the Rust reflow
runtime (a drop-in for deno_runtime's JavascriptRuntime) with Python names beside its
names. One runtime is one realm with its own globals, job queue, event loop, limits and
permissions; nothing in it is shared with another runtime.

    rt = JavascriptRuntime()
    v = await rt.execute("calc.js", "1 + 1")
    rt.convert_value_to_python(v)          # 2
"""
import contextlib
import os
import sys
import threading
import time

from reflow.ext.bridge import Bridge
from reflow.ext.errors import (ExecutionInterrupted, ExecutionTimeout, JSError, RuntimeBusy,
                               ProcessExit, ProgramExited,
                               RuntimeClosed)
from reflow.ext.event_loop import UnsettledPromise, running_loop
from reflow.ext.handles import JSValue, unwrap
from reflow.ext.host import Host, create_realm
from reflow.ext.permissions import Permissions
from reflow.ext.program import drive, settled_value, start_program
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, thrown_value
from reflow.interp.vm.function import is_callable
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.promises import PromiseObject
from reflow.interp.vm.realm import PENDING, data_property
from reflow.interp.vm.values import JSSymbol, NULL, UNDEFINED
from reflow.interp.vm.heap import set_memory_limit
from reflow.interp.vm.dispatch import ExecutionInterrupted as VMInterrupted
from reflow.interp.vm.dispatch import InterruptRequested, TimeLimitExceeded


def __getattr__(name):
    # CoreRuntimeConfig and PermissionOptions are dataclasses, imported on first use
    # (reflow/ext/config.py says why)
    if name in ('CoreRuntimeConfig', 'PermissionOptions'):
        from reflow.ext import config
        return getattr(config, name)
    raise AttributeError('module %r has no attribute %r' % (__name__, name))


def _module_loader(import_map, typescript=False):
    """A function making the loader, with Node's and Deno's rules, when a module is
    first loaded. The config's import map (a file's path, or the map as a dict) is read
    now: a bad one is an error of the runtime's construction (ImportMapError is a
    ValueError), not of a later import."""
    if import_map is not None:
        from reflow.ext.modules.import_map import ImportMap
        if isinstance(import_map, (str, os.PathLike)):
            import_map = ImportMap.load(os.fspath(import_map))
        elif isinstance(import_map, dict):
            import_map = ImportMap.parse(import_map, os.path.join(os.getcwd(), ''))
        else:
            raise TypeError('import_map must be a path or a dict, not %s'
                            % type(import_map).__name__)

    def make():
        from reflow.ext.modules.loader import ModuleLoader
        loader = ModuleLoader(import_map)
        loader.typescript = typescript
        return loader
    return make


def _console_sink(output):
    # (where logging was never imported, output is no Logger)
    logging = sys.modules.get('logging')
    is_logger = logging is not None and isinstance(output, logging.Logger)
    if output is None or callable(output) and not is_logger:
        return output
    if is_logger:
        return lambda text, stream: output.log(
            logging.INFO if stream == 'stdout' else logging.WARNING, '%s', text)
    raise TypeError('console_output must be a callable (text, stream) or a logging.Logger, '
                    'not %s' % type(output).__name__)


class _RuntimeBridge(Bridge):
    """Conversion's callbacks into this runtime: a JS function called from Python and a
    JS promise awaited from Python go through the runtime (its thread check, limits,
    job queue and event loop)."""

    def __init__(self, runtime):
        Bridge.__init__(self, owner=runtime)

    def call_function(self, realm, fn, this, args):
        runtime = self.owner
        with runtime._entered():
            value = runtime._run_sync(runtime._call_start(fn, this, args))
            return self.to_python(realm, value)

    async def await_promise(self, realm, promise):
        runtime = self.owner
        with runtime._entered():
            value = await runtime._run(lambda: (promise, lambda: promise.result))
            return self.to_python(realm, value)


class JavascriptRuntime:
    """A JS runtime: create it, run scripts and modules, pass values both ways, let
    scripts call registered Python functions; ``close()`` (or ``with``) frees it."""

    def __init__(self, config=None):
        if config is not None:
            from reflow.ext.config import CoreRuntimeConfig
            if not isinstance(config, CoreRuntimeConfig):
                raise TypeError('config must be a CoreRuntimeConfig, not %s'
                                % type(config).__name__)
        # None: every default, without making the record until .config is read
        self._config = config
        self.permissions = Permissions(config.permissions) \
            if config is not None and config.permissions is not None \
            else Permissions.granting_all()
        self._host = Host(output=_console_sink(self._setting('console_output')),
                          permissions=self.permissions,
                          loader=_module_loader(self._setting('import_map'),
                                                self._setting('typescript')))
        self._host.typescript = bool(self._setting('typescript'))
        self.realm = create_realm(self._host, max_depth=self._setting('max_stack_depth'))
        memory_limit = self._setting('memory_limit')
        if memory_limit is not None:
            set_memory_limit(self.realm, memory_limit)
        self._bridge = _RuntimeBridge(self)
        self._lock = threading.RLock()
        self._closed = False
        self._task = None          # the asyncio task waiting on JS, for interrupt()
        self._interrupted = False
        self._depth = 0            # calls into JS in progress (they nest)

    @property
    def config(self):
        """The CoreRuntimeConfig the runtime was made with (its defaults if none was
        given); its execution_timeout is read at each call into JS."""
        if self._config is None:
            from reflow.ext.config import CoreRuntimeConfig
            self._config = CoreRuntimeConfig()
        return self._config

    @config.setter
    def config(self, config):
        self._config = config

    def _setting(self, name):
        """A field of the config (one whose default is None), None where no config
        was given."""
        return getattr(self._config, name) if self._config is not None else None

    @classmethod
    async def new_async(cls, config=None):
        """The async constructor of the Rust API (creation does not block on I/O)."""
        return cls(config)

    # -- entering: one thread at a time, never after close --------------------------

    def _entered(self):
        if self._closed:
            raise RuntimeClosed('the runtime is closed')
        if not self._lock.acquire(blocking=False):
            raise RuntimeBusy('the runtime is in use by another thread; a runtime runs '
                              'on one thread at a time')
        return _Entered(self)

    # -- errors -----------------------------------------------------------------------

    def _js_error(self, value):
        """The JSError for a thrown JS value (read without running JS)."""
        return self._bridge.js_error(self.realm, value)

    def _limit_error(self, exc):
        self._abandon_program()
        if exc.timed_out:
            return ExecutionTimeout('the script ran past the execution_timeout of %s s'
                                    % self._setting('execution_timeout'))
        return ExecutionInterrupted('the script was interrupted')

    def _abandon_program(self):
        """After a limit stopped JS, the stopped program's queued jobs and timers are
        dropped (its globals stay), so the next call starts clean."""
        realm = self.realm
        realm.jobs.clear()
        realm.rejections = []
        loop = realm.event_loop
        for timer_id in list(loop.timers):
            loop.clear_timer(timer_id)
        loop.error = None

    # -- running ----------------------------------------------------------------------

    @contextlib.contextmanager
    def _guarded(self):
        """A call into JS under the runtime's limits, its failures as the host sees
        them. Calls nest (a registered function calling back into JS): the outermost
        one owns the time limit, and a limit stop passes through the inner ones
        untouched, so that no JS catch on the way sees it."""
        vm = self.realm.vm
        outermost = self._depth == 0
        if outermost:
            self._interrupted = False
            vm.interrupt_requested = False   # an interrupt() while nothing ran is spent
            vm.set_time_limit(self._setting('execution_timeout'))
        self._depth += 1
        try:
            yield
        except UnsettledPromise:
            raise JSError('Error', 'the promise never settles: no timer or task is left '
                          'that could settle it') from None
        except JSThrow as exc:
            raise self._js_error(exc.value) from None
        except JSErrorSignal as sig:
            raise self._js_error(thrown_value(self.realm, sig)) from None
        except VMInterrupted as exc:
            if not outermost:
                raise
            raise self._limit_error(exc) from None
        except ProcessExit as exc:   # process.exit(): the program is over, not the runtime
            if not outermost:
                raise
            self._abandon_program()
            raise ProgramExited(exc.code) from None
        finally:
            self._depth -= 1
            if outermost:
                vm.set_time_limit(None)

    async def _wait(self, promise, result):
        """Drive the event loop on the caller's asyncio loop until ``promise`` settles,
        within what is left of the time limit; interrupt() cancels the wait."""
        if promise is None or promise.state != 'pending':
            return settled_value(promise, result)
        import asyncio
        work = asyncio.ensure_future(drive(self.realm, promise, result, False))
        self._task = work
        deadline = self.realm.vm.deadline
        try:
            if deadline is None:
                return await work
            return await asyncio.wait_for(work, max(deadline - time.monotonic(), 0.0))
        except asyncio.TimeoutError:
            raise TimeLimitExceeded('time limit exceeded') from None
        except asyncio.CancelledError:
            if self._interrupted:
                raise InterruptRequested('interrupted') from None
            raise
        finally:
            self._task = None

    async def _run(self, start):
        """Start a program (``start()`` gives its promise, or None, and its result) and
        wait for it on the caller's asyncio loop."""
        with self._guarded():
            promise, result = start()
            return await self._wait(promise, result)

    def _run_sync(self, start):
        """The same, finished before returning: jobs drain at once, and only a program
        still waiting for a timer or a task gets an asyncio loop of its own (not
        possible inside a running loop: the async method is for that)."""
        with self._guarded():
            promise, result = start()
            if promise is None or promise.state != 'pending':
                return settled_value(promise, result)
            if running_loop() is None:
                return self.realm.event_loop.run_sync(self._wait(promise, result))
            raise RuntimeError('the call returned a promise that waits for timers or tasks; '
                               'inside a running asyncio loop use the async method')

    async def execute(self, name, source):
        """Run ``source`` as a classic script named ``name`` (the file in its stack
        frames); globals persist across calls. A promise completion value is awaited
        while its timers and jobs run on the caller's asyncio loop. Returns a handle."""
        _check_text('name', name)
        _check_text('source', source)
        with self._entered():
            value = await self._run(lambda: start_program(self.realm, source, name))
        return JSValue(self, value)

    async def execute_module(self, specifier, source=None):
        """Run an ES module: the file ``specifier`` (read under the read permission), or
        ``source`` in memory named ``specifier``. Returns a handle to its namespace."""
        _check_text('specifier', specifier)
        if source is not None:
            _check_text('source', source)
        realm = self.realm

        def start():
            text = source
            path = os.path.abspath(specifier)
            if text is None:
                text = self._host.read_module_source(realm, path, None)
            self._host.loader.graph.add(path)   # the entry of a static graph
            return start_program(realm, text, specifier, module=True)
        with self._entered():
            value = await self._run(start)
        return JSValue(self, value)

    async def run_event_loop(self):
        """Drive timers and tasks until none is left (deno_core's run_event_loop)."""
        with self._entered():
            with self._guarded():
                await self.realm.event_loop.run_async()


    # -- conversion -------------------------------------------------------------------

    def _value(self, obj):
        """The JS value of a handle (which must be this runtime's) or of a Python
        value (converted)."""
        if isinstance(obj, JSValue):
            return unwrap(obj, self)
        return self._bridge.from_python(self.realm, obj)

    def convert_value_to_python(self, handle, into=None):
        """The Python value of a JS value (the table in the README); with ``into`` a
        type (a dataclass, TypedDict, list[T], dict[str, T], Optional...), checked
        and built as that type, an error naming the path that does not fit."""
        with self._entered():
            value = self._value(handle)
            return self._bridge.to_python(self.realm, value, into)

    convert_value_to_rust = convert_value_to_python

    def convert_value_from_python(self, obj):
        """A handle of the JS value for a Python value (the README's table)."""
        with self._entered():
            return JSValue(self, self._value(obj))

    # -- values, as the Rust API makes them -------------------------------------------

    def create_number(self, n):
        if isinstance(n, bool) or not isinstance(n, (int, float)):
            raise TypeError('create_number takes an int or a float, not %s'
                            % type(n).__name__)
        return JSValue(self, float(n))

    def create_string(self, s):
        _check_text('create_string', s)
        return self.convert_value_from_python(s)

    def create_array(self, items=()):
        with self._entered():
            return JSValue(self, self.realm.new_array([self._value(v) for v in items]))

    def create_object(self):
        with self._entered():
            return JSValue(self, self.realm.new_object())

    def object_set_property(self, obj, key, value):
        """obj[key] = value; returns obj."""
        _check_text('key', key)
        with self._entered():
            target = self._value(obj)
            if not isinstance(target, JSObject):
                raise TypeError('object_set_property needs an object handle, not %r' % (obj,))
            v = self._value(value)
            with self._guarded():
                target.set(self._value(key), v, target)
        return obj

    def obj_to_value(self, obj):
        """An object handle as a value handle (in Python both are handles)."""
        with self._entered():
            self._value(obj)
        return obj

    def create_send_output_callback(self, sink):
        """A JS function ``(port, value)`` that sends ``{port: value}`` (converted) to
        ``sink``: a queue.Queue, an asyncio.Queue or a callable (the flume sender of
        the Rust runtime)."""
        send = _sender(sink)

        def send_output(port, value=UNDEFINED):
            send({port if isinstance(port, str) else str(port): value})
        with self._entered():
            return JSValue(self, self._bridge.host_function(self.realm, 'send_output',
                                                            send_output))

    def object_set_property_with_callback(self, obj, key, callback):
        """obj[key] = callback (a function handle, as create_send_output_callback
        makes); returns obj."""
        return self.object_set_property(obj, key, callback)

    # -- functions --------------------------------------------------------------------

    def register_function(self, name, fn):
        """A global JS function ``name`` that calls the Python ``fn`` with converted
        arguments (an ``async def`` gives a JS promise; an exception a JS error)."""
        _check_text('name', name)
        if not callable(fn):
            raise TypeError('register_function needs a callable, not %s'
                            % type(fn).__name__)
        with self._entered():
            realm = self.realm
            realm.global_object.set(name, self._bridge.host_function(realm, name, fn),
                                    realm.global_object)

    def declare_function(self, name, source):
        """A global JS function ``name`` from the source of a function expression
        (``"(a, b) => a + b"``, ``"function (x) { ... }"``)."""
        _check_text('name', name)
        _check_text('source', source)
        with self._entered():
            value = self._run_sync(lambda: start_program(
                self.realm, '(' + source + '\n)', name, await_value=False))
            if not is_callable(value):
                raise JSError('TypeError', 'declare_function: the source of %s is not a '
                              'function expression' % name)
            self.realm.global_object.set(name, value, self.realm.global_object)

    def _global_function(self, name):
        _check_text('name', name)
        fn = data_property(self.realm.global_object, name)
        if not is_callable(fn):
            with self._guarded():
                fn = self.realm.global_object.get(name)
        if not is_callable(fn):
            raise JSError('TypeError', '%s is not a function' % name)
        return fn

    def _call_start(self, fn, this, args):
        """The start of a call of ``fn``: its promise (if it returns one) and result.
        Only the outermost call runs the microtask checkpoint: a call made while JS
        runs (from a registered function) leaves the jobs to the code below it."""
        def start():
            value = fn.call(this, [self._value(a) for a in args])
            if self.realm.vm.frame is None:
                self.realm.event_loop.checkpoint()
            if isinstance(value, PromiseObject):
                return value, lambda: value.result
            return None, lambda: value
        return start

    def call_function(self, name, args=()):
        """Call the global JS function ``name``; a promise it returns is settled (its
        jobs run now) before the converted result is returned."""
        with self._entered():
            fn = self._global_function(name)
            value = self._run_sync(self._call_start(fn, UNDEFINED, list(args)))
            return self._bridge.to_python(self.realm, value)

    async def call_function_async(self, name, args=()):
        with self._entered():
            fn = self._global_function(name)
            value = await self._run(self._call_start(fn, UNDEFINED, list(args)))
            return self._bridge.to_python(self.realm, value)

    # -- the actor convention of the Rust runtime -------------------------------------

    async def call_actor(self, entry, inputs, context=None, sink=None):
        """Call the global JS function ``entry(inputs, context)``: ``inputs`` is
        ``{port: {"type": ..., "data": ...}}``; ``context.send_output(port, value)``
        sends ``{port: value}`` to ``sink``. The returned messages (also sent to the
        sink): one ``{key: value}`` per key of a returned object, ``{"out": "Flow"}``
        for null, ``{"out": value}`` for another value, ``{"error": message}`` for a
        throw or a rejection."""
        if not isinstance(inputs, dict):
            raise TypeError('call_actor: inputs must be a dict of ports')
        messages = []
        send = _sender(sink) if sink is not None else None

        def emit(message):
            messages.append(message)
            if send is not None:
                send(message)
        with self._entered():
            fn = self._global_function(entry)
            ctx = self.realm.new_object()
            for key, value in (context or {}).items():
                ctx.set(self._value(str(key)), self._value(value), ctx)
            ctx.set('send_output', self.create_send_output_callback(emit).value, ctx)
            realm = self.realm
            try:
                result = await self._run(self._call_start(
                    fn, UNDEFINED, [inputs, JSValue(self, ctx)]))
            except JSError as exc:
                emit({'error': '%s: %s' % (exc.name, exc.message) if exc.message
                      else exc.name})
                return messages
            with self._guarded():   # a getter of the result may throw
                if result is NULL:
                    emit({'out': 'Flow'})
                elif type(result) is JSObject and result.proto in (
                        realm.intrinsics['ObjectPrototype'], NULL):   # a plain object
                    for key, value in self._bridge.to_python(realm, result).items():
                        emit({key: value})
                elif result is not UNDEFINED:
                    emit({'out': self._bridge.to_python(realm, result)})
        return messages

    # -- limits and lifetime ----------------------------------------------------------

    def interrupt(self):
        """Stop the running script (from any thread): the call running it raises
        reflow.InterruptedError; JS catch and finally blocks do not run."""
        if self._closed:
            return
        self._interrupted = True
        self.realm.vm.interrupt()
        task = self._task
        if task is not None:
            try:
                task.get_loop().call_soon_threadsafe(task.cancel)
            except RuntimeError:   # its loop has closed: nothing waits any more
                pass

    def close(self):
        """Free the runtime: its realm's objects are cut apart so that reference
        counting frees them at once (no cycles left for gc). Idempotent."""
        if self._closed:
            return
        with self._entered():
            self._closed = True
            _dismantle(self.realm)
        self.realm = None
        self._bridge = None

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()

    def __repr__(self):
        return '<JavascriptRuntime%s>' % (' closed' if self._closed else '')


class _Entered:
    __slots__ = ('runtime',)

    def __init__(self, runtime):
        self.runtime = runtime

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.runtime._lock.release()


def _check_text(what, value):
    if not isinstance(value, str):
        raise TypeError('%s must be a str, not %s' % (what, type(value).__name__))


def _sender(sink):
    """A function putting one message into ``sink``."""
    asyncio = sys.modules.get('asyncio')   # (not imported: sink is no asyncio.Queue)
    if asyncio is not None and isinstance(sink, asyncio.Queue):
        return sink.put_nowait
    put = getattr(sink, 'put', None)
    if put is not None:
        return put
    if callable(sink):
        return sink
    raise TypeError('a sink is a queue.Queue, an asyncio.Queue or a callable, not %s'
                    % type(sink).__name__)


def _slot_names(obj):
    for cls in type(obj).__mro__:
        for name in getattr(cls, '__slots__', ()):
            if name not in ('__weakref__', '__dict__'):
                yield name


def _dismantle(realm):
    """Cut every object of the realm apart (properties, prototypes, internal slots,
    closures' cells), so that nothing of it is left in a reference cycle and reference
    counting frees it at once."""
    loop = realm.event_loop
    if loop is not None:
        for timer_id in list(loop.timers):
            loop.clear_timer(timer_id)
    for code in realm.cached_code:   # code objects may outlive the realm
        code.global_cache = None
        code.cache_realm = None
    seen = set()
    stack = [realm.global_object, realm.global_this] + list(realm.intrinsics.values())
    stack += list(realm.global_lex.values())
    objects = []
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        if isinstance(item, (list, tuple)):
            stack.extend(item)
            continue
        if isinstance(item, dict):
            stack.extend(item.values())
            continue
        if not hasattr(type(item), '__slots__') or isinstance(item, (str, float, int)) or \
                getattr(type(item), 'shared_by_runtimes', False):
            continue
        if type(item) is JSSymbol or item is PENDING:
            continue   # shared by every realm (the well-known symbols) and holding none
        seen.add(id(item))
        objects.append(item)
        for name in _slot_names(item):
            part = getattr(item, name, None)
            if part is not None:
                stack.append(part)
    for item in objects:
        if isinstance(item, JSObject):
            item.props.clear()
        for name in _slot_names(item):
            try:
                setattr(item, name, None)
            except (AttributeError, TypeError):   # a read-only or typed slot
                pass
    for name, value in list(vars(realm).items()):
        if isinstance(value, (dict, list, set)) or hasattr(value, 'clear'):
            try:
                value.clear()
            except TypeError:
                pass
        setattr(realm, name, None)   # the VM, the host, the event loop, the hooks


__all__ = ['JavascriptRuntime', 'CoreRuntimeConfig', 'PermissionOptions', 'JSError',
           'JSValue']

"""The Bridge: what a conversion asks of the runtime it works for, with the default
behaviour the conversions' tests use. A runtime (reflow/runtime.py) subclasses it: it
sets ``owner`` to itself (the owner of the handles it gives out) and may override
``call_function`` (a thread check), ``await_promise`` (its own limits on the wait) and
``track`` (scheduling host coroutines).

- JS functions reach Python as JSCallable wrappers: calling one converts the arguments,
  calls the function, drains the job queue when no JS is running below (a nested call
  from a host function leaves the microtasks to the outer run, as V8 does) and
  converts the result.
- JS promises reach Python as JSAwaitable wrappers.
- Python callables reach JS as host functions (host_function.py).
- A JS throw reaches Python as JSError; a Python exception reaches JS as an Error
  (error_to_js), a JSError as its own JS value.
"""
from reflow.interp.vm.errors import JSErrorSignal, JSThrow, thrown_value
from reflow.interp.vm.realm import ErrorObject, data_property
from reflow.interp.vm.values import UNDEFINED
from reflow.parser.chars import from_code_units, to_code_units
from .convert import INDEX, FromPython, child, from_python, root, to_python
from .errors import JSError
from .event_loop import UnsettledPromise, running_loop
from .handles import JSValue, unwrap
from .program import drive, handled_by_host

NATIVE_ERRORS = ('Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError',
                 'EvalError', 'URIError')


class JSCallable:
    """A JS function as a Python callable: ``f(*args)`` calls it with ``this``
    undefined; the arguments and the result are converted."""
    __slots__ = ('_bridge', '_realm', '_handle')

    def __init__(self, bridge, realm, fn):
        self._bridge = bridge
        self._realm = realm
        self._handle = JSValue(bridge.owner, fn)

    def __call__(self, *args):
        return self._bridge.call_function(self._realm, self._handle.value, UNDEFINED, args)

    def __repr__(self):
        name = data_property(self._handle.value, 'name')
        return '<JS function %s>' % (from_code_units(name) if type(name) is str and name
                                     else '(anonymous)')


class JSAwaitable:
    """A JS promise as a Python awaitable: ``await p`` gives its converted value, or
    raises its rejection as a JSError."""
    __slots__ = ('_bridge', '_realm', '_handle')

    def __init__(self, bridge, realm, promise):
        self._bridge = bridge
        self._realm = realm
        self._handle = JSValue(bridge.owner, promise)

    def __await__(self):
        return self._bridge.await_promise(self._realm, self._handle.value).__await__()

    def __repr__(self):
        return '<JS promise %s>' % self._handle.value.state


class Bridge:
    def __init__(self, owner=None):
        self.owner = self if owner is None else owner

    # -- values -----------------------------------------------------------------------

    def handle(self, realm, value):
        return JSValue(self.owner, value)

    def unwrap_wrapper(self, obj):
        """The JS value a JSCallable or JSAwaitable wraps (it must be this runtime's), or
        None for any other object."""
        if type(obj) is JSCallable or type(obj) is JSAwaitable:
            return unwrap(obj._handle, self.owner)
        return None

    def to_python(self, realm, value, into=None):
        return to_python(realm, value, self, into)

    def from_python(self, realm, obj):
        return from_python(realm, obj, self)

    # -- JS functions called from Python ----------------------------------------------

    def wrap_function(self, realm, fn):
        return JSCallable(self, realm, fn)

    def call_function(self, realm, fn, this, args):
        """Call a JS function with Python arguments; its result converted."""
        convert = FromPython(realm, self)
        js_args = convert_arguments(convert, args)
        try:
            result = fn.call(this, js_args)
            value = self.to_python(realm, result)
            if realm.vm.frame is None:   # no JS below: this is the end of a macrotask
                realm.event_loop.run_microtasks()
        except (JSThrow, JSErrorSignal) as exc:
            raise self.js_error(realm, thrown_value(realm, exc)) from None
        return value

    # -- promises -----------------------------------------------------------------------

    def wrap_promise(self, realm, promise):
        return JSAwaitable(self, realm, promise)

    async def await_promise(self, realm, promise):
        """The promise's value once it settled; the realm's event loop is driven
        meanwhile unless it runs already (a host coroutine awaiting a JS promise)."""
        from reflow.interp.vm.promises import perform_promise_then
        handled_by_host(realm, promise)   # awaited from Python: it has a handler now
        if realm.vm.frame is None:
            realm.event_loop.run_microtasks()
        if promise.state == 'pending' and realm.event_loop.loop is not None:
            import asyncio
            future = asyncio.get_running_loop().create_future()

            def reaction(value):
                if not future.done():
                    future.set_result(None)
                return UNDEFINED
            perform_promise_then(realm, promise, reaction, reaction, None)
            await future
        try:
            value = await drive(realm, promise, lambda: promise.result, False)
        except JSThrow as exc:   # its rejection, or an unhandled one ending the loop
            raise self.js_error(realm, exc.value) from None
        except UnsettledPromise:
            raise RuntimeError('the awaited promise is still pending and nothing is left '
                               'to settle it') from None
        return self.to_python(realm, value)

    def promise_from_awaitable(self, realm, awaitable):
        """A JS promise settled by a Python awaitable when it finishes on the asyncio
        loop: fulfilled with its converted result, or rejected with its exception."""
        from reflow.interp.vm.promises import new_promise_capability
        cap = new_promise_capability(realm, realm.intrinsics['Promise'])

        def on_done(ok, result):
            if ok:
                try:
                    value = self.from_python(realm, result)
                except Exception as exc:   # a result with no JS form
                    ok, value = False, self.error_to_js(realm, exc)
            else:
                value = self.error_to_js(realm, result)
            (cap.resolve if ok else cap.reject).call(UNDEFINED, [value])
        self.track(realm, awaitable, on_done)
        return cap.promise

    def track(self, realm, awaitable, on_done):
        """Run ``awaitable`` on the running asyncio loop (the realm's event loop keeps
        going until it is done); ``on_done(ok, result_or_exception)`` runs after."""
        if running_loop() is None:
            close = getattr(awaitable, 'close', None)
            if close is not None:
                close()   # a coroutine that will never run: no "never awaited" warning
            on_done(False, RuntimeError('an async host function needs a running asyncio '
                                        'loop'))
            return
        realm.event_loop.track(awaitable, on_done)

    # -- Python callables called from JS ------------------------------------------------

    def host_function(self, realm, name, fn):
        from .host_function import host_function
        return host_function(realm, name, fn, self)

    # -- errors --------------------------------------------------------------------------

    def js_error(self, realm, value):
        """A thrown JS value as a JSError: an Error object's name, message and stack
        (read without running JS); a thrown non-error is named 'Uncaught', its message
        the value as V8 describes it, with no stack."""
        handle = self.handle(realm, value)
        if isinstance(value, ErrorObject):
            name = data_property(value, 'name')
            message = data_property(value, 'message')
            stack = data_property(value, 'stack')
            return JSError(from_code_units(name) if type(name) is str else 'Error',
                           from_code_units(message) if type(message) is str else '',
                           from_code_units(stack) if type(stack) is str else None,
                           value=handle)
        return JSError('Uncaught', from_code_units(realm.describe(value)), None,
                       value=handle)

    def error_to_js(self, realm, exc):
        """The JS value to throw for a Python exception: a JSError's own value (when it
        is this runtime's), else a new error. TypeError -> TypeError; ValueError and
        OverflowError -> RangeError; RecursionError -> V8's stack RangeError; anything
        else -> Error. The message is the exception's text only: no Python type name, no
        traceback."""
        if isinstance(exc, JSError):
            handle = exc.value
            if type(handle) is JSValue and handle.owner is self.owner:
                return handle.value
            name = exc.name if exc.name in NATIVE_ERRORS else 'Error'
            err = realm.make_error(name, to_code_units(exc.message or ''))
            if name != exc.name and type(exc.name) is str:
                err.define('name', to_code_units(exc.name))
                realm.attach_stack(err)   # its header names the new name
            return err
        if isinstance(exc, RecursionError):
            return realm.make_error('RangeError', 'Maximum call stack size exceeded')
        if isinstance(exc, TypeError):
            name = 'TypeError'
        elif isinstance(exc, (ValueError, OverflowError)):
            name = 'RangeError'
        else:
            name = 'Error'
        try:
            message = str(exc)
        except Exception:   # a __str__ that fails: the error still crosses
            message = ''
        return realm.make_error(name, to_code_units(message))


def convert_arguments(convert, args):
    path = root('arguments')
    return [convert.convert(a, child(path, INDEX, i)) for i, a in enumerate(args)]


__all__ = ['Bridge', 'JSCallable', 'JSAwaitable']

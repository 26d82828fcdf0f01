"""The bytecode VM: frames and the dispatch loop.

JS-to-JS calls push a Frame and continue in the same loop (no Python recursion), so deep
JS recursion is bounded by ``max_depth`` and ends in a RangeError. Built-ins that call
back into JS (Array.prototype.map, getters, ...) enter a nested ``run``, which also counts
against the running thread's stack budget (objects.THREAD.stack: it nests C calls in the
compiled build).

The loop polls (``VM.poll``) every POLL_TICKS jumps and calls, and every POLL_RUNS
entries of ``run``: a pending signal handler runs there (Ctrl-C; the compiled loop does
not otherwise give Python the chance), as do ``interrupt()`` and the time limit.

The loop is written with the opcode names of opcodes.py and the code flags of code.py;
the build compiles a copy with their numbers written in (setup.py source_for), which
Cython turns into a switch and C arithmetic.
"""
import sys
import threading
import time

try:   # compiled, the poll countdown is a C int (a local annotation; pure Python ignores it)
    import cython
except ImportError:
    cython = None

from .errors import JSErrorSignal, JSThrow, type_error
from .function import (EMPTY, ArgumentsObject, BoundFunction, Cell, JSFunction,
                       NativeFunction, is_callable, is_constructor)
from .objects import (ImmutablePrototypeObject, JSArray, JSObject, MISSING, NativeStack,
                      Prop, THREAD, create_data_property, Descriptor, CONFIGURABLE,
                      WRITABLE, ENUMERABLE)
from ..compiler.opcodes import *  # noqa: F401,F403  (the OP_ constants)
from ..compiler.opcodes import NAMES, NUMBER
from .polling import let_other_threads_run
from .operations import (loosely_equal, strictly_equal, to_boolean, to_number,
                         to_property_key, to_string, to_int32)
from .values import JSBigInt, NULL, UNDEFINED, type_of
from . import references
from .handlers import HANDLERS, tdz_error
from .operators import add, compare, numeric_op, remainder, to_numeric
from .references import get_value, set_array_index, set_value, to_key
from math import inf as _INF
from ..compiler.code import CodeObject
# (the code flags are written in as numbers where compiled: setup.py OPCODE_LITERALS)
from ..compiler.code import ARROW, ASYNC, CLASS_CONSTRUCTOR, DERIVED, GENERATOR, STRICT
from ..compiler.code import USES_ARGUMENTS
from .coroutines import ReturnSignal, call_async_function, start_generator
from .async_generators import start_async_generator


class Frame:
    __slots__ = ('code_obj', 'regs', 'stack', 'pc', 'func', 'this', 'new_target', 'args',
                 'handlers', 'parent', 'construct', 'closure', 'realm')

    def __repr__(self):
        return '<frame %s pc=%d>' % (self.code_obj.name, self.pc)


POLL_TICKS = 4096   # jumps and calls between two polls of the dispatch loop
POLL_RUNS = 1024    # entries of VM.run between two polls (short callbacks of a built-in)
# Python frames a level of the stack budget may take (the pure build: about ten on the
# deepest paths); the recursion limit is raised to fit, so that the budget, not Python,
# decides where deep recursion ends and both builds end at the same depth
FRAMES_PER_LEVEL = 30


# The recursion limit is the interpreter's, shared by all threads: raised when a first
# thread enters the engine (to what the deepest budget of the threads inside needs),
# given back when the last one leaves, so that no thread lowers it under another.
_ENGINE_LOCK = threading.Lock()
_engine_threads = 0
_saved_recursion_limit = 0


def enter_engine(levels):
    """A thread's outermost VM.run begins (``levels``: its NativeStack limit)."""
    global _engine_threads, _saved_recursion_limit
    room = levels * FRAMES_PER_LEVEL + 10000
    with _ENGINE_LOCK:
        current = sys.getrecursionlimit()
        if _engine_threads == 0:
            _saved_recursion_limit = current
        _engine_threads += 1
        if current < room:
            sys.setrecursionlimit(room)


def leave_engine():
    global _engine_threads
    with _ENGINE_LOCK:
        _engine_threads -= 1
        if _engine_threads == 0 and sys.getrecursionlimit() != _saved_recursion_limit:
            try:
                sys.setrecursionlimit(_saved_recursion_limit)
            except RecursionError:   # this thread is deeper than that: keep it raised
                pass


class ExecutionInterrupted(BaseException):
    """The host stopped the running code (VM.interrupt, or the time limit). Not a JS
    exception: no catch or finally block sees it; it ends the host's call. Raised as
    one of its two subclasses, which say why (``timed_out`` too)."""
    timed_out = False


class InterruptRequested(ExecutionInterrupted):
    """VM.interrupt() was called."""


class TimeLimitExceeded(ExecutionInterrupted):
    """The deadline of VM.set_time_limit passed."""
    timed_out = True


_check_signals = None


def check_signals():
    """Run pending Python signal handlers now (a SIGINT raises KeyboardInterrupt)."""
    global _check_signals
    if _check_signals is None:
        import ctypes
        fn = ctypes.pythonapi.PyErr_CheckSignals
        fn.argtypes = ()
        fn.restype = ctypes.c_int
        _check_signals = fn
    _check_signals()   # a PyDLL function: the exception a handler raised propagates


def running_vm():
    """The VM whose loop runs now in this thread, or None (for long built-ins that
    poll and for the heap account)."""
    return THREAD.stack.running


def current_realm(default):
    """The realm of the running execution context (9.4.1 GetActiveScriptOrModule's
    sibling): the innermost frame's, or ``default`` outside of any JS code."""
    vm = THREAD.stack.running
    if vm is not None and vm.frame is not None:
        return vm.frame.realm
    return default


def ordinary_data(obj, key):
    """10.1.8.1 OrdinaryGet where nothing can observe it: the value of the data
    property ``key`` found on a chain of ordinary objects from ``obj`` (undefined when
    the chain ends without it); MISSING when an accessor, an exotic object or a
    primitive is in the way, for the caller's full [[Get]]."""
    o: JSObject
    prop: Prop
    t = type(obj)
    if t is not JSObject and t is not JSFunction:
        if t is not JSArray:
            return MISSING
        if not array_named(key):
            return float(obj.length) if key == 'length' else MISSING
    o = obj
    while True:
        stored = o.props.get(key, MISSING)
        if stored is not MISSING:
            if type(stored) is not Prop:
                return stored
            prop = stored
            return prop.value if prop.getter is MISSING else MISSING
        p = o.proto
        if p is NULL:
            return UNDEFINED
        t = type(p)
        if t is not JSObject and t is not JSFunction and t is not ImmutablePrototypeObject \
                and not (t is JSArray and array_named(key)):
            return MISSING
        o = p


def array_named(key):
    """Is ``key`` one an Array keeps as an ordinary property (neither 'length' nor an
    index)? A static key of a pattern may be '0': any key starting with a digit is
    taken for an index."""
    return type(key) is str and key != 'length' and key != '' and \
        not ('0' <= key[0] <= '9')


def ordinary_chain_lets_add(proto, key):
    """Would 10.1.9.2 OrdinarySetWithOwnDescriptor, for a receiver without ``key``,
    just create an own data property? Yes when a chain of ordinary objects from
    ``proto`` has no ``key``, or has it first as a writable plain data property."""
    o: JSObject
    p = proto
    while p is not NULL:
        t = type(p)
        if t is not JSObject and t is not JSFunction and t is not ImmutablePrototypeObject:
            return False
        o = p
        stored = o.props.get(key, MISSING)
        if stored is not MISSING:
            return type(stored) is not Prop
        p = o.proto
    return True


def global_prop_is(realm, key, prop):
    """Is ``prop`` still what the global object holds for ``key``?"""
    o: JSObject = realm.global_object
    return o.props.get(key) is prop


def cache_global(code_obj, realm, pc, key, store):
    """After a LOAD_GLOBAL / STORE_GLOBAL at ``pc`` went through the realm: remember
    what it found, the Cell of a global lexical binding (not a const one, for a store)
    or the Prop of a global data property. A Cell and the Prop of a non-configurable
    property stay what the name means; a configurable one is checked at each use, and
    a new global lexical binding clears the caches (Realm.declare_script_globals).
    Returns the code's cache for its realm (None: the code runs in a second realm)."""
    if code_obj.cache_realm is not realm:
        if code_obj.cache_realm is not None:
            return None
        code_obj.cache_realm = realm
        code_obj.global_cache = [None] * len(code_obj.code)
        realm.cached_code.append(code_obj)   # to let go of the realm when it closes
    cache = code_obj.global_cache
    cell = realm.global_lex.get(key)
    if cell is not None:
        if cell.value is not EMPTY and not (store and key in realm.global_const):
            cache[pc] = cell
    else:
        # a data property's Prop: one that is configurable may be deleted or redefined,
        # so its use checks first that it is still the global object's
        stored = realm.global_object.props.get(key)
        if type(stored) is Prop and stored.getter is MISSING:
            cache[pc] = stored
    return cache


class VM:
    def __init__(self, realm, max_depth=3000):
        self.realm = realm
        self.max_depth = max_depth
        self.depth = 0
        self.frame = None   # the innermost running frame (for stack traces)
        # the frame each nested run() was entered from (a native function, a spread
        # call or a generator resuming called back into JS), outermost first: the
        # stack trace goes on from a run's first frame to its caller
        self.callers = []
        self.runs_until_poll = POLL_RUNS
        self.interrupt_requested = False   # set by interrupt(), from any thread
        self.deadline = None               # time.monotonic() past which code stops
        self.native = None   # its thread's NativeStack, while it runs
        self.global_this = None   # its realm's, once a sloppy function has asked

    # -- stopping running code ---------------------------------------------------------

    def interrupt(self):
        """Ask the running code to stop at its next poll (safe from another thread)."""
        self.interrupt_requested = True

    def set_time_limit(self, seconds):
        """Stop code still running ``seconds`` from now (None: no limit)."""
        self.deadline = None if seconds is None else time.monotonic() + seconds

    def set_max_depth(self, frames):
        """At most ``frames`` JS frames at once (the script's included); a call past
        them is V8's RangeError. The native stack budget of the thread applies too."""
        self.max_depth = frames

    def poll(self):
        """Called by the loop every POLL_TICKS jumps and calls and by long built-ins:
        raises ExecutionInterrupted when asked to stop, KeyboardInterrupt on Ctrl-C,
        the memory limit's RangeError when the realm's heap is over it."""
        self.runs_until_poll = POLL_RUNS
        if self.interrupt_requested:
            self.interrupt_requested = False
            raise InterruptRequested('interrupted')
        deadline = self.deadline
        if deadline is not None and time.monotonic() >= deadline:
            self.deadline = None
            raise TimeLimitExceeded('time limit exceeded')
        heap = self.realm.heap
        if heap is not None:
            heap.poll(self)
        check_signals()
        let_other_threads_run()

    # -- frames ---------------------------------------------------------------------

    def new_frame(self, func, code: CodeObject, this, args, new_target):
        """10.2.1.1 PrepareForOrdinaryCall and 10.2.1.2 OrdinaryCallBindThis: a frame
        for ``code`` with its registers filled (parameters, `this`, cells)."""
        f = Frame()
        f.code_obj = code
        f.func = func
        fn: JSFunction   # (compiled: its fields are read as C fields)
        if func is None:   # a script, module or eval's code
            realm = self.realm
            f.closure = ()
        else:
            fn = func
            realm = fn.realm
            f.closure = fn.closure
        f.realm = realm
        n: cython.int = code.nregs
        regs: list = [UNDEFINED] * n
        nparams: cython.int = code.nparams
        i: cython.int
        if nparams:
            k: cython.int = len(args)
            if k > nparams:
                k = nparams
            if type(args) is list:
                arglist: list = args
                for i in range(k):
                    regs[i] = arglist[i]
            else:
                for i in range(k):
                    regs[i] = args[i]
        f.regs = regs
        # the operand stack: max_stack padding slots below it in a list of twice that
        # capacity, so that it never reallocates as it grows and shrinks (CPython
        # shrinks a list's buffer when it falls under half full; indices into the stack
        # are relative to its top or recorded lengths, never absolute from 0)
        pad: cython.int = code.max_stack
        stack: list = [None] * (2 * pad)
        for i in range(pad):
            stack.pop()
        f.stack = stack
        f.pc = 0
        f.args = args
        f.new_target = new_target
        f.handlers = None
        f.parent = None
        f.construct = False
        # `this` (10.2.1.2 OrdinaryCallBindThis)
        flags: cython.int = code.flags
        if flags & ARROW:
            f.this = UNDEFINED
        elif flags & STRICT:
            f.this = this
        elif this is UNDEFINED or this is NULL:
            if realm is not self.realm:   # (a function of another realm)
                f.this = realm.global_this
            else:   # (a realm's global this never changes; the VM keeps it in a C field)
                if self.global_this is None:
                    self.global_this = realm.global_this
                f.this = self.global_this
        elif not isinstance(this, JSObject):
            f.this = realm.to_object(this)
        else:
            f.this = this
        slot: cython.int = code.this_slot
        if slot >= 0:
            regs[slot] = EMPTY if flags & DERIVED else f.this
        slot = code.new_target_slot
        if slot >= 0:
            regs[slot] = UNDEFINED if new_target is None else new_target
        slot = code.function_slot
        if slot >= 0:
            regs[slot] = func
        for slot in code.cell_slots:
            regs[slot] = Cell(regs[slot])
        return f

    # -- [[Call]] / [[Construct]] of bytecode functions (10.2.1 / 10.2.2) -------------

    def call_function(self, func, this, args):
        fn: JSFunction = func
        code: CodeObject = fn.code
        flags: cython.int = code.flags
        if flags & (CLASS_CONSTRUCTOR | GENERATOR | ASYNC):
            if flags & CLASS_CONSTRUCTOR:
                # 10.2.1 step 3: created in the callee context, with F's realm
                sig = type_error("Class constructor %s cannot be invoked without 'new'" %
                                 (code.name or ''))
                sig.realm = func.realm
                raise sig
            if flags & GENERATOR:
                if flags & ASYNC:
                    return start_async_generator(self, func, this, args)
                return start_generator(self, func, this, args)
            return call_async_function(self, func, this, args)
        frame = self.new_frame(func, code, this, args, None)
        return self.run(frame)

    def construct(self, func, args, new_target):
        code = func.code
        flags = code.flags
        if flags & DERIVED:
            this = EMPTY
        else:
            proto = new_target.get('prototype')
            if not isinstance(proto, JSObject):
                proto = (getattr(new_target, 'realm', None) or self.realm).intrinsics[
                    'ObjectPrototype']
            this = JSObject(proto)
        frame = self.new_frame(func, code, this, args, new_target)
        if flags & DERIVED:
            frame.this = EMPTY
        frame.construct = True
        if not flags & DERIVED and func.fields is not None:
            self.initialize_fields(frame.this, func)
        return self.run(frame)

    def initialize_fields(self, obj, ctor):
        fields = ctor.fields
        if fields is not None:
            fields.call(obj, [])

    def construct_result(self, frame, value):
        """10.2.2 [[Construct]] steps 10-12: the object a constructor call produces."""
        if isinstance(value, JSObject):
            return value
        if frame.code_obj.flags & DERIVED:
            if value is not UNDEFINED:
                sig = type_error('Derived constructors may only return object or undefined')
            else:
                this = self.derived_this(frame)
                if this is not EMPTY:
                    return this
                sig = JSErrorSignal('ReferenceError', "Must call super constructor in derived "
                                    "class before accessing 'this' or returning from "
                                    "derived constructor")
            # 10.2.2 steps 10-12 run after the callee context is removed: the caller's
            # realm creates the error
            if frame.parent is not None:
                sig.realm = frame.parent.realm
            raise sig
        return frame.this

    def derived_this(self, frame):
        slot = frame.code_obj.this_slot
        if slot < 0:
            return frame.this
        v = frame.regs[slot]
        return v.value if type(v) is Cell else v

    # -- errors -----------------------------------------------------------------------

    def make_error(self, realm, signal):
        return (signal.realm or realm).make_error(signal.name, signal.message)

    def stack_trace(self, frame=None, below=None):
        """'    at f (file:line:col)' lines, innermost first. With ``below`` (a function)
        only the frames under its innermost running call, none when it is not running
        (the constructorOpt of V8's Error.captureStackTrace)."""
        lines = []
        frames = self.frames_from(frame)
        inner = True
        if below is not None:
            for f in frames:
                if f.func is below:
                    break
            inner = False
        for f in frames:
            if len(lines) >= 10:
                break
            code = f.code_obj
            # a calling frame's pc is already past its call instruction
            line, col = code.position(f.pc if inner else max(f.pc - 1, 0))
            inner = False
            name = code.name if code.name and code.name != '<script>' else None
            where = '%s:%d:%d' % (code.filename, line, col)
            lines.append('    at %s (%s)' % (name, where) if name else '    at %s' % where)
        return lines

    def frames_from(self, frame=None):
        """The running frames from ``frame`` (default: the innermost) outwards: each
        frame's caller, and from the first frame of a nested run the frame that entered
        it."""
        f = frame or self.frame
        callers = self.callers if frame is None else []
        k = len(callers) - 1
        while f is not None:
            yield f
            f = f.parent
            while f is None and k >= 0:
                f = callers[k]
                k -= 1

    # -- the dispatch loop ------------------------------------------------------------

    def run(self, frame: Frame, inject=None):
        """Run ``frame`` (and the frames it calls) until it returns; return its value.
        ``inject``: a value to throw (or a ReturnSignal) at the frame's pc first."""
        depth = self.depth
        if depth >= self.max_depth:
            raise JSErrorSignal('RangeError', 'Maximum call stack size exceeded')
        self.runs_until_poll -= 1
        if self.runs_until_poll <= 0:
            self.poll()
        # the running thread's NativeStack: while this VM runs (depth > 0) it runs in
        # the thread that entered it, whose stack it keeps (a thread-local lookup costs
        # more than a short callback of a built-in)
        native: NativeStack
        if depth > 0 and self.native is not None:
            native = self.native
        else:
            native = THREAD.stack
            self.native = native
        outermost = native.depth == 0
        native.enter()
        self.depth = depth + 1
        outer_frame = self.frame
        outer_vm = native.running
        frame.parent = None
        self.frame = frame
        callers: list = self.callers
        callers.append(outer_frame)
        native.running = self
        if outermost:
            enter_engine(native.limit)
        try:
            return self._run(frame, inject)
        finally:
            # restored as they were, whatever escaped (a Python exception leaves from
            # inline frames too, each of which counted in self.depth)
            self.depth = depth
            del callers[-1]
            self.frame = outer_frame
            native.running = outer_vm
            native.depth -= 1
            if outermost:
                leave_engine()

    def _run(self, base: Frame, inject):
        # Typed locals (compiled: C ints and exact list/tuple types, so that `op` drives
        # a C switch and the stack operations are inlined; pure Python ignores these).
        frame: Frame = base
        o: JSObject
        prop: Prop
        props: dict
        code_obj: CodeObject
        fcode: CodeObject
        fn: JSFunction
        nf: NativeFunction
        new: Frame
        i: cython.int
        native: NativeStack = THREAD.stack
        cell: Cell
        pc: cython.int
        op: cython.int
        argc: cython.int
        arg: cython.int
        x: cython.double
        y: cython.double
        gcache: list
        strict: cython.int
        ticks: cython.int = POLL_TICKS
        code: list
        regs: list
        stack: list
        consts: tuple
        names: tuple
        while True:
            # (re)load the running frame: at entry, after a call or a return of an inline
            # frame, and at an exception handler
            code_obj = frame.code_obj
            code = code_obj.code
            consts = code_obj.consts
            names = code_obj.names
            regs = frame.regs
            stack = frame.stack
            pc = frame.pc
            strict = code_obj.flags & STRICT
            realm = frame.realm
            closure = frame.closure
            gcache = code_obj.global_cache if code_obj.cache_realm is realm else None
            try:
                if inject is not None:
                    pending = inject
                    inject = None
                    raise JSThrow(pending)
                while True:
                    op = code[pc]
                    if op == OP_LOAD_LOCAL:
                        arg = code[pc + 1]
                        stack.append(regs[arg])
                        pc += 2
                    elif op == OP_STORE_LOCAL:
                        arg = code[pc + 1]
                        regs[arg] = stack.pop()
                        pc += 2
                    elif op == OP_PUSH_CONST:
                        arg = code[pc + 1]
                        stack.append(consts[arg])
                        pc += 2
                    elif op == OP_LOAD_DEREF:
                        arg = code[pc + 1]
                        cell = regs[arg]
                        stack.append(cell.value)
                        pc += 2
                    elif op == OP_STORE_DEREF:
                        arg = code[pc + 1]
                        cell = regs[arg]
                        cell.value = stack.pop()
                        pc += 2
                    elif op == OP_LOAD_FREE:
                        arg = code[pc + 1]
                        cell = closure[arg]
                        stack.append(cell.value)
                        pc += 2
                    elif op == OP_STORE_FREE or op == OP_INIT_FREE:
                        arg = code[pc + 1]
                        cell = closure[arg]
                        cell.value = stack.pop()
                        pc += 2
                    elif op == OP_GET_PROP:
                        obj = stack[-1]
                        arg = code[pc + 1]
                        key = names[arg]
                        # a data property on a chain of ordinary objects is read here;
                        # accessors, exotic objects and primitives take the full path
                        value = ordinary_data(obj, key)
                        if value is not MISSING:
                            stack[-1] = value
                        elif isinstance(obj, JSObject):
                            frame.pc = pc
                            stack[-1] = obj.get(key)
                        else:
                            frame.pc = pc
                            stack[-1] = get_value(realm, obj, key)
                        pc += 2
                    elif op == OP_SET_PROP:
                        value = stack.pop()
                        obj = stack[-1]
                        frame.pc = pc
                        arg = code[pc + 1]
                        key = names[arg]
                        # 10.1.9.2 OrdinarySetWithOwnDescriptor where nothing can observe
                        # it: an own default data property is overwritten, a new one
                        # added when the prototype chain has no setter or read-only one
                        t = type(obj)
                        if t is JSObject or t is JSFunction:
                            o = obj
                            props = o.props
                            stored = props.get(key, MISSING)
                            if stored is not MISSING and type(stored) is not Prop:
                                props[key] = value
                            elif stored is MISSING and o.extensible and \
                                    ordinary_chain_lets_add(o.proto, key):
                                props[key] = value
                            else:
                                set_value(realm, obj, key, value, strict)
                        else:
                            set_value(realm, obj, key, value, strict)
                        stack[-1] = value
                        pc += 2
                    elif op == OP_GET_ELEM:
                        key = stack.pop()
                        obj = stack[-1]
                        frame.pc = pc
                        value = MISSING
                        # an array element by number: an element of the dense store, or
                        # a data element of the generic one, is read directly
                        if type(obj) is JSArray and type(key) is float:
                            dense = obj.dense
                            if dense is not None:
                                if 0.0 <= key < len(dense):
                                    ik = int(key)
                                    if ik == key:
                                        value = dense[ik]
                            elif 0.0 <= key < 4294967295.0:
                                ik = int(key)
                                if ik == key:
                                    value = obj.props.get('%d' % ik, MISSING)
                                    if type(value) is Prop:
                                        value = MISSING
                        if value is not MISSING:
                            stack[-1] = value
                        else:
                            if type(key) is not str:
                                key = to_key(key)
                            if isinstance(obj, JSObject):
                                stack[-1] = obj.get(key)
                            else:
                                stack[-1] = get_value(realm, obj, key)
                        pc += 1
                    elif op == OP_SET_ELEM:
                        value = stack.pop()
                        key = stack.pop()
                        obj = stack[-1]
                        frame.pc = pc
                        done = False
                        # an array element by number: the element store's [[Set]]
                        if type(obj) is JSArray and type(key) is float and \
                                0.0 <= key < 4294967295.0:
                            ik = int(key)
                            if ik == key:
                                dense = obj.dense
                                if dense is not None and ik < len(dense):
                                    dense[ik] = value
                                else:
                                    set_array_index(obj, ik, value, strict)
                                done = True
                        if not done:
                            if obj is UNDEFINED or obj is NULL:
                                set_value(realm, obj, to_string(key) if type(key) is str
                                          else repr(key), value, strict)
                            set_value(realm, obj, to_key(key), value, strict)
                        stack[-1] = value
                        pc += 1
                    elif op == OP_ADD:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a + b
                        else:
                            frame.pc = pc
                            stack[-1] = add(a, b)
                        pc += 1
                    elif op == OP_SUB:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a - b
                        else:
                            frame.pc = pc
                            stack[-1] = numeric_op('-', a, b)
                        pc += 1
                    elif op == OP_MUL:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a * b
                        else:
                            frame.pc = pc
                            stack[-1] = numeric_op('*', a, b)
                        pc += 1
                    elif op == OP_MOD:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            # the common case (both finite and positive) is fmod, which
                            # Python's % is for such operands (C doubles compiled); the
                            # rest, -0 and +0 included, is Number::remainder
                            x = a
                            y = b
                            if 0.0 < x < _INF and 0.0 < y < _INF:
                                stack[-1] = x % y
                            else:
                                stack[-1] = remainder(a, b)
                        else:
                            frame.pc = pc
                            stack[-1] = numeric_op('%', a, b)
                        pc += 1
                    elif op == OP_LT:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a < b
                        else:
                            frame.pc = pc
                            stack[-1] = compare('<', a, b)
                        pc += 1
                    elif op == OP_GT or op == OP_LE or op == OP_GE:
                        b = stack.pop()
                        a = stack[-1]
                        if type(a) is float and type(b) is float:
                            stack[-1] = a > b if op == OP_GT else (a <= b if op == OP_LE
                                                                    else a >= b)
                        else:
                            frame.pc = pc
                            stack[-1] = compare('>' if op == OP_GT else ('<=' if op == OP_LE
                                                                         else '>='), a, b)
                        pc += 1
                    elif op == OP_SEQ or op == OP_SNE:
                        b = stack.pop()
                        a = stack[-1]
                        ta = type(a)
                        if ta is type(b) and (ta is float or ta is str):
                            r = a == b
                        else:
                            r = strictly_equal(a, b)
                        stack[-1] = r if op == OP_SEQ else not r
                        pc += 1
                    elif op == OP_JUMP:
                        pc = code[pc + 1]
                        ticks -= 1
                        if ticks == 0:   # loops jump back: poll now and then
                            ticks = POLL_TICKS
                            frame.pc = pc
                            self.poll()
                    elif op == OP_JUMP_IF_FALSE:
                        v = stack.pop()
                        if v is False or (v is not True and not to_boolean(v)):
                            pc = code[pc + 1]
                            ticks -= 1
                            if ticks == 0:
                                ticks = POLL_TICKS
                                frame.pc = pc
                                self.poll()
                        else:
                            pc += 2
                    elif op == OP_JUMP_IF_TRUE:
                        v = stack.pop()
                        if v is True or (v is not False and to_boolean(v)):
                            pc = code[pc + 1]
                            ticks -= 1
                            if ticks == 0:
                                ticks = POLL_TICKS
                                frame.pc = pc
                                self.poll()
                        else:
                            pc += 2
                    elif op == OP_CALL or op == OP_CALL_METHOD or op == OP_NEW:
                        if op == OP_CALL_METHOD:
                            argc = code[pc + 2]
                        else:
                            argc = code[pc + 1]
                        if argc:
                            args = stack[len(stack) - argc:]
                            for i in range(argc):   # (no slice object, no realloc)
                                stack.pop()
                        else:
                            args = []
                        if op == OP_CALL:
                            this = stack.pop()
                            func = stack.pop()
                            pc += 2
                        elif op == OP_CALL_METHOD:
                            this = stack.pop()
                            frame.pc = pc
                            arg = code[pc + 1]
                            key = names[arg]
                            func = ordinary_data(this, key)
                            if func is MISSING:
                                func = this.get(key) if isinstance(this, JSObject) else \
                                    get_value(realm, this, key)
                            if not is_callable(func):
                                raise type_error('%s.%s is not a function' % (
                                    references.describe_callee(this), key))
                            pc += 3
                        else:
                            func = stack.pop()
                            frame.pc = pc
                            pc += 2
                            if not is_constructor(func):
                                raise type_error('%s is not a constructor' %
                                                 references.describe_callee(func))
                            if type(func) is JSFunction:
                                fn = func
                                fcode = fn.code
                                if fcode.flags & DERIVED:
                                    this = EMPTY
                                else:
                                    proto = fn.get('prototype')
                                    if not isinstance(proto, JSObject):
                                        proto = fn.realm.intrinsics['ObjectPrototype']
                                    this = JSObject(proto)
                            else:
                                stack.append(func.construct(args, func))
                                continue
                        frame.pc = pc
                        if type(func) is JSFunction:
                            fn = func
                            fcode = fn.code
                            if not fcode.flags & (GENERATOR | ASYNC) and not (
                                    op != OP_NEW and fcode.flags & CLASS_CONSTRUCTOR):
                                # a JS-to-JS call: a new frame in this same loop
                                if self.depth >= self.max_depth:   # max_depth frames
                                    raise JSErrorSignal('RangeError',
                                                        'Maximum call stack size exceeded')
                                ticks -= 1
                                if ticks == 0:   # recursion without loops: poll too
                                    ticks = POLL_TICKS
                                    self.poll()
                                new = self.new_frame(fn, fcode, this, args,
                                                     fn if op == OP_NEW else None)
                                if op == OP_NEW:
                                    new.construct = True
                                    if fcode.flags & DERIVED:
                                        new.this = EMPTY
                                    elif fn.fields is not None:
                                        self.depth += 1
                                        try:
                                            self.initialize_fields(new.this, fn)
                                        finally:
                                            self.depth -= 1
                                new.parent = frame
                                self.depth += 1
                                frame = new
                                self.frame = frame
                                break   # to the reload of the new frame
                            stack.append(fn.call(this, args))
                        elif type(func) is NativeFunction:
                            if argc == 1 and type(this) is JSArray and \
                                    func is realm.intrinsics.get('ArrayProto_push') and \
                                    this.put_new(this.length, args[0]):
                                # 23.1.3.23 Array.prototype.push of one element on an
                                # array that can only grow by it: put_new was its Set
                                # (length included), and nothing can observe the call
                                stack.append(float(this.length))
                                continue
                            # 10.3.1 [[Call]] of a built-in, inline (NativeFunction.call)
                            nf = func
                            native.enter()
                            try:
                                value = nf.fn(this, args)
                            except JSErrorSignal as sig:
                                if sig.realm is None:
                                    sig.realm = nf.realm
                                raise
                            finally:
                                native.depth -= 1
                            stack.append(value)
                        else:
                            if not is_callable(func):
                                raise type_error('%s is not a function' %
                                                 references.describe_callee(func))
                            stack.append(func.call(this, args))
                    elif op == OP_RETURN:
                        value = stack.pop()
                        if frame.construct:
                            value = self.construct_result(frame, value)
                        if frame is base:
                            return value
                        self.depth -= 1
                        frame = frame.parent
                        self.frame = frame
                        frame.stack.append(value)
                        break   # to the reload of the calling frame
                    elif op == OP_POP:
                        stack.pop()
                        pc += 1
                    elif op == OP_DUP:
                        stack.append(stack[-1])
                        pc += 1
                    elif op == OP_LOAD_GLOBAL:
                        # 9.1.1.4.x through the instruction's cache of the binding's
                        # Cell or Prop; a miss goes through the realm, then fills it
                        entry = None if gcache is None else gcache[pc]
                        if entry is not None:
                            if type(entry) is Prop:
                                prop = entry
                                if not prop.flags & 4 or global_prop_is(
                                        realm, names[code[pc + 1]], prop):   # CONFIGURABLE
                                    stack.append(prop.value)
                                    pc += 2
                                    continue
                            cell = entry
                            if cell.value is not EMPTY:
                                stack.append(cell.value)
                                pc += 2
                                continue
                        arg = code[pc + 1]
                        key = names[arg]
                        frame.pc = pc
                        stack.append(realm.get_global(key))
                        gcache = cache_global(code_obj, realm, pc, key, False)
                        pc += 2
                    elif op == OP_STORE_GLOBAL:
                        entry = None if gcache is None else gcache[pc]
                        if entry is not None:
                            if type(entry) is Prop:
                                prop = entry
                                if prop.flags & 1 and (not prop.flags & 4 or global_prop_is(
                                        realm, names[code[pc + 1]], prop)):   # WRITABLE
                                    prop.value = stack.pop()
                                    pc += 2
                                    continue
                            else:
                                cell = entry
                                if cell.value is not EMPTY:
                                    cell.value = stack.pop()
                                    pc += 2
                                    continue
                        arg = code[pc + 1]
                        key = names[arg]
                        frame.pc = pc
                        realm.set_global(key, stack.pop(), strict)
                        gcache = cache_global(code_obj, realm, pc, key, True)
                        pc += 2
                    elif op == OP_TO_NUMERIC or op == OP_INC or op == OP_DEC:
                        v = stack[-1]
                        if type(v) is float:
                            if op == OP_INC:
                                stack[-1] = v + 1.0
                            elif op == OP_DEC:
                                stack[-1] = v - 1.0
                            pc += 1
                        else:   # BigInt, or a value to convert first
                            frame.pc = pc
                            pc = self.out_of_line(op, frame, code, pc, stack, regs,
                                                  consts, names, realm, strict)
                    elif op == OP_LOAD_LOCAL_CHECK:
                        arg = code[pc + 1]
                        v = regs[arg]
                        if v is EMPTY:
                            frame.pc = pc
                            raise tdz_error(names[code[pc + 2]])
                        stack.append(v)
                        pc += 3
                    elif op == OP_LOAD_FREE_CHECK:
                        arg = code[pc + 1]
                        cell = closure[arg]
                        v = cell.value
                        if v is EMPTY:
                            frame.pc = pc
                            raise tdz_error(names[code[pc + 2]])
                        stack.append(v)
                        pc += 3
                    elif op == OP_LOAD_DEREF_CHECK:
                        arg = code[pc + 1]
                        cell = regs[arg]
                        v = cell.value
                        if v is EMPTY:
                            frame.pc = pc
                            raise tdz_error(names[code[pc + 2]])
                        stack.append(v)
                        pc += 3
                    elif op == OP_CHECK_LOCAL:
                        arg = code[pc + 1]
                        if regs[arg] is EMPTY:
                            frame.pc = pc
                            raise tdz_error(names[code[pc + 2]])
                        pc += 3
                    elif op == OP_PUSH_UNDEFINED:
                        stack.append(UNDEFINED)
                        pc += 1
                    elif op == OP_LOAD_THIS:
                        stack.append(frame.this)
                        pc += 1
                    elif op == OP_JUMP_IF_TRUE_KEEP:   # a || b (a forward jump: no poll)
                        v = stack[-1]
                        if v is True or (v is not False and to_boolean(v)):
                            pc = code[pc + 1]
                        else:
                            stack.pop()
                            pc += 2
                    elif op == OP_JUMP_IF_FALSE_KEEP:   # a && b
                        v = stack[-1]
                        if v is False or (v is not True and not to_boolean(v)):
                            pc = code[pc + 1]
                        else:
                            stack.pop()
                            pc += 2
                    elif op == OP_DIV:
                        b = stack[-1]
                        a = stack[-2]
                        # a zero divisor (inf, NaN, the sign of 0) and other types: divide()
                        if type(a) is float and type(b) is float and b != 0.0:
                            stack.pop()
                            stack[-1] = a / b
                            pc += 1
                        else:
                            frame.pc = pc
                            pc = self.out_of_line(op, frame, code, pc, stack, regs, consts,
                                                  names, realm, strict)
                    elif op == OP_NEG:
                        v = stack[-1]
                        if type(v) is float:
                            stack[-1] = -v   # (-0 and NaN as IEEE negation gives them)
                            pc += 1
                        else:   # BigInt, or a value to convert first
                            frame.pc = pc
                            pc = self.out_of_line(op, frame, code, pc, stack, regs, consts,
                                                  names, realm, strict)
                    elif op == OP_PUSH_TRUE:
                        stack.append(True)
                        pc += 1
                    elif op == OP_PUSH_FALSE:
                        stack.append(False)
                        pc += 1
                    elif op == OP_PUSH_NULL:
                        stack.append(NULL)
                        pc += 1
                    elif op == OP_NOP2:
                        pc += 2
                    else:
                        frame.pc = pc
                        pc = self.out_of_line(op, frame, code, pc, stack, regs, consts,
                                              names, realm, strict)
                continue
            except JSThrow as exc:
                value = exc.value
                frame.pc = pc
            except JSErrorSignal as sig:
                frame.pc = pc
                self.frame = frame
                value = self.make_error(realm, sig)
            except RecursionError:
                frame.pc = pc
                self.frame = frame
                value = realm.make_error('RangeError', 'Maximum call stack size exceeded')
            # unwind to the nearest handler, popping frames of inline calls; the loop's
            # top then reloads the frame that handles it
            while True:
                handlers = frame.handlers
                if handlers:
                    target, depth, kind = handlers.pop()
                    if kind == 0 and type(value) is ReturnSignal:
                        continue   # generator.return(): catch blocks do not see it
                    del frame.stack[depth:]
                    frame.stack.append(value)
                    frame.pc = target
                    break
                if frame is base:
                    if type(value) is ReturnSignal:
                        return value.value
                    raise JSThrow(value)
                self.depth -= 1
                frame = frame.parent
                self.frame = frame

    def out_of_line(self, op, frame, code, pc, stack, regs, consts, names, realm, strict):
        """An opcode the loop does not run inline: its handler returns the next pc."""
        return HANDLERS[op](self, frame, code, pc, stack, regs, consts, names, realm, strict)


# The loop's handlers: INLINE_OPS are handled in _run alone; FAST_PATH_OPS have a fast
# path there and their out-of-line handler (HANDLERS, from handlers/) for the rest; every
# other opcode has its out-of-line handler alone. Checked at import, and against _run's
# source by tests/interp/test_dispatch.py.
INLINE_OPS = frozenset(NUMBER[name] for name in (
    'LOAD_LOCAL', 'STORE_LOCAL', 'PUSH_CONST', 'LOAD_DEREF', 'STORE_DEREF', 'LOAD_FREE',
    'STORE_FREE', 'INIT_FREE', 'GET_PROP', 'SET_PROP', 'GET_ELEM', 'SET_ELEM', 'ADD', 'SUB',
    'MUL', 'MOD', 'LT', 'GT', 'LE', 'GE', 'SEQ', 'SNE', 'JUMP', 'JUMP_IF_FALSE',
    'JUMP_IF_TRUE', 'CALL', 'CALL_METHOD', 'NEW', 'RETURN', 'POP', 'DUP', 'LOAD_GLOBAL',
    'STORE_GLOBAL', 'LOAD_LOCAL_CHECK', 'LOAD_FREE_CHECK', 'LOAD_DEREF_CHECK',
    'CHECK_LOCAL', 'PUSH_UNDEFINED', 'PUSH_TRUE', 'PUSH_FALSE', 'PUSH_NULL', 'NOP2',
    'LOAD_THIS', 'JUMP_IF_TRUE_KEEP', 'JUMP_IF_FALSE_KEEP'))
FAST_PATH_OPS = frozenset(NUMBER[name] for name in ('TO_NUMERIC', 'INC', 'DEC', 'DIV', 'NEG'))


def check_handlers():
    """Every opcode has exactly one handler (inline or in HANDLERS), and each fast path
    its out-of-line handler to fall back on."""
    missing = [NAMES[op] for op in range(len(NAMES))
               if op not in INLINE_OPS and op not in HANDLERS]
    twice = [NAMES[op] for op in INLINE_OPS if op in HANDLERS]
    fallback = [NAMES[op] for op in FAST_PATH_OPS if op not in HANDLERS]
    if missing or twice or fallback:
        raise AssertionError('opcode handlers: none for %s; two for %s; no fallback for %s'
                             % (missing, twice, fallback))


check_handlers()


__all__ = ['VM', 'Frame', 'NUMBER', 'ExecutionInterrupted', 'InterruptRequested',
           'TimeLimitExceeded', 'check_signals', 'running_vm']

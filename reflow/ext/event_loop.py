"""The event loop of a realm: timers (macrotasks) on asyncio, with the promise job queue
drained after each one (9.5 jobs; HTML 8.1.7 "perform a microtask checkpoint").

Timers are kept in a heap of their own, ordered by (due time, creation order), so that
timers due at the same millisecond run in the order they were created, as in Node; the
asyncio loop only holds one handle, for the earliest due timer. Node's rules are kept: a
delay that is not a number in [1, 2**31 - 1] becomes 1 ms, a callback's microtasks run
before the next timer's callback, and an interval is rescheduled from the moment its
callback started. Node's two other queues live here too: process.nextTick's, drained
before each drain of the promise jobs (run_microtasks), and setImmediate's, run as a
macrotask of its own (the check phase) after the timers and I/O of a loop iteration.

asyncio is imported only when a timer or a host task needs the loop to run: a program
that never waits (most scripts) does without it (~60 ms and ~9 MB to import)."""
import heapq
import sys
import time
from collections import deque

from reflow.interp.vm.errors import JSThrow

TIMEOUT_MAX = 2 ** 31 - 1


def running_loop():
    """The running asyncio loop, or None. A process that never imported asyncio runs
    no loop: asking does not import it."""
    asyncio = sys.modules.get('asyncio')
    if asyncio is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def clamp_delay(delay):
    """Node's lib/internal/timers.js: NaN, < 1 and > TIMEOUT_MAX all become 1 ms."""
    if not (delay == delay and 1 <= delay <= TIMEOUT_MAX):
        return 1.0
    return float(delay)


class UnhandledRejection(JSThrow):
    """A promise rejected with no handler by the end of a macrotask: the program ends
    with it, as in Node and Deno ("Uncaught (in promise)")."""


class UnsettledPromise(Exception):
    """The program's promise (a module's top-level await, a script's completion value)
    is still pending and nothing left can settle it: no timer, no task."""


class Timer:
    __slots__ = ('id', 'due', 'seq', 'callback', 'repeat', 'cancelled', 'ref')

    def __init__(self, timer_id, due, seq, callback, repeat):
        self.id = timer_id
        self.due = due
        self.seq = seq
        self.callback = callback     # a Python callable run with no arguments
        self.repeat = repeat         # the interval in ms, or None for a timeout
        self.cancelled = False
        self.ref = True              # does this timer keep the loop alive?

    def __lt__(self, other):
        return (self.due, self.seq) < (other.due, other.seq)


class EventLoop:
    def __init__(self, realm):
        self.realm = realm
        self.heap = []
        self.timers = {}             # id -> Timer, for clearTimeout
        self.next_id = 1
        self.seq = 0
        self.loop = None             # the asyncio loop while run() is active
        self.handle = None
        self.wakeup = None           # an asyncio.Event set when work arrives
        self.pending = 0             # asyncio tasks (I/O) that keep the loop alive
        self.error = None            # an exception from a callback, re-raised by run()
        self.ticks = deque()         # process.nextTick's callbacks (Python callables)
        self.immediates = deque()    # setImmediate's, as Timer entries
        self.immediate_ids = {}      # id -> the entry, for clearImmediate
        self.immediate_handle = None

    def queue_tick(self, callback):
        """process.nextTick: ``callback`` runs before the promise jobs of this turn."""
        self.ticks.append(callback)

    def run_microtasks(self):
        """Node's processTicksAndRejections: the nextTick queue, then the promise
        jobs (9.5), again until both are empty. A tick queued by a promise job runs
        once the job queue is empty."""
        realm = self.realm
        ticks = self.ticks
        while True:
            while ticks:
                ticks.popleft()()
            realm.run_jobs()
            if not ticks:
                return

    def checkpoint(self):
        """The microtask checkpoint after a macrotask, then HTML's "notify about
        rejected promises": one still unhandled ends the program."""
        realm = self.realm
        self.run_microtasks()
        rejected = [p for p in realm.rejections if p.state == 'rejected']
        realm.rejections = []
        if rejected:
            raise UnhandledRejection(rejected[0].result)

    @staticmethod
    def now():
        return time.monotonic() * 1000.0

    # -- timers ---------------------------------------------------------------------

    def add_timer(self, callback, delay, repeat=False, timer_id=None):
        """A timer running ``callback`` after ``delay`` ms (every ``delay`` ms if
        ``repeat``); returns its id. Given a ``timer_id``, that timer is re-armed from
        now under the same id (Node's timeout.refresh()), whether or not it fired."""
        delay = clamp_delay(delay)
        if timer_id is None:
            timer_id = self.next_id
            self.next_id += 1
        else:
            old = self.timers.pop(timer_id, None)
            if old is not None:
                old.cancelled = True
        timer = Timer(timer_id, self.now() + delay, self.seq, callback,
                      delay if repeat else None)
        self.seq += 1
        self.timers[timer.id] = timer
        heapq.heappush(self.heap, timer)
        self._reschedule()
        return timer.id

    def set_timer_ref(self, timer_id, ref):
        """Node's timeout.ref()/unref(): does the timer keep the loop alive?"""
        timer = self.timers.get(timer_id)
        if timer is not None:
            timer.ref = ref
            if self.wakeup is not None:
                self.wakeup.set()

    # -- Node's setImmediate: the check phase, after I/O and before the next timers --------

    def add_immediate(self, callback):
        """Queue ``callback`` for the next check phase; returns its id (timers' ids)."""
        entry = Timer(self.next_id, 0.0, self.seq, callback, None)
        self.next_id += 1
        self.seq += 1
        self.immediates.append(entry)
        self.immediate_ids[entry.id] = entry
        self._schedule_immediates()
        return entry.id

    def clear_immediate(self, immediate_id):
        entry = self.immediate_ids.pop(immediate_id, None)
        if entry is not None:
            entry.cancelled = True
            if self.wakeup is not None:
                self.wakeup.set()

    def set_immediate_ref(self, immediate_id, ref):
        entry = self.immediate_ids.get(immediate_id)
        if entry is not None:
            entry.ref = ref
            if self.wakeup is not None:
                self.wakeup.set()

    def _schedule_immediates(self):
        if self.loop is not None and self.immediate_handle is None and self.immediates:
            self.immediate_handle = self.loop.call_soon(self._run_immediates)

    def _run_immediates(self):
        """The immediates queued before this phase began, each followed by a
        checkpoint; the ones they queue wait for the next loop iteration, as in Node."""
        self.immediate_handle = None
        queue = self.immediates
        try:
            for _ in range(len(queue)):
                entry = queue.popleft()
                if entry.cancelled:
                    continue
                del self.immediate_ids[entry.id]
                entry.callback()
                self.checkpoint()
        except BaseException as exc:   # an uncaught JS error ends the loop, as in Node
            self.error = exc
        self._schedule_immediates()
        if self.wakeup is not None:
            self.wakeup.set()

    def clear_timer(self, timer_id):
        timer = self.timers.pop(timer_id, None)
        if timer is not None:
            timer.cancelled = True
            self._reschedule()

    def has_refed_timers(self):
        return any(t.ref and not t.cancelled for t in self.timers.values())

    def _reschedule(self):
        loop = self.loop
        if loop is None:
            return
        if self.handle is not None:
            self.handle.cancel()
            self.handle = None
        while self.heap and self.heap[0].cancelled:
            heapq.heappop(self.heap)
        if self.heap:
            wait = max(self.heap[0].due - self.now(), 0.0) / 1000.0
            self.handle = loop.call_later(wait, self._fire)
        if self.wakeup is not None:
            self.wakeup.set()

    def _fire(self):
        """Run every timer that is due, each followed by a microtask checkpoint."""
        self.handle = None
        now = self.now()
        heap = self.heap
        try:
            while heap and (heap[0].cancelled or heap[0].due <= now):
                timer = heapq.heappop(heap)
                if timer.cancelled:
                    continue
                started = self.now()
                if timer.repeat is None:
                    self.timers.pop(timer.id, None)
                else:
                    timer.due = started + timer.repeat
                    timer.seq = self.seq
                    self.seq += 1
                    heapq.heappush(heap, timer)
                timer.callback()
                self.checkpoint()
        except BaseException as exc:   # an uncaught JS error ends the loop, as in Node
            self.error = exc
        self._reschedule()

    # -- I/O tasks ----------------------------------------------------------------------

    def track(self, awaitable, on_done):
        """Run an asyncio awaitable (host I/O) that keeps the loop alive; ``on_done``
        gets its result or exception and runs in a macrotask of its own."""
        import asyncio
        self.pending += 1

        async def task():
            try:
                result = await awaitable
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if current is not None and current.cancelling():
                    self.pending -= 1   # this task is cancelled (the loop shuts down)
                    raise
                # a cancellation from inside the awaitable: a failure like any other,
                # so that the loop is not left waiting for a task that never reports
                outcome = (False, RuntimeError('the host coroutine was cancelled'))
            except Exception as exc:   # handed to the JS side as a rejection
                outcome = (False, exc)
            else:
                outcome = (True, result)
            self.pending -= 1
            try:
                on_done(*outcome)
                self.checkpoint()
            except BaseException as exc:
                self.error = exc
            if self.wakeup is not None:
                self.wakeup.set()
        return asyncio.ensure_future(task())

    # -- running ----------------------------------------------------------------------

    def alive(self):
        return (self.has_refed_timers() or self.pending > 0
                or any(e.ref for e in self.immediate_ids.values()))

    async def run_async(self, until=None):
        """Drive timers and tasks on the running asyncio loop until nothing keeps the
        loop alive, or until ``until()`` is true (it is asked after each macrotask)."""
        import asyncio
        self.loop = asyncio.get_running_loop()
        self.wakeup = asyncio.Event()
        try:
            self.checkpoint()
            self._reschedule()
            self._schedule_immediates()
            while self.error is None and self.alive() and not (until and until()):
                self.wakeup.clear()
                await self.wakeup.wait()
        finally:
            if self.handle is not None:
                self.handle.cancel()
                self.handle = None
            if self.immediate_handle is not None:
                self.immediate_handle.cancel()
                self.immediate_handle = None
            self.loop = None
            self.wakeup = None
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def run(self):
        """Drive the loop until nothing keeps it alive, synchronously."""
        self.checkpoint()
        if self.alive():
            self.run_sync(self.run_async())

    def run_sync(self, coroutine):
        """Run ``coroutine`` (which drives this loop) on a fresh asyncio loop: the CLI's
        `reflow run` and the synchronous host calls."""
        # asyncio.run replaces Python's SIGINT handler by one that cancels the main
        # task, which never happens while JS code runs in a callback (`while (true) {}`
        # in a timer): keep a handler that raises KeyboardInterrupt where the code is
        import asyncio
        import signal
        import threading
        replace = threading.current_thread() is threading.main_thread() and \
            signal.getsignal(signal.SIGINT) is signal.default_int_handler
        if replace:
            signal.signal(signal.SIGINT, _raise_keyboard_interrupt)
        try:
            return asyncio.run(coroutine)
        finally:
            if replace:
                signal.signal(signal.SIGINT, signal.default_int_handler)


def _raise_keyboard_interrupt(signum, frame):
    raise KeyboardInterrupt

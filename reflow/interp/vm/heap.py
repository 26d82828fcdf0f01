"""A realm's memory limit: the heap account (``realm.heap``, None when there is no
limit, which then costs nothing but that test in VM.poll and at big allocations).

Knowing exactly how much a realm holds means walking everything JS can reach, which is
far too slow to do at every allocation. So the account keeps a cheap estimate of the
growth since it last measured: the process's new pymalloc blocks (small objects: JS
objects, their property dicts, short strings) and its new bytes from malloc (big
strings, buffers, long lists; glibc's mallinfo2), both net of what was freed, and, where a script asks for a
big allocation (``charge``: long strings, ArrayBuffers), the bytes it asks for, checked
before they are allocated. Only when the
estimate passes a trigger does it measure, by walking the realm's roots (``live_bytes``);
over the limit is a JS RangeError the script can catch, else the trigger becomes half of
what is left, so that near the limit a measurement is still rare. Garbage is never
counted: a loop that allocates and drops does not grow the estimate, and a measurement
only sees what is reachable.
"""
import gc
import os
import sys
import types

from .errors import JSErrorSignal
from .objects import THREAD

# bytes a new pymalloc block stands for in the estimate (a small object with its share
# of a property dict: about 100 bytes; a lower guess measures a little earlier)
BYTES_PER_BLOCK = 64
# an allocation this big is charged where it is made (below it, the blocks count)
BIG_ALLOCATION = 1 << 14
# the trigger never gets smaller than this fraction of the limit: the overshoot past
# the limit before the RangeError is at most about that much
MIN_TRIGGER_FRACTION = 64


def memory_limit_error(limit):
    return JSErrorSignal('RangeError', "Out of memory: the runtime's memory limit "
                         "(%d bytes) is reached" % limit)


def _mallinfo():
    """glibc's mallinfo2 (the bytes malloc has handed out and not had back), or None."""
    try:
        import ctypes

        class MallInfo2(ctypes.Structure):
            _fields_ = [(name, ctypes.c_size_t) for name in (
                'arena', 'ordblks', 'smblks', 'hblks', 'hblkhd', 'usmblks', 'fsmblks',
                'uordblks', 'fordblks', 'keepcost')]
        fn = ctypes.CDLL(None).mallinfo2
        fn.restype = MallInfo2
        fn.argtypes = ()
        fn()
        return fn
    except (ImportError, OSError, AttributeError):
        return None


# [mallinfo2 or None], looked up when a memory limit is first set (ctypes costs ~3 ms
# to import, for every program otherwise)
_MALLINFO = []
_statm = []   # the open /proc/self/statm where there is no mallinfo2


def _malloc_bytes():
    """Bytes in use from malloc (big strings, buffers, lists' arrays: what pymalloc's
    blocks do not count); the resident size where glibc cannot say."""
    if not _MALLINFO:
        _MALLINFO.append(_mallinfo())
    mallinfo = _MALLINFO[0]
    if mallinfo is not None:
        info = mallinfo()
        return info.uordblks + info.hblkhd
    try:
        if not _statm:
            _statm.append(os.open('/proc/self/statm', os.O_RDONLY))
        return int(os.pread(_statm[0], 128, 0).split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


try:
    _PAGE = os.sysconf('SC_PAGE_SIZE')
except (ValueError, OSError, AttributeError):
    _PAGE = 4096


class HeapAccount:
    """The memory limit of one realm (``limit`` bytes of what its JS can reach)."""

    def __init__(self, realm, limit):
        self.realm = realm
        self.limit = limit
        self.live = 0              # bytes at the last measurement
        self.measurements = 0      # how many walks ran (for tests and tuning)
        self._reset(limit // 2)

    def _reset(self, trigger):
        self.blocks = sys.getallocatedblocks()
        self.malloced = _malloc_bytes()
        self.trigger = max(trigger, self.limit // MIN_TRIGGER_FRACTION)

    def growth(self):
        """The estimated bytes allocated since the last measurement (what was freed
        since and reused does not count again)."""
        blocks = (sys.getallocatedblocks() - self.blocks) * BYTES_PER_BLOCK
        return max(blocks + _malloc_bytes() - self.malloced, 0)

    def poll(self, vm):
        """From VM.poll: measure when the estimate passed the trigger."""
        if self.growth() >= self.trigger:
            self.check(vm, 0)

    def charge(self, nbytes, vm):
        """A script is about to allocate ``nbytes``: the RangeError if that would pass
        the limit (checked before the allocation is made)."""
        if nbytes >= self.trigger or self.growth() + nbytes >= self.trigger:
            self.check(vm, nbytes)

    def check(self, vm, extra):
        """Measure; raise the RangeError if the live heap (plus ``extra`` bytes about to
        be allocated) is over the limit."""
        live = live_bytes(self.realm, vm)
        self.live = live
        self.measurements += 1
        self._reset((self.limit - live - extra) // 2)
        if live + extra > self.limit:
            raise memory_limit_error(self.limit)


# an allocation this big is work enough to poll for (a loop of a few huge string
# operations runs for seconds between the dispatch loop's polls)
POLLED_ALLOCATION = 1 << 20


def charge(nbytes):
    """Charge a big allocation to the running realm's heap account, if it has one; a
    huge one polls the VM first (interrupt, time limit)."""
    vm = THREAD.stack.running
    if vm is not None:
        if nbytes >= POLLED_ALLOCATION:
            vm.poll()
        heap = vm.realm.heap
        if heap is not None:
            heap.charge(nbytes, vm)


# -- the measurement ----------------------------------------------------------------

# what a walk never enters: the engine's and Python's own machinery, shared by all
# realms (types, modules, code) or not the realm's data (the VM, the host)
_OPAQUE = (type, types.ModuleType, types.CodeType, types.FrameType,
           types.BuiltinFunctionType, types.MethodDescriptorType,
           types.WrapperDescriptorType, types.GetSetDescriptorType)
# reflow/ (this file is reflow/interp/vm/heap.py): the built-ins' frames are there too
_REFLOW_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_THIS_FILE = os.path.abspath(__file__)
_REALM_SKIPPED = ('vm', 'host', 'heap', 'event_loop')


def roots(realm, vm=None):
    """What JS in ``realm`` can reach from: the realm's records (global object, global
    lexical cells, intrinsics, job queue, module map, ...), its timers, the running
    frames, and the locals of the built-ins in progress (an array a built-in is
    filling is the script's too)."""
    out = [v for k, v in vars(realm).items() if k not in _REALM_SKIPPED]
    loop = getattr(realm, 'event_loop', None)
    if loop is not None:
        out.append(loop.heap)
        out.append(loop.timers)
    if vm is not None:
        out.append(vm.frame)
    f = sys._getframe(1)
    while f is not None:
        filename = f.f_code.co_filename
        if filename.startswith(_REFLOW_DIR) and not filename.startswith(_THIS_FILE):
            out.append(f.f_locals)
        f = f.f_back
    return out


def live_bytes(realm, vm=None):
    """The bytes of the objects reachable from ``realm``'s roots (sys.getsizeof of
    each, each counted once), not entering types, modules, code, Python functions'
    globals, module dicts, the realm's VM or its host."""
    from .realm import Realm
    from .dispatch import VM
    opaque = _OPAQUE + (Realm, VM)
    seen = {id(m.__dict__) for m in list(sys.modules.values()) if m is not None}
    seen.add(id(realm.host))
    todo = roots(realm, vm)
    total = 0
    getsizeof = sys.getsizeof
    referents = gc.get_referents
    function = types.FunctionType
    while todo:
        obj = todo.pop()
        i = id(obj)
        if i in seen:
            continue
        seen.add(i)
        if isinstance(obj, opaque):
            continue
        total += getsizeof(obj)
        if type(obj) is function:
            # a built-in's closure may hold JS values; its globals are the module's
            todo.extend(obj.__closure__ or ())
            todo.extend(obj.__defaults__ or ())
            continue
        todo.extend(referents(obj))
    return total


def set_memory_limit(realm, limit):
    """Give ``realm`` a heap account of ``limit`` bytes (None: no limit)."""
    realm.heap = None if limit is None else HeapAccount(realm, int(limit))
    return realm.heap

"""Long built-ins poll the running VM (interrupt, time limit, memory limit, Ctrl-C)
as the dispatch loop does: a loop over a range the script chose walks it through
``polled``, which polls every POLL_STRIDE items and costs nothing on a short range."""
from .objects import THREAD

POLL_STRIDE = 1 << 14


def let_other_threads_run():
    """Nothing, run as Python bytecode: entering it is where the interpreter hands the
    GIL to a thread that asked for it. The compiled dispatch loop runs no bytecode, so
    without this a thread calling VM.interrupt() would wait for the GIL forever. (This
    module must stay uncompiled.)"""


def poll_running():
    """VM.poll of the VM running in this thread, if any."""
    vm = THREAD.stack.running
    if vm is not None:
        vm.poll()


def polled(items):
    """``items`` (a range or a list), polling every POLL_STRIDE of them."""
    if len(items) <= POLL_STRIDE:
        return items
    return _polled(items)


def _polled(items):
    for start in range(0, len(items), POLL_STRIDE):
        poll_running()
        yield from items[start:start + POLL_STRIDE]

"""The exceptions the host sees. A JS throw or rejection reaches Python only as a
JSError; a limit that stops running code is an ExecutionTimeout or ExecutionInterrupted
(exported as ``reflow.TimeoutError`` and ``reflow.InterruptedError``): no JS ``catch``
or ``finally`` runs for them."""


class JSError(Exception):
    """A JS exception that reached the host: ``name``, ``message`` and ``stack`` are the
    JS error's (``stack`` is ``None`` for a thrown non-error), ``value`` the thrown
    value as a handle the runtime can convert."""

    def __init__(self, name, message, stack=None, value=None):
        Exception.__init__(self, '%s: %s' % (name, message) if message else name)
        self.name = name
        self.message = message
        self.stack = stack
        self.value = value

    def __str__(self):
        return self.stack or Exception.__str__(self)


class ProgramExited(Exception):
    """The script called process.exit(code) (Node's) and its 'exit' listeners ran:
    ``code`` is the status it asked for. The runtime stays usable; the program's
    queued jobs and timers are dropped."""

    def __init__(self, code):
        Exception.__init__(self, 'the program called process.exit(%d)' % code)
        self.code = code


class ExecutionTimeout(TimeoutError):
    """The runtime's execution_timeout passed while a script ran."""


class ExecutionInterrupted(InterruptedError):
    """``JavascriptRuntime.interrupt()`` stopped the running script."""


class RuntimeClosed(RuntimeError):
    """A method was called on a runtime after ``close()``."""


class RuntimeBusy(RuntimeError):
    """A runtime was entered from a second thread while another thread was using it."""


class PermissionDenied(PermissionError):
    """A host op was refused by the runtime's permissions (reflow/ext/permissions.py):
    ``kind`` is 'read', 'net', ..., ``target`` what the op wanted (None: all of the
    kind), ``flag`` the Deno flag that would grant it ('--allow-read'). The message is
    Deno's, e.g. ``Requires read access to "/etc/passwd", run again with the
    --allow-read flag``; JS sees it as Deno.errors.NotCapable."""

    def __init__(self, kind, target, flag):
        self.kind = kind
        self.target = target
        self.flag = flag
        PermissionError.__init__(self, 'Requires %s access%s, run again with the %s flag' % (
            kind, '' if target is None else ' to "%s"' % target, flag))

    def __str__(self):
        return self.args[0]


class ProcessExit(BaseException):
    """Node's process.exit(code) (reflow/ext/node/lib/process.js) ran: the program is
    over, ``code`` is its exit status, and its 'exit' listeners have run. A
    BaseException, as KeyboardInterrupt is: no JS catch or finally sees it, and no
    ``except Exception`` of a host op turns it into a JS error; ``reflow run`` exits
    with the code, and JavascriptRuntime raises ProgramExited for it (never
    SystemExit: the embedding Python process goes on)."""

    def __init__(self, code):
        BaseException.__init__(self, 'process.exit(%d)' % code)
        self.code = code

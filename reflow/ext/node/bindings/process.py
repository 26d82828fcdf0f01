"""Host ops of Node's process object (lib/process.js): argv, the environment (the
realm's own copy of os.environ, behind the 'env' permission as Deno checks it), the
cwd, clocks, memory, the output streams, nextTick's queue and exit.

``finish(realm, code)`` is what the host runs when a program ends (see its docstring)."""
import os
import sys
import time

from reflow.interp.vm.errors import JSThrow, type_error
from reflow.interp.vm.function import arg, is_callable
from reflow.interp.vm.objects import JSObject
from reflow.interp.vm.operations import to_number, to_string
from reflow.interp.vm.values import JSBigInt, JSSymbol, UNDEFINED
from ...errors import ProcessExit
from ..hostops import check, host_text, js_text, ops_object, uv_error

# when this Python process started, for process.uptime()
_STARTED = time.monotonic()

PLATFORMS = {'linux': 'linux', 'darwin': 'darwin', 'win32': 'win32', 'cygwin': 'cygwin',
             'freebsd': 'freebsd', 'openbsd': 'openbsd', 'sunos': 'sunos', 'aix': 'aix'}
ARCHES = {'x86_64': 'x64', 'amd64': 'x64', 'aarch64': 'arm64', 'arm64': 'arm64',
          'i386': 'ia32', 'i686': 'ia32', 'x86': 'ia32', 'armv7l': 'arm', 'ppc64le': 'ppc64',
          's390x': 's390x', 'riscv64': 'riscv64'}


def platform_name():
    for prefix, name in PLATFORMS.items():
        if sys.platform.startswith(prefix):
            return name
    return sys.platform


def arch_name():
    import platform
    machine = platform.machine().lower()
    return ARCHES.get(machine, machine)


def exec_path():
    """The program that runs us: the `reflow` script when we were started as one, else
    the Python executable (`python -m reflow`, an embedding)."""
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else ''
    if os.path.basename(argv0).startswith('reflow') and os.path.isfile(argv0):
        return os.path.abspath(argv0)
    return sys.executable or 'reflow'


def _environment(realm):
    """The realm's environment: os.environ as it was when first asked, then the
    program's own writes (never the host's)."""
    env = getattr(realm, 'node_environment', None)
    if env is None:
        env = realm.node_environment = dict(os.environ)
    return env


def _env_name(value):
    if type(value) is JSSymbol:
        raise type_error('Cannot convert a Symbol value to a string')
    return host_text(to_string(value))


def write_text(realm, text, stream):
    """process.stdout/stderr.write: ``text`` as it is, no newline added, in order with
    console's lines. A host with a ``write_text(text, stream)`` gets it so; a host
    writing to the process's streams writes it there (console writes there too); a
    host that takes whole lines (Host.output) gets each line once it is complete."""
    host = realm.host
    raw = getattr(host, 'write_text', None)
    if raw is not None:
        raw(text, stream)
        return
    from ...host import Host
    if host.output is None and type(host).write_output is Host.write_output:
        from ...stdio import write_text as write_stream
        write_stream(sys.stdout if stream == 'stdout' else sys.stderr, text)
        return
    # the lines complete so far; the rest waits for its newline
    pending = getattr(realm, 'node_partial_lines', None)
    if pending is None:
        pending = realm.node_partial_lines = {}
    lines = (pending.pop(stream, '') + text).split('\n')
    if lines[-1]:
        pending[stream] = lines[-1]
    for line in lines[:-1]:
        host.write_output(line, stream)


def finish(realm, code=0):
    """The end of a program that did not call process.exit, for the host to run once
    run_to_completion returned (``code``: 0, or 1 after an uncaught error). If the
    program used `process`: its 'beforeExit' listeners run (after a normal end only),
    and when they leave work for the event loop it runs again (synchronously), until
    they do not; then the 'exit' listeners run. Returns the exit status: process.exitCode
    as they leave it, else ``code``. A listener calling process.exit raises
    ProcessExit, as it does anywhere."""
    state = getattr(realm, 'node_builtins', None)
    ops = state['bindings'].get('process') if state else None
    if ops is None:
        return code
    loop = realm.event_loop
    while code == 0:
        ops.get('beforeExit').call(UNDEFINED, [float(code)])
        loop.checkpoint()
        if not loop.alive():
            break
        loop.run()
    status = int(to_number(ops.get('runExit').call(UNDEFINED, [float(code)])))
    flush_partial_lines(realm)
    return status


def flush_partial_lines(realm):
    """Hand a line sink (Host.output) the text written after the last newline, as the
    last line: at the end of the program nothing more will complete it."""
    pending = getattr(realm, 'node_partial_lines', None)
    while pending:
        stream, text = pending.popitem()
        realm.host.write_output(text, stream)


def create(realm):
    def argv(this, args):
        # the host's argv; None (or a first word None) is the program running us
        words = getattr(realm.host, 'argv', None) or [None]
        return realm.new_array([js_text(str(exec_path() if w is None else w))
                                for w in words])

    def env_get(this, args):
        name = _env_name(arg(args, 0))
        check(realm, 'env', name)
        value = _environment(realm).get(name)
        return UNDEFINED if value is None else js_text(value)

    def env_has(this, args):
        name = _env_name(arg(args, 0))
        check(realm, 'env', name)
        return name in _environment(realm)

    def env_set(this, args):
        name = _env_name(arg(args, 0))
        check(realm, 'env', name)
        _environment(realm)[name] = host_text(to_string(arg(args, 1)))
        return True

    def env_delete(this, args):
        name = _env_name(arg(args, 0))
        check(realm, 'env', name)
        _environment(realm).pop(name, None)
        return True

    def env_keys(this, args):
        check(realm, 'env')
        return realm.new_array([js_text(k) for k in _environment(realm)])

    def cwd(this, args):
        try:
            return js_text(os.getcwd())
        except OSError as exc:
            raise JSThrow(uv_error(realm, exc, 'uv_cwd')) from None

    def chdir(this, args):
        directory = host_text(to_string(arg(args, 0)))
        check(realm, 'read', directory)
        try:
            os.chdir(directory)
        except OSError as exc:
            raise JSThrow(uv_error(realm, exc, 'chdir', os.getcwd(), directory)) from None
        return UNDEFINED

    def hrtime(this, args):
        ns = time.monotonic_ns()
        return realm.new_array([float(ns // 1000000000), float(ns % 1000000000)])

    def hrtime_bigint(this, args):
        return JSBigInt(time.monotonic_ns())

    def uptime(this, args):
        return time.monotonic() - _STARTED

    def memory_usage(this, args):
        obj = realm.new_object()
        rss = _rss()
        for key, value in (('rss', rss), ('heapTotal', rss), ('heapUsed', rss),
                           ('external', 0), ('arrayBuffers', 0)):
            obj.set(key, float(value))
        return obj

    def write(this, args):
        fd = int(to_number(arg(args, 0)))
        write_text(realm, host_text(to_string(arg(args, 1))), 'stdout' if fd == 1 else
                   'stderr')
        return UNDEFINED

    def tty_columns(this, args):
        """The columns of the terminal on fd args[0], or undefined when it is none (or
        when the host takes the output)."""
        fd = int(to_number(arg(args, 0)))
        if getattr(realm.host, 'output', None) is not None or not _isatty(fd):
            return UNDEFINED
        size = os.get_terminal_size(fd)
        return realm.new_array([float(size.columns), float(size.lines)])

    def queue_tick(this, args):
        callback = arg(args, 0)   # (process.js's closure over the tick's arguments)
        realm.event_loop.queue_tick(lambda: callback.call(UNDEFINED, []))
        return UNDEFINED

    def really_exit(this, args):
        raise ProcessExit(int(to_number(arg(args, 0))))

    def umask(this, args):
        check(realm, 'sys', 'umask')
        mask = arg(args, 0)
        if mask is UNDEFINED:
            old = os.umask(0)
            os.umask(old)
        else:
            old = os.umask(int(to_number(mask)) & 0o777)
        return float(old)

    def kill(this, args):
        import signal as signals
        pid = int(to_number(arg(args, 0)))
        signal = arg(args, 1)
        number = int(to_number(signal)) if type(signal) is float else \
            getattr(signals, to_string(signal), None)
        if not isinstance(number, int) or to_string(signal).startswith('SIG_'):
            return False   # not a signal's name: process.js throws ERR_UNKNOWN_SIGNAL
        check(realm, 'run')
        try:
            os.kill(pid, number)
        except OSError as exc:
            raise JSThrow(uv_error(realm, exc, 'kill')) from None
        return True

    def ids(kind, read):
        def get(this, args):
            check(realm, 'sys', kind)
            return float(read())
        return (get, 0)

    versions = realm.new_object()
    import reflow
    for key, value in (('node', '22.12.0'), ('reflow', reflow.__version__),
                       ('python', '%d.%d.%d' % sys.version_info[:3])):
        versions.set(key, value)
    return ops_object(realm, {
        'argv': (argv, 0), 'envGet': (env_get, 1), 'envHas': (env_has, 1),
        'envSet': (env_set, 2), 'envDelete': (env_delete, 1), 'envKeys': (env_keys, 0),
        'cwd': (cwd, 0), 'chdir': (chdir, 1), 'hrtime': (hrtime, 0),
        'hrtimeBigint': (hrtime_bigint, 0), 'uptime': (uptime, 0),
        'memoryUsage': (memory_usage, 0), 'write': (write, 2),
        'ttyColumns': (tty_columns, 1), 'queueTick': (queue_tick, 1),
        'reallyExit': (really_exit, 1), 'umask': (umask, 1), 'kill': (kill, 2),
        'isatty': (lambda this, args: getattr(realm.host, 'output', None) is None and
                   _isatty(int(to_number(arg(args, 0)))), 1),
        'getuid': ids('uid', os.getuid), 'geteuid': ids('uid', os.geteuid),
        'getgid': ids('gid', os.getgid), 'getegid': ids('getegid', os.getegid),
        'platform': platform_name(), 'arch': arch_name(), 'pid': float(os.getpid()),
        'ppid': float(os.getppid()), 'execPath': js_text(exec_path()),
        'versions': versions,
    })


def _isatty(fd):
    try:
        return os.isatty(fd)
    except OSError:
        return False


def _rss():
    """The resident set size in bytes (Linux's /proc, else the peak from getrusage)."""
    try:
        with open('/proc/self/statm') as f:
            return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE')
    except (OSError, ValueError, IndexError, AttributeError):
        try:
            import resource
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return peak if sys.platform == 'darwin' else peak * 1024
        except ImportError:
            return 0

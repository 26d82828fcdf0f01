"""Host ops of node:os (lib/os.js): what the system says of itself, each behind the
'sys' permission where deno 2.9 asks for it (hostname, osRelease, osUptime, loadavg,
cpus, systemMemoryInfo, homedir, uid, networkInterfaces, getPriority, setPriority) and
tmpdir behind 'env' TMPDIR, as Deno checks it."""
import errno
import os
import platform
import signal
import sys

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.function import arg
from reflow.interp.vm.operations import to_number
from reflow.interp.vm.values import NULL, UNDEFINED
from ..hostops import check, js_text, ops_object, uv_error

# os.constants.signals and .errno: the names Node's has on Linux, in its order
SIGNALS = ('SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGIOT', 'SIGBUS',
           'SIGFPE', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM',
           'SIGTERM', 'SIGCHLD', 'SIGSTKFLT', 'SIGCONT', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN',
           'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGWINCH',
           'SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSYS')
ERRNO = ('E2BIG EACCES EADDRINUSE EADDRNOTAVAIL EAFNOSUPPORT EAGAIN EALREADY EBADF EBADMSG '
         'EBUSY ECANCELED ECHILD ECONNABORTED ECONNREFUSED ECONNRESET EDEADLK EDESTADDRREQ '
         'EDOM EDQUOT EEXIST EFAULT EFBIG EHOSTUNREACH EIDRM EILSEQ EINPROGRESS EINTR EINVAL '
         'EIO EISCONN EISDIR ELOOP EMFILE EMLINK EMSGSIZE EMULTIHOP ENAMETOOLONG ENETDOWN '
         'ENETRESET ENETUNREACH ENFILE ENOBUFS ENODATA ENODEV ENOENT ENOEXEC ENOLCK ENOLINK '
         'ENOMEM ENOMSG ENOPROTOOPT ENOSPC ENOSR ENOSTR ENOSYS ENOTCONN ENOTDIR ENOTEMPTY '
         'ENOTSOCK ENOTSUP ENOTTY ENXIO EOPNOTSUPP EOVERFLOW EPERM EPIPE EPROTO '
         'EPROTONOSUPPORT EPROTOTYPE ERANGE EROFS ESPIPE ESRCH ESTALE ETIME ETIMEDOUT ETXTBSY '
         'EWOULDBLOCK EXDEV').split()


def _meminfo():
    """/proc/meminfo's fields in bytes (Linux), else {}."""
    found = {}
    try:
        with open('/proc/meminfo') as f:
            for line in f:
                key, _, rest = line.partition(':')
                parts = rest.split()
                if parts:
                    found[key] = int(parts[0]) * 1024
    except (OSError, ValueError):
        pass
    return found


def _cpus():
    """(model, speed MHz, (user, nice, sys, idle, irq) in ms) per CPU."""
    models, speeds, times = [], [], []
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                key, _, value = line.partition(':')
                key = key.strip()
                if key == 'model name':
                    models.append(value.strip())
                elif key == 'cpu MHz':
                    speeds.append(int(float(value)))
    except (OSError, ValueError):
        pass
    try:
        tick = 1000 / os.sysconf('SC_CLK_TCK')
        with open('/proc/stat') as f:
            for line in f:
                parts = line.split()
                if parts and parts[0].startswith('cpu') and parts[0] != 'cpu':
                    user, nice, system, idle, _, irq = (int(p) for p in parts[1:7])
                    times.append(tuple(int(v * tick) for v in (user, nice, system, idle,
                                                               irq)))
    except (OSError, ValueError, AttributeError):
        pass
    count = len(times) or os.cpu_count() or 1
    return [(models[i] if i < len(models) else (platform.processor() or 'unknown'),
             speeds[i] if i < len(speeds) else 0,
             times[i] if i < len(times) else (0, 0, 0, 0, 0)) for i in range(count)]


def create(realm):
    def sys_op(kind, read):
        def op(this, args):
            check(realm, 'sys', kind)
            return read(args)
        return (op, 0)

    def number_object(pairs):
        obj = realm.new_object()
        for key, value in pairs:
            obj.set(key, float(value))
        return obj

    def cpus(args):
        out = []
        for model, speed, times in _cpus():
            cpu = realm.new_object()
            cpu.set('model', js_text(model))
            cpu.set('speed', float(speed))
            cpu.set('times', number_object(zip(('user', 'nice', 'sys', 'idle', 'irq'),
                                               times)))
            out.append(cpu)
        return realm.new_array(out)

    def total_memory(args):
        info = _meminfo()
        if 'MemTotal' in info:
            return float(info['MemTotal'])
        return float(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES'))

    def free_memory(args):
        info = _meminfo()
        if 'MemAvailable' in info:
            return float(info['MemAvailable'])
        return float(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_AVPHYS_PAGES'))

    def uptime(args):
        try:
            with open('/proc/uptime') as f:
                return float(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            import time
            return float(int(time.monotonic()))

    def user_info(args):
        import pwd
        entry = pwd.getpwuid(os.getuid())
        info = realm.new_object()
        info.set('uid', float(entry.pw_uid))
        info.set('gid', float(entry.pw_gid))
        info.set('username', js_text(entry.pw_name))
        info.set('homedir', js_text(entry.pw_dir))
        info.set('shell', js_text(entry.pw_shell) if entry.pw_shell else NULL)
        return info

    def homedir(args):
        home = os.environ.get('HOME')
        if home:
            return js_text(home)
        import pwd
        return js_text(pwd.getpwuid(os.getuid()).pw_dir)

    def tmpdir(this, args):
        for name in ('TMPDIR', 'TMP', 'TEMP'):
            check(realm, 'env', name)
            value = os.environ.get(name)
            if value:
                if len(value) > 1 and value.endswith('/'):
                    value = value[:-1]
                return js_text(value)
        return '/tmp'

    def get_priority(args):
        pid = int(to_number(arg(args, 0)))
        try:
            return float(os.getpriority(os.PRIO_PROCESS, pid))
        except OSError as exc:
            raise JSThrow(uv_error(realm, exc, 'uv_os_getpriority')) from None

    def set_priority(args):
        pid, priority = int(to_number(arg(args, 0))), int(to_number(arg(args, 1)))
        try:
            os.setpriority(os.PRIO_PROCESS, pid, priority)
        except OSError as exc:
            raise JSThrow(uv_error(realm, exc, 'uv_os_setpriority')) from None
        return UNDEFINED

    signals = number_object((name, getattr(signal, name)) for name in SIGNALS
                            if hasattr(signal, name))
    errnos = number_object((name, getattr(errno, name)) for name in ERRNO
                           if hasattr(errno, name))
    uname = platform.uname()
    return ops_object(realm, {
        'hostname': sys_op('hostname', lambda args: js_text(uname.node)),
        'release': sys_op('osRelease', lambda args: js_text(uname.release)),
        'version': sys_op('osRelease', lambda args: js_text(uname.version)),
        'uptime': sys_op('osUptime', uptime),
        'loadavg': sys_op('loadavg', lambda args: realm.new_array(
            [float(v) for v in os.getloadavg()])),
        'cpus': sys_op('cpus', cpus),
        'totalmem': sys_op('systemMemoryInfo', total_memory),
        'freemem': sys_op('systemMemoryInfo', free_memory),
        'homedir': sys_op('homedir', homedir),
        'userInfo': sys_op('uid', user_info),
        'networkInterfaces': sys_op('networkInterfaces', lambda args: realm.new_object()),
        'getPriority': sys_op('getPriority', get_priority),
        'setPriority': sys_op('setPriority', set_priority),
        'tmpdir': (tmpdir, 0),
        'availableParallelism': (lambda this, args: float(
            len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity')
            else os.cpu_count() or 1), 0),
        'type': js_text(uname.system or sys.platform),
        'machine': js_text(uname.machine),
        'endianness': 'LE' if sys.byteorder == 'little' else 'BE',
        'signals': signals, 'errno': errnos,
    })

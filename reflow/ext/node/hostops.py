"""What the bindings of Node's built-ins (bindings/*.py) share: the object of host ops
a binding's ``create(realm)`` returns, the permission check, and Node's system errors
(``ENOENT: no such file or directory, open '/x'`` with errno, code, syscall, path)."""
import errno as errno_codes
import os

from reflow.interp.vm.errors import JSErrorSignal, JSThrow
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import JSObject
from reflow.parser.chars import from_code_units, to_code_units
from ..errors import PermissionDenied


def ops_object(realm, ops):
    """A plain object of native functions: ``ops`` maps a name to (fn(this, args),
    length), or to a value (a constant the module reads once)."""
    obj = JSObject(realm.intrinsics['ObjectPrototype'])
    for name, op in ops.items():
        if type(op) is tuple and callable(op[0]):
            fn, length = op
            obj.set(name, NativeFunction(realm, _guarded(fn, name), name, length))
        else:
            obj.set(name, op)
    return obj


def _guarded(fn, name):
    """``fn``, with a Python error from a value the JS side did not expect (a NaN where
    an int goes, an object swapped into a private slot) turned into a JS TypeError
    naming the op, never a traceback."""
    def op(this, args):
        try:
            return fn(this, args)
        except (JSThrow, JSErrorSignal):
            raise
        except (ValueError, OverflowError, TypeError, AttributeError, KeyError,
                IndexError) as exc:
            raise JSErrorSignal('TypeError', 'Invalid argument to %s: %s' % (
                name, js_text(str(exc)))) from None
    return op


def check(realm, kind, target=None):
    """The host's permission check of ``kind`` on ``target`` (None: all of the kind),
    a refusal thrown as Deno's NotCapable naming the --allow-* flag."""
    permissions = realm.host.permissions
    if permissions is None:
        return
    try:
        permissions.check(kind, target)
    except PermissionDenied as exc:
        from ..deno_namespace import js_permission_error
        raise JSThrow(js_permission_error(realm, exc)) from None


def host_text(text):
    """A JS string (UTF-16 code units) as the host's str (a path, a variable)."""
    return from_code_units(text)


def js_text(text):
    """A host str as a JS string."""
    return to_code_units(text)


# libuv's uv_strerror texts, which Node's messages use
UV_MESSAGES = {
    'E2BIG': 'argument list too long', 'EACCES': 'permission denied',
    'EADDRINUSE': 'address already in use', 'EAGAIN': 'resource temporarily unavailable',
    'EBADF': 'bad file descriptor', 'EBUSY': 'resource busy or locked',
    'ECANCELED': 'operation canceled', 'EEXIST': 'file already exists',
    'EFAULT': 'bad address in system call argument', 'EFBIG': 'file too large',
    'EINTR': 'interrupted system call', 'EINVAL': 'invalid argument',
    'EIO': 'i/o error', 'EISDIR': 'illegal operation on a directory',
    'ELOOP': 'too many symbolic links encountered', 'EMFILE': 'too many open files',
    'EMLINK': 'too many links', 'ENAMETOOLONG': 'name too long',
    'ENFILE': 'file table overflow', 'ENODEV': 'no such device',
    'ENOENT': 'no such file or directory', 'ENOMEM': 'not enough memory',
    'ENOSPC': 'no space left on device', 'ENOSYS': 'function not implemented',
    'ENOTDIR': 'not a directory', 'ENOTEMPTY': 'directory not empty',
    'ENOTSUP': 'operation not supported on socket', 'ENXIO': 'no such device or address',
    'EPERM': 'operation not permitted', 'EPIPE': 'broken pipe',
    'EROFS': 'read-only file system', 'ESPIPE': 'invalid seek',
    'ESRCH': 'no such process', 'ETIMEDOUT': 'connection timed out',
    'ETXTBSY': 'text file is busy', 'EXDEV': 'cross-device link not permitted',
}


def uv_error(realm, exc, syscall, path=None, dest=None):
    """Node's error for a failed system call: ``exc`` is the OSError (or an errno
    number). `ENOENT: no such file or directory, open '/x'`, with errno (libuv's
    negative number), code, syscall, path and dest as own properties."""
    number = exc if type(exc) is int else (exc.errno or errno_codes.EIO)
    code = errno_codes.errorcode.get(number, 'EIO')
    if code == 'EOPNOTSUPP':
        code = 'ENOTSUP'
    text = UV_MESSAGES.get(code) or os.strerror(number).lower()
    message = '%s: %s, %s' % (code, text, syscall)
    if path is not None:
        message += " '%s'" % path
        if dest is not None:
            message += " -> '%s'" % dest
    err = realm.make_error('Error', js_text(message))
    err.set('errno', float(-number))
    err.set('code', code)
    err.set('syscall', syscall)
    if path is not None:
        err.set('path', js_text(path))
    if dest is not None:
        err.set('dest', js_text(dest))
    return err


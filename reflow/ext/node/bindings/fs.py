"""Host ops of node:fs (lib/fs.js, lib/fs/promises.js): each a synchronous system call
on Python's os/shutil, with Node's error for a failure (``ENOENT: no such file or
directory, open 'x'``, errno, code, syscall, path, dest). The JS side has checked the
arguments (paths are strings without NUL, numbers are integers) and makes the callback
and promise forms from these.

Every path op checks the host's permission first: 'read' or 'write' (as deno 2.9's
node:fs asks) on the canonical path of its target, or for an op on a link itself
(lstat, readlink, unlink, rename, rm, symlink), on the canonical path of the folder
holding it. A refusal is Deno's NotCapable naming --allow-read / --allow-write."""
import os
import shutil
import stat as stat_module

from reflow.builtins.array_buffer import ArrayBufferObject
from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.function import arg
from reflow.interp.vm.operations import to_boolean, to_number, to_string
from reflow.interp.vm.values import NULL, UNDEFINED
from ..hostops import check, host_text, js_text, ops_object, uv_error
from .buffer import view_bytes

# Dirent's types, as Node numbers them (UV_DIRENT_*)
DIRENT_FILE, DIRENT_DIR, DIRENT_LINK, DIRENT_FIFO, DIRENT_SOCKET, DIRENT_CHAR, \
    DIRENT_BLOCK = 1, 2, 3, 4, 5, 6, 7

# the fields of a Stats object, in Node's order
STAT_FIELDS = ('dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
               'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs')


def _dirent_type(entry):
    try:
        mode = entry.stat(follow_symlinks=False).st_mode
    except OSError:
        return 0
    for test, kind in ((stat_module.S_ISLNK, DIRENT_LINK), (stat_module.S_ISREG, DIRENT_FILE),
                       (stat_module.S_ISDIR, DIRENT_DIR), (stat_module.S_ISFIFO, DIRENT_FIFO),
                       (stat_module.S_ISSOCK, DIRENT_SOCKET), (stat_module.S_ISCHR, DIRENT_CHAR),
                       (stat_module.S_ISBLK, DIRENT_BLOCK)):
        if test(mode):
            return kind
    return 0


def _stat_values(st):
    ms = lambda ns: ns / 1e6
    birth = getattr(st, 'st_birthtime_ns', None)
    if birth is None:
        birth = st.st_ctime_ns
    return (st.st_dev, st.st_mode, st.st_nlink, st.st_uid, st.st_gid, st.st_rdev,
            getattr(st, 'st_blksize', 4096), st.st_ino, st.st_size,
            getattr(st, 'st_blocks', 0), ms(st.st_atime_ns), ms(st.st_mtime_ns),
            ms(st.st_ctime_ns), ms(birth))


def create(realm):
    def fail(exc, syscall, path=None, dest=None):
        raise JSThrow(uv_error(realm, exc, syscall, path, dest)) from None

    def allowed(kind, path, follow=True):
        """The permission check of ``path`` (the link itself when not ``follow``)."""
        if realm.host.permissions is None:
            return
        if follow:
            target = os.path.realpath(path)
        else:
            folder, name = os.path.split(os.path.abspath(path))
            target = os.path.join(os.path.realpath(folder), name)
        check(realm, kind, target)

    def path_arg(args, i):
        return host_text(to_string(arg(args, i)))

    def array_buffer(data):
        ab = ArrayBufferObject(realm.intrinsics['ArrayBufferPrototype'], 0)
        ab.data = bytearray(data)
        return ab

    def stats_array(st):
        return realm.new_array([float(v) for v in _stat_values(st)])

    # -- whole files ---------------------------------------------------------------------

    def read_file(this, args):
        """(path or fd) -> an ArrayBuffer of the file's bytes."""
        target = arg(args, 0)
        if type(target) is float:
            return array_buffer(_read_fd(int(target)))
        path = path_arg(args, 0)
        allowed('read', path)
        try:
            with open(path, 'rb') as f:
                return array_buffer(f.read())
        except IsADirectoryError as exc:
            fail(exc, 'read')   # Node opens it and fails to read: no path in the message
        except OSError as exc:
            fail(exc, 'open', path)

    def _read_fd(fd):
        chunks = []
        try:
            while True:
                chunk = os.read(fd, 65536)
                if not chunk:
                    return b''.join(chunks)
                chunks.append(chunk)
        except OSError as exc:
            fail(exc, 'read')

    def write_file(this, args):
        """(path or fd, bytes view, os flags, mode)"""
        target = arg(args, 0)
        data = bytes(view_bytes(arg(args, 1)))
        if type(target) is float:
            _write_all(int(target), data)
            return UNDEFINED
        path = path_arg(args, 0)
        allowed('write', path)
        flags = int(to_number(arg(args, 2)))
        try:
            fd = os.open(path, flags, int(to_number(arg(args, 3))))
        except OSError as exc:
            fail(exc, 'open', path)
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        return UNDEFINED

    def _write_all(fd, data):
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(fd, view):]
        except OSError as exc:
            fail(exc, 'write')

    def copy_file(this, args):
        """(src, dest, exclusive)"""
        src, dest = path_arg(args, 0), path_arg(args, 1)
        allowed('read', src)
        allowed('write', dest)
        try:
            if to_boolean(arg(args, 2)) and os.path.lexists(dest):
                raise FileExistsError(17, 'File exists')
            shutil.copyfile(src, dest)
            shutil.copymode(src, dest)
        except shutil.SameFileError:
            return UNDEFINED
        except OSError as exc:
            fail(exc, 'copyfile', src, dest)
        return UNDEFINED

    # -- metadata ------------------------------------------------------------------------

    def stat(this, args):
        """(path, follow symlinks, throw if missing) -> the fields, or undefined"""
        path = path_arg(args, 0)
        follow = to_boolean(arg(args, 1))
        allowed('read', path, follow)
        try:
            return stats_array(os.stat(path) if follow else os.lstat(path))
        except FileNotFoundError as exc:
            if not to_boolean(arg(args, 2)):
                return UNDEFINED
            fail(exc, 'stat' if follow else 'lstat', path)
        except OSError as exc:
            fail(exc, 'stat' if follow else 'lstat', path)

    def fstat(this, args):
        try:
            return stats_array(os.fstat(int(to_number(arg(args, 0)))))
        except OSError as exc:
            fail(exc, 'fstat')

    def access(this, args):
        path = path_arg(args, 0)
        mode = int(to_number(arg(args, 1)))
        allowed('read', path)
        try:
            os.stat(path)
        except OSError as exc:
            fail(exc, 'access', path)
        if not os.access(path, mode):
            fail(13, 'access', path)
        return UNDEFINED

    def exists(this, args):
        path = path_arg(args, 0)
        allowed('read', path)
        return os.path.exists(path)

    def chmod(this, args):
        path = path_arg(args, 0)
        allowed('write', path)
        try:
            os.chmod(path, int(to_number(arg(args, 1))))
        except OSError as exc:
            fail(exc, 'chmod', path)
        return UNDEFINED

    def utimes(this, args):
        path = path_arg(args, 0)
        allowed('write', path)
        try:
            os.utime(path, (to_number(arg(args, 1)), to_number(arg(args, 2))))
        except OSError as exc:
            fail(exc, 'utime', path)
        return UNDEFINED

    def truncate(this, args):
        path = path_arg(args, 0)
        allowed('write', path)
        try:
            os.truncate(path, int(to_number(arg(args, 1))))
        except OSError as exc:
            fail(exc, 'open', path)
        return UNDEFINED

    # -- folders ---------------------------------------------------------------------------

    def readdir(this, args):
        """(path, with types, recursive) -> [names] or [names, types, parent paths]"""
        path = path_arg(args, 0)
        typed = to_boolean(arg(args, 1))
        allowed('read', path)
        names, types, parents = [], [], []

        def scan(folder, prefix):
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                fail(exc, 'scandir', folder)
            below = []
            for entry in entries:
                kind = _dirent_type(entry)
                names.append(entry.name if typed else prefix + entry.name)
                types.append(float(kind))
                parents.append(js_text(folder))
                if kind == DIRENT_DIR:
                    below.append(entry.name)
            return below

        below = scan(path, '')
        if to_boolean(arg(args, 2)):
            # breadth first, as Node's readdir recursive lists
            queue = [(os.path.join(path, name), name + os.sep) for name in below]
            while queue:
                folder, prefix = queue.pop(0)
                queue.extend((os.path.join(folder, name), prefix + name + os.sep)
                             for name in scan(folder, prefix))
        listed = realm.new_array([js_text(n) for n in names])
        if not typed:
            return listed
        return realm.new_array([listed, realm.new_array(types), realm.new_array(parents)])

    def mkdir(this, args):
        """(path, recursive, mode) -> the first folder made (recursive), or undefined"""
        path = path_arg(args, 0)
        mode = int(to_number(arg(args, 2)))
        allowed('write', path)
        if not to_boolean(arg(args, 1)):
            try:
                os.mkdir(path, mode)
            except OSError as exc:
                fail(exc, 'mkdir', path)
            return UNDEFINED
        # the folders to make, named from the path as given (mkdir returns the first)
        first = None
        parts = []
        head = path.rstrip(os.sep) or path
        while head and not os.path.exists(head):
            parts.append(head)
            head = os.path.dirname(head)
        if head and not os.path.isdir(head):
            fail(20, 'mkdir', path)
        for folder in reversed(parts):
            try:
                os.mkdir(folder, mode)
            except FileExistsError:
                continue
            except OSError as exc:
                fail(exc, 'mkdir', path)
            if first is None:
                first = folder
        return UNDEFINED if first is None else js_text(first)

    def mkdtemp(this, args):
        import secrets
        import string
        prefix = path_arg(args, 0)
        letters = string.ascii_letters + string.digits
        for _ in range(100):
            path = prefix + ''.join(secrets.choice(letters) for _ in range(6))
            allowed('write', path)
            try:
                os.mkdir(path, 0o700)
                return js_text(path)
            except FileExistsError:
                continue
            except OSError as exc:
                fail(exc, 'mkdtemp', prefix + 'XXXXXX')
        fail(17, 'mkdtemp', prefix + 'XXXXXX')

    def rmdir(this, args):
        path = path_arg(args, 0)
        allowed('write', path, False)
        try:
            os.rmdir(path)
        except OSError as exc:
            fail(exc, 'rmdir', path)
        return UNDEFINED

    def rm(this, args):
        """(path, recursive, force) -> undefined, or 'EISDIR' for a folder without
        recursive (lib/fs.js throws Node's ERR_FS_EISDIR for it)"""
        path = path_arg(args, 0)
        recursive, force = to_boolean(arg(args, 1)), to_boolean(arg(args, 2))
        allowed('write', path, False)
        try:
            st = os.lstat(path)
        except FileNotFoundError as exc:
            if force:
                return UNDEFINED
            fail(exc, 'lstat', path)
        except OSError as exc:
            fail(exc, 'lstat', path)
        try:
            if stat_module.S_ISDIR(st.st_mode):
                if not recursive:
                    return 'EISDIR'
                shutil.rmtree(path)
            else:
                os.unlink(path)
        except OSError as exc:
            fail(exc, 'rm', getattr(exc, 'filename', None) or path)
        return UNDEFINED

    def unlink(this, args):
        path = path_arg(args, 0)
        allowed('write', path, False)
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                raise IsADirectoryError(21, 'Is a directory')
            os.unlink(path)
        except OSError as exc:
            fail(exc, 'unlink', path)
        return UNDEFINED

    def rename(this, args):
        old, new = path_arg(args, 0), path_arg(args, 1)
        allowed('write', old, False)
        allowed('write', new, False)
        try:
            os.rename(old, new)
        except OSError as exc:
            fail(exc, 'rename', old, new)
        return UNDEFINED

    # -- links -------------------------------------------------------------------------

    def realpath(this, args):
        """(path, native): the canonical path. Node's JS realpath reports the first
        missing part as an lstat of its absolute path; realpath.native as realpath."""
        path = path_arg(args, 0)
        allowed('read', path)
        try:
            os.stat(path)
        except OSError as exc:
            if to_boolean(arg(args, 1)):
                fail(exc, 'realpath', path)
            current = os.sep
            for part in os.path.abspath(path).split(os.sep)[1:]:
                current = os.path.join(os.path.realpath(current), part)
                try:
                    os.lstat(current)
                except OSError as missing:
                    fail(missing, 'lstat', current)
            fail(exc, 'stat', path)
        return js_text(os.path.realpath(path))

    def readlink(this, args):
        path = path_arg(args, 0)
        allowed('read', path, False)
        try:
            return js_text(os.readlink(path))
        except OSError as exc:
            fail(exc, 'readlink', path)

    def symlink(this, args):
        target, path = path_arg(args, 0), path_arg(args, 1)
        allowed('write', path, False)
        try:
            os.symlink(target, path)
        except OSError as exc:
            fail(exc, 'symlink', target, path)
        return UNDEFINED

    def link(this, args):
        existing, new = path_arg(args, 0), path_arg(args, 1)
        allowed('read', existing)
        allowed('write', new, False)
        try:
            os.link(existing, new)
        except OSError as exc:
            fail(exc, 'link', existing, new)
        return UNDEFINED

    # -- descriptors --------------------------------------------------------------------

    def open_(this, args):
        """(path, os flags, mode) -> fd"""
        path = path_arg(args, 0)
        flags = int(to_number(arg(args, 1)))
        access_mode = flags & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR)
        if access_mode != os.O_WRONLY:
            allowed('read', path)
        if access_mode != os.O_RDONLY or flags & (os.O_CREAT | os.O_TRUNC | os.O_APPEND):
            allowed('write', path)
        try:
            return float(os.open(path, flags | getattr(os, 'O_CLOEXEC', 0),
                                 int(to_number(arg(args, 2)))))
        except OSError as exc:
            fail(exc, 'open', path)

    def close(this, args):
        try:
            os.close(int(to_number(arg(args, 0))))
        except OSError as exc:
            fail(exc, 'close')
        return UNDEFINED

    def read(this, args):
        """(fd, view, offset, length, position or null) -> bytes read"""
        fd = int(to_number(arg(args, 0)))
        view = view_bytes(arg(args, 1))
        offset, length = int(to_number(arg(args, 2))), int(to_number(arg(args, 3)))
        position = arg(args, 4)
        try:
            if position is NULL or position is UNDEFINED or to_number(position) < 0:
                data = os.read(fd, length)
            else:
                data = os.pread(fd, length, int(to_number(position)))
        except OSError as exc:
            fail(exc, 'read')
        view[offset:offset + len(data)] = data
        return float(len(data))

    def write(this, args):
        """(fd, view, offset, length, position or null) -> bytes written"""
        fd = int(to_number(arg(args, 0)))
        view = view_bytes(arg(args, 1))
        offset, length = int(to_number(arg(args, 2))), int(to_number(arg(args, 3)))
        data = bytes(view[offset:offset + length])
        position = arg(args, 4)
        try:
            if position is NULL or position is UNDEFINED:
                return float(os.write(fd, data))
            return float(os.pwrite(fd, data, int(to_number(position))))
        except OSError as exc:
            fail(exc, 'write')

    def fsync(this, args):
        try:
            os.fsync(int(to_number(arg(args, 0))))
        except OSError as exc:
            fail(exc, 'fsync')
        return UNDEFINED

    constants = realm.new_object()
    for name in ('O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_NOCTTY',
                 'O_TRUNC', 'O_APPEND', 'O_DIRECTORY', 'O_NOATIME', 'O_NOFOLLOW', 'O_SYNC',
                 'O_DSYNC', 'O_DIRECT', 'O_NONBLOCK', 'S_IFMT', 'S_IFREG', 'S_IFDIR',
                 'S_IFCHR', 'S_IFBLK', 'S_IFIFO', 'S_IFLNK', 'S_IFSOCK', 'S_IRWXU',
                 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP', 'S_IXGRP',
                 'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'F_OK', 'R_OK', 'W_OK', 'X_OK'):
        value = getattr(os, name, getattr(stat_module, name, None))
        if name == 'S_IFMT':   # (the stat module's S_IFMT is a function)
            value = 0o170000
        if value is not None:
            constants.set(name, float(value))
    return ops_object(realm, {
        'readFile': (read_file, 1), 'writeFile': (write_file, 4), 'copyFile': (copy_file, 3),
        'stat': (stat, 3), 'fstat': (fstat, 1), 'access': (access, 2), 'exists': (exists, 1),
        'chmod': (chmod, 2), 'utimes': (utimes, 3), 'truncate': (truncate, 2),
        'readdir': (readdir, 3), 'mkdir': (mkdir, 3), 'mkdtemp': (mkdtemp, 1),
        'rmdir': (rmdir, 1), 'rm': (rm, 3), 'unlink': (unlink, 1), 'rename': (rename, 2),
        'realpath': (realpath, 2), 'readlink': (readlink, 1), 'symlink': (symlink, 2), 'link': (link, 2),
        'open': (open_, 3), 'close': (close, 1), 'read': (read, 5), 'write': (write, 5),
        'fsync': (fsync, 1), 'constants': constants,
    })

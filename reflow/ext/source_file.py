"""Reading a script or module file: the one place a source file is opened, so that an
odd path (a directory, a FIFO, /dev/zero, a huge or binary file, a name the file
system refuses) is a clear error, never a hang or a Python exception."""
import errno
import os
import stat

# a bound on what is read: /dev/zero or a runaway file is refused, not read forever
MAX_SOURCE_BYTES = 64 * 1024 * 1024

# the errors that mean "there is no file by that name" (Node: ERR_MODULE_NOT_FOUND)
_NOT_FOUND = (errno.ENOENT, errno.ENOTDIR, errno.ENAMETOOLONG, errno.ELOOP)


class SourceFileError(Exception):
    """Why a source file could not be read: ``kind`` is 'not-found', 'directory' or
    'unreadable', ``reason`` says why in words."""

    def __init__(self, kind, reason):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def read_source_file(path):
    """The text of the regular file at ``path``, decoded as UTF-8 with U+FFFD for
    invalid bytes, as a JS host reads source text (Node does the same)."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, 'O_CLOEXEC', 0))
    except ValueError:    # a NUL in the name, or a name that has no bytes
        raise SourceFileError('not-found', 'no such file') from None
    except OSError as exc:
        if exc.errno in _NOT_FOUND:
            raise SourceFileError('not-found', exc.strerror) from None
        if exc.errno == errno.EISDIR:
            raise SourceFileError('directory', 'is a directory') from None
        raise SourceFileError('unreadable', exc.strerror or str(exc)) from None
    try:
        return _read_regular(fd)
    finally:
        os.close(fd)


def _read_regular(fd):
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SourceFileError('directory', 'is a directory')
        if not stat.S_ISREG(info.st_mode):
            raise SourceFileError('unreadable', 'not a regular file')
        if info.st_size > MAX_SOURCE_BYTES:
            raise SourceFileError('unreadable', _too_large())
        chunks = []
        size = 0
        while size <= MAX_SOURCE_BYTES:   # the file may grow while it is read
            chunk = os.read(fd, min(1 << 20, MAX_SOURCE_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise SourceFileError('unreadable', exc.strerror or str(exc)) from None
    if size > MAX_SOURCE_BYTES:
        raise SourceFileError('unreadable', _too_large())
    return b''.join(chunks).decode('utf-8', errors='replace')


def _too_large():
    n = MAX_SOURCE_BYTES
    size = '%d MiB' % (n >> 20) if n % (1 << 20) == 0 else '%d bytes' % n
    return 'larger than the %s a source file may have' % size

"""The host op the module loader calls to read a module file: the read permission is
checked first, so a refused file is never opened (not even to learn that it is missing;
deno 2.9.8 also reports the permission before "Module not found")."""
from .source_file import read_source_file

from .permissions import canonical_path


def read_module_source(permissions, path):
    """The source text of the module file at ``path``: PermissionDenied if
    ``permissions`` do not grant reading it, else as read_source_file reads it
    (SourceFileError for a missing, directory or unreadable file). The file opened is
    the canonical path the check allowed, so a symlink swapped in between cannot
    redirect the read."""
    target = canonical_path(path)
    permissions.check('read', target)
    return read_source_file(target)

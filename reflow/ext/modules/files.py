"""The file system as module resolution asks it: what a path is, and its real path,
each answer kept for the Resolver's life. A missing path is asked again each time, so
a module file written while the program runs is found when it is then imported."""
import os
import stat


class FileCache:
    def __init__(self):
        self._kinds = {}      # path -> 'file' | 'dir'
        self._real = {}       # path -> real path

    def kind(self, path):
        """'dir', 'file' (anything else that exists, as Node's stat answers) or None
        (missing), following symlinks."""
        try:
            return self._kinds[path]
        except KeyError:
            pass
        try:
            mode = os.stat(path).st_mode
        except (OSError, ValueError):
            return None
        kind = self._kinds[path] = 'dir' if stat.S_ISDIR(mode) else 'file'
        return kind

    def realpath(self, path):
        """The path with every symlink resolved (Node's fs.realpathSync)."""
        try:
            return self._real[path]
        except KeyError:
            real = self._real[path] = os.path.realpath(path)
            return real

    def clear(self):
        self._kinds.clear()
        self._real.clear()


def node_module_paths(directory):
    """Module._nodeModulePaths: node_modules of ``directory`` and of each folder above
    it, skipping the folders that are node_modules themselves."""
    directory = os.path.normpath(directory)
    if directory == '/':
        return ['/node_modules']
    paths = []
    parts = directory.split('/')
    for end in range(len(parts), 1, -1):
        if parts[end - 1] != 'node_modules':
            paths.append('/'.join(parts[:end]) + '/node_modules')
    paths.append('/node_modules')
    return paths

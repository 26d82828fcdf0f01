"""The host ops of node:tty: whether a file descriptor is a terminal, and its size."""
import os

from reflow.interp.vm.operations import to_number
from reflow.interp.vm.values import NULL
from ..hostops import ops_object


def create(realm):
    def isatty(this, args):
        fd = args[0] if args else None
        if type(fd) is not float or fd != int(fd) or not 0 <= fd <= 2 ** 31 - 1:
            return False   # Node: false for anything but a valid descriptor number
        try:
            return os.isatty(int(fd))
        except OSError:
            return False

    def window_size(this, args):
        # [columns, rows] of the terminal at fd, or null when it is none
        try:
            size = os.get_terminal_size(int(to_number(args[0])))
        except (OSError, ValueError, OverflowError):
            return NULL
        return realm.new_array([float(size.columns), float(size.lines)])

    return ops_object(realm, {'isatty': (isatty, 1), 'windowSize': (window_size, 1)})

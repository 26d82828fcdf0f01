"""The host of a realm: the I/O the engine and the library ask for (console output,
module source text, the wall clock), and the assembly of a realm from the layers:
the engine's realm, then the ECMAScript library (reflow/builtins), then the host ops
of reflow/ext. ``reflow run``, the test262 runner and ``JavascriptRuntime`` all build
their realms here."""
import sys
import time

from reflow.interp.errors import JSThrow
from reflow.interp.realm import Realm
from .event_loop import EventLoop
from .source_file import SourceFileError, read_source_file
from .stdio import write_line


class Host:
    """What a realm's ``host`` attribute holds. ``output(text, stream)`` receives each
    line of console output (``stream`` is 'stdout' or 'stderr'); by default the lines
    go to the process's streams. ``permissions`` (reflow/ext/permissions.py) is checked
    by every op that reaches outside; None grants everything."""

    def __init__(self, output=None, permissions=None):
        self.output = output
        self.permissions = permissions

    # -- console's sink -----------------------------------------------------------

    def write_output(self, text, stream):
        if self.output is not None:
            self.output(text, stream)
        else:
            write_line(sys.stdout if stream == 'stdout' else sys.stderr, text)

    # -- the clock ----------------------------------------------------------------

    @staticmethod
    def wall_clock_ms():
        """21.4.3.1 Date.now's time value: ms since the epoch, whole."""
        return float(time.time_ns() // 1000000)

    # -- 16.2.1.8 HostLoadImportedModule: the source text of a module file --------

    def read_module_source(self, realm, path, referrer):
        """The text at ``path``, or the JS error the import fails with: Node's wording
        for a module it cannot load, Deno's NotCapable for one it may not read."""
        if self.permissions is not None:
            from .permissions import PermissionDenied
            try:
                self.permissions.check('read', path)
            except PermissionDenied as exc:
                from .deno_namespace import js_permission_error
                raise JSThrow(js_permission_error(realm, exc))
        try:
            return read_source_file(path)
        except SourceFileError as exc:
            where = ' imported from %s' % referrer if referrer else ''
            if exc.kind == 'not-found':
                message = "Cannot find module '%s'%s" % (path, where)
            elif exc.kind == 'directory':
                message = "Directory import '%s' is not supported resolving ES modules%s" % (
                    path, where)
            else:
                message = "Cannot load module '%s'%s: %s" % (path, where, exc.reason)
        raise JSThrow(realm.make_error('TypeError', message))


def create_realm(host=None, max_depth=None):
    """A realm ready to run programs: the engine's realm, the library installed, the
    event loop and the host ops attached."""
    from reflow.builtins import install
    realm = Realm() if max_depth is None else Realm(max_depth=max_depth)
    realm.host = host if host is not None else Host()
    realm.event_loop = EventLoop(realm)
    install(realm)
    return realm

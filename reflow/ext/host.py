"""The host of a realm: the I/O the engine and the library ask for (console output,
module source text, the wall clock), and the assembly of a realm from the layers:
the engine's realm, then the ECMAScript library (reflow/builtins), then the host ops
of reflow/ext. ``reflow run``, the test262 runner and ``JavascriptRuntime`` all build
their realms here."""
import os
import sys
import time

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.objects import CONFIGURABLE, ENUMERABLE, WRITABLE
from reflow.interp.vm.realm import Realm
from .errors import PermissionDenied
from .event_loop import EventLoop
from .source_file import SourceFileError, read_source_file
from .stdio import write_line


class Host:
    """What a realm's ``host`` attribute holds. ``output(text, stream)`` receives each
    line of console output (``stream`` is 'stdout' or 'stderr'); by default the lines
    go to the process's streams. ``permissions`` (reflow/ext/permissions.py) is checked
    by every op that reaches outside; None grants everything."""
    # Node's process.argv: [execPath, '/abs/script.js', ...args]; None: [execPath] alone
    argv = None
    # CoreRuntimeConfig(typescript=True): scripts and modules are TypeScript whatever
    # their names (by default only .ts, .mts, .cts and .tsx files are)
    typescript = False

    def __init__(self, output=None, permissions=None, loader=None):
        self.output = output
        self.permissions = permissions
        # the module loader (reflow/ext/modules/loader.py: Node's and Deno's rules), or
        # a function making it when first needed; None: ECMAScript's own, the relative
        # and absolute paths of test262's host
        self._loader = loader

    @property
    def loader(self):
        loader = self._loader
        if loader is not None and not hasattr(loader, 'resolve_import'):
            loader = self._loader = loader()
        return loader

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

    # -- 16.2.1.8 HostLoadImportedModule ---------------------------------------------

    def resolve_import(self, realm, referrer, specifier, attributes, dynamic):
        """The key of the module ``specifier`` names, imported from the file
        ``referrer`` (None: the current directory)."""
        if self.loader is not None:
            return self.loader.resolve_import(realm, referrer, specifier, attributes,
                                              dynamic)
        if specifier.startswith('file://'):
            return specifier[7:]
        if specifier.startswith(('./', '../', '/')):
            base = os.path.dirname(os.path.abspath(referrer)) if referrer else os.getcwd()
            return os.path.normpath(os.path.join(base, specifier))
        raise JSThrow(realm.make_error('TypeError', "Cannot find module '%s' imported "
                                       "from %s" % (specifier, referrer)))

    def load_import(self, realm, key, attributes, referrer, dynamic):
        """The Module Record for ``key`` (resolve_import's): a Source Text Module, or a
        JSON module for `with { type: 'json' }`."""
        if self.loader is not None:
            return self.loader.load_import(realm, key, attributes, referrer, dynamic)
        from reflow.interp.vm.modules import json_module, parse_module_record
        kind = dict(attributes).get('type')
        if kind not in (None, 'json'):
            raise JSThrow(realm.make_error('TypeError', 'Unsupported module type "%s"'
                                           % kind))
        source = self.read_module_source(realm, key, referrer, dynamic)
        if kind == 'json':
            return json_module(realm, key, source)
        return parse_module_record(realm, source, key)

    def import_meta_properties(self, realm, record):
        """13.3.12.1.1 HostGetImportMetaProperties: (key, value) pairs."""
        if self.loader is not None:
            return self.loader.import_meta_properties(realm, record)
        return [('url', 'file://' + os.path.abspath(record.filename))]

    # -- the source text of a module file ---------------------------------------------

    def read_module_source(self, realm, path, referrer, dynamic=False):
        """The text at ``path``, or the JS error the import fails with: Node's wording
        for a module it cannot load. As in Deno, the module graph of a program (its
        static imports) is part of the program and needs no permission; a file that
        ``import()`` loads needs read access, and a refusal is a TypeError with
        Deno's message (deno 2.9 rejects so; it names --allow-read)."""
        try:
            if dynamic and self.permissions is not None:
                from .module_source import read_module_source
                try:
                    return read_module_source(self.permissions, path)
                except PermissionDenied as exc:
                    raise JSThrow(realm.make_error('TypeError', str(exc)))
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


def create_realm(host=None, max_depth=None, lazy=True):
    """A realm ready to run programs: the engine's realm, the library installed (each
    part on first use, unless not ``lazy``), the event loop and the host ops attached
    (the global ``Deno``: its errors and its permissions, over the host's permissions;
    everything granted when it has none)."""
    from reflow.builtins import Unit, install
    realm = Realm() if max_depth is None else Realm(max_depth=max_depth)
    realm.host = host if host is not None else Host()
    realm.event_loop = EventLoop(realm)
    install(realm, [Unit((), ('Deno',), ('PermissionsPrototype', 'PermissionStatusPrototype'),
                         install=_install_deno)]
            + [Unit((), (name,), install=_node_global(name, module, export))
               for name, module, export in NODE_GLOBALS], lazy=lazy)
    return realm


# Node's globals: (global, the built-in module providing it, its export there; None for
# the module's exports themselves). `global` is globalThis. As in Node, process and
# Buffer are not enumerable, the others are.
NODE_GLOBALS = (('global', None, None), ('process', 'process', None),
                ('Buffer', 'buffer', 'Buffer'), ('setImmediate', 'timers', 'setImmediate'),
                ('clearImmediate', 'timers', 'clearImmediate'))
_HIDDEN_GLOBALS = ('process', 'Buffer')


def _node_global(name, module, export):
    def install_global(realm):
        if module is None:
            value = realm.global_this
        else:
            from .node import load_builtin
            value = load_builtin(realm, module)
            if export is not None:
                value = value.get(export)
        flags = WRITABLE | CONFIGURABLE
        if name not in _HIDDEN_GLOBALS:
            flags |= ENUMERABLE
        realm.global_object.define(name, value, flags)
    return install_global


def _install_deno(realm):
    from .deno_namespace import install
    from .permissions import Permissions
    permissions = realm.host.permissions
    install(realm, permissions if permissions is not None else Permissions.granting_all())

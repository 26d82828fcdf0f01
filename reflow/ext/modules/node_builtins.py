"""The names of Node 22's built-in modules (require('node:module').builtinModules),
without the "node:" prefix: what a bare specifier names before any package."""

NODE_BUILTINS = frozenset('''
    _http_agent _http_client _http_common _http_incoming _http_outgoing _http_server
    _stream_duplex _stream_passthrough _stream_readable _stream_transform _stream_wrap
    _stream_writable _tls_common _tls_wrap assert assert/strict async_hooks buffer
    child_process cluster console constants crypto dgram diagnostics_channel dns
    dns/promises domain events fs fs/promises http http2 https inspector
    inspector/promises module net os path path/posix path/win32 perf_hooks process
    punycode querystring readline readline/promises repl stream stream/consumers
    stream/promises stream/web string_decoder sys timers timers/promises tls
    trace_events tty url util util/types v8 vm wasi worker_threads zlib
'''.split())

# built-ins reached only as "node:x" (a bare "test" is a package named test)
SCHEME_ONLY_BUILTINS = frozenset(('sea', 'sqlite', 'test', 'test/reporters'))


def is_bare_builtin(specifier):
    """Whether the bare ``specifier`` names a Node built-in (canBeRequiredWithoutScheme)."""
    return specifier in NODE_BUILTINS


def is_builtin(name):
    """Whether "node:" + ``name`` names a Node built-in (canBeRequiredByUsers)."""
    return name in NODE_BUILTINS or name in SCHEME_ONLY_BUILTINS

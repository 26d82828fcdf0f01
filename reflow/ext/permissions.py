"""Deno's permission model: what host ops (fs, net, env, run, ...) may touch.

Every host op calls ``Permissions.check(kind, target)`` before acting. The rules are
Deno 2's (checked against deno 2.9.8): a path entry grants the path and everything
below it, a net entry ``host`` grants every port of host and ``host:port`` one port,
``*.example.com`` grants example.com and its subdomains, an IPv4/IPv6 CIDR grants its
addresses, an env entry ending in ``*`` grants the names it prefixes; a deny rule wins
over any allow, and nothing ever prompts (Deno's ``--no-prompt``).

One difference from Deno, on purpose: paths are canonical (os.path.realpath) on both
sides, so a symlink or ``..`` cannot reach a denied file through an allowed directory
(deno 2.9.8 compares paths lexically: with --deny-read=/etc it reads /tmp/l/passwd
when /tmp/l links to /etc)."""
import os
import re

from .errors import PermissionDenied

KINDS = ('read', 'write', 'net', 'env', 'run', 'sys', 'ffi', 'import')

# the values --allow-sys accepts (deno 2.9.8 refuses any other)
SYS_KINDS = ('hostname', 'osRelease', 'osUptime', 'loadavg', 'networkInterfaces',
             'systemMemoryInfo', 'uid', 'gid', 'cpus', 'homedir', 'getegid', 'statfs',
             'getPriority', 'setPriority', 'userInfo', 'username', 'inspector', 'setegid',
             'seteuid', 'setgid', 'setuid', 'umask')

# what `deno run` lets a program import without --allow-import; None here means nothing,
# pass allow_import=list(DENO_DEFAULT_IMPORT_HOSTS) to have Deno's default
DENO_DEFAULT_IMPORT_HOSTS = ('deno.land:443', 'jsr.io:443', 'esm.sh:443',
                             'cdn.jsdelivr.net:443', 'raw.githubusercontent.com:443',
                             'gist.githubusercontent.com:443',
                             'user.githubusercontent.com:443')


class InvalidPermissionValue(ValueError):
    """A malformed entry or query target; ``js_name`` is the JS error Deno throws for
    it from ``Deno.permissions.query`` (TypeError, URIError or Error)."""

    def __init__(self, message, js_name='TypeError'):
        ValueError.__init__(self, message)
        self.message = message
        self.js_name = js_name


def __getattr__(name):
    # PermissionOptions is a dataclass: it is imported on first use (config.py says why)
    if name == 'PermissionOptions':
        from .config import PermissionOptions
        return PermissionOptions
    raise AttributeError('module %r has no attribute %r' % (__name__, name))


# -- descriptors: one entry or query target of a kind -------------------------------------
# ``a.covers(b)``: granting (or denying) a also grants (denies) everything b names.

class PathDescriptor:
    __slots__ = ('path',)

    def __init__(self, path):
        self.path = path

    def covers(self, other):
        p = self.path
        return other.path == p or other.path.startswith(p if p.endswith(os.sep) else
                                                        p + os.sep)

    def display(self):
        return self.path


class NetDescriptor:
    """host is a lowercase name, an ipaddress address or network; port None is all."""
    __slots__ = ('host', 'port', 'wildcard')

    def __init__(self, host, port, wildcard=False):
        self.host = host
        self.port = port
        self.wildcard = wildcard   # '*.example.com': host is 'example.com'

    def covers(self, other):
        import ipaddress   # (loaded by parse_net, which made self)
        if self.port is not None and self.port != other.port:
            return False
        mine, theirs = self.host, other.host
        if isinstance(mine, (ipaddress.IPv4Network, ipaddress.IPv6Network)):
            if isinstance(theirs, (ipaddress.IPv4Network, ipaddress.IPv6Network)):
                return theirs.version == mine.version and theirs.subnet_of(mine)
            return (not isinstance(theirs, str) and theirs.version == mine.version
                    and theirs in mine)
        if self.wildcard:
            return type(theirs) is str and (theirs == mine or theirs.endswith('.' + mine))
        return not other.wildcard and theirs == mine

    def display(self):
        import ipaddress
        host = self.host
        if isinstance(host, ipaddress.IPv6Address):
            host = '[%s]' % host
        elif self.wildcard:
            host = '*.' + host
        return str(host) if self.port is None else '%s:%d' % (host, self.port)


class EnvDescriptor:
    __slots__ = ('name', 'prefix')

    def __init__(self, name, prefix=False):
        self.name = name
        self.prefix = prefix   # 'AWS_*': name is 'AWS_'

    def covers(self, other):
        if self.prefix:
            return other.name.startswith(self.name)
        return not other.prefix and other.name == self.name

    def display(self):
        return self.name + '*' if self.prefix else self.name


class RunDescriptor:
    """A program by name (as PATH finds it) and/or by its canonical path."""
    __slots__ = ('name', 'path', 'text')

    def __init__(self, name, path, text):
        self.name = name
        self.path = path
        self.text = text

    def covers(self, other):
        return ((self.name is not None and self.name == other.name)
                or (self.path is not None and self.path == other.path))

    def display(self):
        return self.text


class SysDescriptor:
    __slots__ = ('kind',)

    def __init__(self, kind):
        self.kind = kind

    def covers(self, other):
        return other.kind == self.kind

    def display(self):
        return self.kind


# -- parsing: Deno's wording for each malformed value -------------------------------------

def _text(value, what):
    if type(value) is not str:
        raise InvalidPermissionValue('expected %s, got %s %r' % (
            what, type(value).__name__, value))
    if '\0' in value:
        raise InvalidPermissionValue('invalid value %r: contains a NUL character' % value)
    return value


def canonical_path(path, base=None):
    """``path`` made absolute (against ``base``, else the cwd) with every symlink and
    ``..`` resolved, as the check compares it."""
    if isinstance(path, os.PathLike):
        path = os.fspath(path)
    path = _text(path, 'a path (str or os.PathLike)')
    if not path:
        raise InvalidPermissionValue('Empty path is not allowed', 'Error')
    if base is not None and not os.path.isabs(path):
        path = os.path.join(base, path)
    return os.path.realpath(path)


def parse_path(value, base=None, entry=True):
    return PathDescriptor(canonical_path(value, base))


_FQDN = re.compile(r'[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?\Z')
_PORT = re.compile(r'[0-9]{1,5}\Z')


def parse_net(value, base=None, entry=True):
    """``host[:port]`` as Deno's --allow-net takes it; an entry (not a query target)
    may also be ``*.domain`` or a CIDR network."""
    import ipaddress   # (here, not at the top: a runtime without net rules never needs it)
    text = _text(value, 'a host string ("host" or "host:port")')
    fail = lambda message: InvalidPermissionValue(message, 'URIError')
    if not text:
        raise fail("invalid empty host: ''")
    if '://' in text:
        raise fail("invalid value '%s': URLs are not supported, only domains and IPs" % text)
    if text.startswith('['):
        end = text.find(']')
        if end < 0:
            raise fail("invalid host: '%s'" % text)
        try:
            host = ipaddress.IPv6Address(text[1:end])
        except ValueError:
            raise fail("invalid host: '%s'" % text) from None
        rest = text[end + 1:]
        if rest and not rest.startswith(':'):
            raise fail("invalid host: '%s'" % text)
        port_text = rest[1:] if rest else None
    else:
        if text.count(':') > 1 and '/' not in text:
            raise fail("ipv6 addresses must be enclosed in square brackets: '%s'" % text)
        name, colon, port_text = text.rpartition(':') if text.count(':') == 1 else \
            (text, '', None)
        host = _parse_host(name, text, entry, fail)
        if not colon:
            port_text = None
    port = None
    if port_text is not None:
        if not port_text:
            raise fail("invalid empty port in '%s'" % text)
        if not _PORT.match(port_text) or int(port_text) > 65535:
            raise fail("invalid port in '%s': '%s'" % (text, port_text))
        port = int(port_text)
    if isinstance(host, tuple):      # ('*', domain)
        return NetDescriptor(host[1], port, wildcard=True)
    return NetDescriptor(host, port)


def _parse_host(name, text, entry, fail):
    import ipaddress
    if not name:
        raise fail("invalid empty host: '%s'" % text)
    if entry and '/' in name:
        try:
            return ipaddress.ip_network(name, strict=False)
        except ValueError:   # not a CIDR: a '/' is then a path, as Deno says
            raise fail("invalid host '%s': invalid char found in FQDN" % text) from None
    try:
        return ipaddress.IPv4Address(name)
    except ValueError:
        pass
    wildcard = entry and name.startswith('*.')
    domain = name[2:] if wildcard else name
    try:
        domain = domain.encode('idna').decode('ascii').lower()
    except (UnicodeError, ValueError):
        raise fail("invalid host '%s': invalid char found in FQDN" % text) from None
    if not _FQDN.match(domain):
        raise fail("invalid host '%s': invalid char found in FQDN" % text)
    domain = domain.rstrip('.')
    return ('*', domain) if wildcard else domain


def parse_env(value, base=None, entry=True):
    name = _text(value, 'an environment variable name')
    if entry:
        if not name:
            raise InvalidPermissionValue('Empty env not allowed', 'Error')
        if '=' in name:
            raise InvalidPermissionValue("invalid env var name: '%s'" % name)
        if name.endswith('*'):
            return EnvDescriptor(name[:-1], prefix=True)
    return EnvDescriptor(name)


def parse_run(value, base=None, entry=True):
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    text = _text(value, 'a program name or path')
    if not text:
        raise InvalidPermissionValue('Empty command name not allowed' if entry else
                                     'Empty run query is not allowed', 'Error')
    if '/' in text or (os.altsep and os.altsep in text):
        return RunDescriptor(None, canonical_path(text, base), text)
    import shutil   # (~0.7 MiB with the compression modules it loads: only here)
    found = shutil.which(text)
    return RunDescriptor(text, os.path.realpath(found) if found else None, text)


def parse_sys(value, base=None, entry=True):
    kind = _text(value, 'a sys name')
    if not kind:
        raise InvalidPermissionValue('Empty sys not allowed', 'Error')
    if kind not in SYS_KINDS:
        raise InvalidPermissionValue("unknown sys descriptor: '%s'" % kind if entry else
                                     'unknown system info kind "%s"' % kind)
    return SysDescriptor(kind)


PARSERS = {'read': parse_path, 'write': parse_path, 'ffi': parse_path, 'net': parse_net,
           'import': parse_net, 'env': parse_env, 'run': parse_run, 'sys': parse_sys}


def check_kind(kind):
    if kind not in PARSERS:
        raise InvalidPermissionValue('The provided value "%s" is not a valid permission '
                                     'name' % (kind,))
    return kind


# -- the container ----------------------------------------------------------------------

class KindRules:
    """The allow and deny rules of one kind: ``*_all`` is the flag given with no value."""
    __slots__ = ('granted_all', 'granted', 'denied_all', 'denied')

    def __init__(self):
        self.granted_all = False
        self.granted = []
        self.denied_all = False
        self.denied = []


class Permissions:
    """The permissions a runtime holds, built from PermissionOptions (validated: a
    malformed entry is a ValueError naming the flag and the entry)."""

    def __init__(self, options=None):
        if options is not None:   # (None: nothing granted, nothing denied)
            from .config import PermissionOptions
            if not isinstance(options, PermissionOptions):
                raise TypeError('permissions: expected a PermissionOptions, got %s'
                                % type(options).__name__)
        # relative entries are against the cwd of now, once
        self.base = os.getcwd()
        self.rules = {kind: KindRules() for kind in KINDS}
        if options is None:
            return
        for kind in KINDS:
            for side in ('allow', 'deny'):
                flag = '%s_%s' % (side, kind)
                values = getattr(options, flag)
                if values is None:
                    continue
                if not isinstance(values, (list, tuple)):
                    raise ValueError('%s: expected None, [] or a list of entries, got %s %r'
                                     % (flag, type(values).__name__, values))
                rules = self.rules[kind]
                if not values:
                    setattr(rules, 'granted_all' if side == 'allow' else 'denied_all', True)
                    continue
                entries = rules.granted if side == 'allow' else rules.denied
                for value in values:
                    try:
                        entries.append(PARSERS[kind](value, self.base))
                    except InvalidPermissionValue as exc:
                        raise ValueError('%s: %s' % (flag, exc.message)) from None

    @classmethod
    def granting_all(cls):
        """Everything granted: what Permissions(PermissionOptions.all()) holds, made
        without the options record (config.py)."""
        permissions = cls()
        for rules in permissions.rules.values():
            rules.granted_all = True
        return permissions

    def _target(self, kind, target):
        check_kind(kind)
        return None if target is None else PARSERS[kind](target, None, entry=False)

    def _state(self, kind, desc):
        """(state, partial) of one parsed target (None: all of the kind)."""
        rules = self.rules[kind]
        if rules.denied_all:
            return 'denied', False
        if desc is None:
            if rules.granted_all:
                return 'granted', bool(rules.denied)
            return 'prompt', False
        if any(d.covers(desc) for d in rules.denied):
            return 'denied', False
        if rules.granted_all or any(g.covers(desc) for g in rules.granted):
            # granted, but some part of it is denied
            return 'granted', any(desc.covers(d) for d in rules.denied)
        return 'prompt', False

    def status(self, kind, target=None):
        """Deno's PermissionStatus of (kind, target): (state, partial)."""
        return self._state(kind, self._target(kind, target))

    def query(self, kind, target=None):
        """'granted', 'denied' or 'prompt', as Deno.permissions.query's state."""
        return self.status(kind, target)[0]

    def check(self, kind, target=None):
        """None if the op may touch ``target`` (None: all of ``kind``), else raise
        PermissionDenied with Deno's message. A relative path target is against the
        cwd of now (what the op will open); a malformed target is a ValueError."""
        desc = self._target(kind, target)
        state, _ = self._state(kind, desc)
        if state != 'granted':
            raise PermissionDenied(kind, None if desc is None else desc.display(),
                                   '--allow-' + kind)

    def request(self, kind, target=None):
        """Deno.permissions.request under --no-prompt: what is not granted or denied
        is refused ('denied') this once; the rules do not change."""
        state, partial = self.status(kind, target)
        return ('denied', False) if state == 'prompt' else (state, partial)

    def revoke(self, kind, target=None):
        """Deno.permissions.revoke: drop the grants that cover ``target`` (None: every
        grant of the kind); a grant of all the kind stays unless target is None; deny
        rules stay. Returns the (state, partial) after."""
        desc = self._target(kind, target)
        rules = self.rules[kind]
        if desc is None:
            rules.granted_all = False
            rules.granted = []
        else:
            rules.granted = [g for g in rules.granted if not g.covers(desc)]
        return self._state(kind, desc)

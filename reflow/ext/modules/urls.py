"""The WHATWG URL Standard's basic URL parser and serializer, for the URLs module
resolution meets: specifiers, file: URLs of modules, import map addresses. Hierarchical
URLs of the special schemes (file:, http:, https:, ...) and of others with an authority,
and URLs with an opaque path (node:fs, data:..., npm:pkg@1). Not covered, as no module
specifier needs them: Windows drive letters and the IPv6 compression of hosts."""
import functools
import re

# 4.1 special schemes and their default ports
SPECIAL_SCHEMES = {'ftp': 21, 'file': None, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443}

# 1.3 percent-encode sets (each also takes the C0 controls and every code point > U+007E)
FRAGMENT_CHARS = ' "<>`'
QUERY_CHARS = ' "#<>'
SPECIAL_QUERY_CHARS = QUERY_CHARS + "'"
PATH_CHARS = QUERY_CHARS + '?`{}'
USERINFO_CHARS = PATH_CHARS + '/:;=@[\\]^|'


def _encode_set(chars):
    """A pattern finding what the percent-encode set of ``chars`` encodes."""
    pattern = '[^\x20-\x7e]'
    if chars:
        pattern += '|[%s]' % re.escape(chars)
    return re.compile(pattern)


FRAGMENT_SET = _encode_set(FRAGMENT_CHARS)
QUERY_SET = _encode_set(QUERY_CHARS)
SPECIAL_QUERY_SET = _encode_set(SPECIAL_QUERY_CHARS)
PATH_SET = _encode_set(PATH_CHARS)
USERINFO_SET = _encode_set(USERINFO_CHARS)
C0_CONTROL_SET = _encode_set('')

FORBIDDEN_HOST = frozenset('\0\t\n\r #/:<>?@[\\]^|')
FORBIDDEN_DOMAIN = FORBIDDEN_HOST | frozenset(chr(c) for c in range(0x20)) | {'%', '\x7f'}

SCHEME = re.compile(r'[A-Za-z][A-Za-z0-9+.\-]*:')
SINGLE_DOT = ('.', '%2e')
DOUBLE_DOT = ('..', '.%2e', '%2e.', '%2e%2e')
SURROGATE = re.compile('[\ud800-\udfff]')


class URL:
    """A parsed URL: ``path`` is a list of segments, or a str for an opaque path."""
    __slots__ = ('scheme', 'username', 'password', 'host', 'port', 'path', 'query',
                 'fragment')

    def __init__(self, scheme, host=None, path=(), query=None, fragment=None,
                 username='', password='', port=None):
        self.scheme = scheme
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.path = path if isinstance(path, str) else list(path)
        self.query = query
        self.fragment = fragment

    def copy(self, **changes):
        fields = {name: getattr(self, name) for name in self.__slots__}
        fields.update(changes)
        return URL(**fields)

    @property
    def special(self):
        return self.scheme in SPECIAL_SCHEMES

    @property
    def opaque(self):
        return isinstance(self.path, str)

    @property
    def pathname(self):
        # 4.5 URL path serializer
        if self.opaque:
            return self.path
        return ''.join('/' + segment for segment in self.path)

    @property
    def href(self):
        # 4.5 URL serializer
        out = [self.scheme, ':']
        if self.host is not None:
            out.append('//')
            if self.username or self.password:
                out.append(self.username)
                if self.password:
                    out.append(':' + self.password)
                out.append('@')
            out.append(self.host)
            if self.port is not None:
                out.append(':%d' % self.port)
        elif not self.opaque and len(self.path) > 1 and self.path[0] == '':
            out.append('/.')
        out.append(self.pathname)
        if self.query is not None:
            out.append('?' + self.query)
        if self.fragment is not None:
            out.append('#' + self.fragment)
        return ''.join(out)

    __str__ = href.fget

    def __repr__(self):
        return 'URL(%r)' % self.href


def _encode_match(match):
    return ''.join('%%%02X' % b for b in match.group().encode('utf-8', 'surrogateescape'))


def percent_encode(text, encode_set):
    """1.3 percent-encode each code point of ``text`` in ``encode_set`` (one of the
    *_SET patterns) as its UTF-8 bytes."""
    if encode_set.search(text) is None:
        return text
    return encode_set.sub(_encode_match, text)


def percent_decode(text):
    """1.3 percent-decode, as a str (bytes that are not UTF-8 kept as surrogate escapes,
    which os functions turn back into the same bytes)."""
    if '%' not in text:
        return text
    import urllib.parse   # on first use: not every start needs it
    return urllib.parse.unquote(text, errors='surrogateescape')


def parse_url(text, base=None):
    """4.4 the basic URL parser: the URL, or None on failure."""
    text = SURROGATE.sub('\ufffd', text).strip('\x00\x01\x02\x03\x04\x05\x06\x07\x08'
                                               '\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12'
                                               '\x13\x14\x15\x16\x17\x18\x19\x1a\x1b'
                                               '\x1c\x1d\x1e\x1f ')
    text = text.replace('\t', '').replace('\n', '').replace('\r', '')
    match = SCHEME.match(text)
    if match is None:
        # no scheme state: relative to the base
        if base is None:
            return None
        if base.opaque:
            return base.copy(fragment=_encode_fragment(text[1:])) if text.startswith('#') else None
        if base.scheme == 'file':
            return _parse_file(text, base)
        return _parse_relative(text, base)
    scheme = match.group()[:-1].lower()
    rest = text[match.end():]
    if scheme == 'file':
        return _parse_file(rest, base if base is not None and base.scheme == 'file' else None)
    if scheme in SPECIAL_SCHEMES:
        if base is not None and base.scheme == scheme:
            # special relative or authority state
            return _parse_relative(rest, base)
        return _parse_authority(scheme, rest.lstrip('/\\'))
    if rest.startswith('//'):
        return _parse_authority(scheme, rest[2:])
    if rest.startswith('/'):
        path, query, fragment = _split_path(rest[1:], False)
        return _with_path(URL(scheme), [], path, query, fragment)
    # opaque path state
    path, query, fragment = _split_query_fragment(rest)
    return URL(scheme, None, percent_encode(path, C0_CONTROL_SET), _encode_query(query, False),
               _encode_fragment(fragment))


def _split_query_fragment(text):
    fragment = None
    hash_at = text.find('#')
    if hash_at >= 0:
        text, fragment = text[:hash_at], text[hash_at + 1:]
    query = None
    question_at = text.find('?')
    if question_at >= 0:
        text, query = text[:question_at], text[question_at + 1:]
    return text, query, fragment


def _split_path(text, special):
    """(segments, query, fragment) of a path's text (without its leading slash)."""
    path, query, fragment = _split_query_fragment(text)
    if special:
        path = path.replace('\\', '/')
    return path.split('/'), query, fragment


def _encode_query(query, special):
    if query is None:
        return None
    return percent_encode(query, SPECIAL_QUERY_SET if special else QUERY_SET)


def _encode_fragment(fragment):
    return None if fragment is None else percent_encode(fragment, FRAGMENT_SET)


def _with_path(url, start, segments, query, fragment):
    """``url`` with the path ``start`` extended by ``segments`` (path state: single-dot
    segments dropped, double-dot ones shortening the path), and the query and fragment."""
    path = list(start)
    last = len(segments) - 1
    for index, segment in enumerate(segments):
        lower = segment.lower()
        if lower in DOUBLE_DOT:
            if path:
                path.pop()
            if index == last:
                path.append('')
        elif lower in SINGLE_DOT:
            if index == last:
                path.append('')
        else:
            path.append(percent_encode(segment, PATH_SET))
    url.path = path
    url.query = _encode_query(query, url.special)
    url.fragment = _encode_fragment(fragment)
    return url


def _parse_relative(text, base):
    """The relative state: ``text`` (no scheme) against the hierarchical ``base``."""
    special = base.special
    slashes = ('/', '\\') if special else ('/',)
    if text.startswith(slashes):
        if text[1:2] in slashes and text[1:2]:
            rest = text[2:]
            return _parse_authority(base.scheme, rest.lstrip('/\\') if special else rest)
        segments, query, fragment = _split_path(text[1:], special)
        return _with_path(base.copy(), [], segments, query, fragment)
    if text == '':
        return base.copy(fragment=None)
    if text.startswith('?'):
        return base.copy(query=_encode_query(text[1:].split('#', 1)[0], special),
                         fragment=_encode_fragment(text.split('#', 1)[1]) if '#' in text else None)
    if text.startswith('#'):
        return base.copy(fragment=_encode_fragment(text[1:]))
    segments, query, fragment = _split_path(text, special)
    return _with_path(base.copy(), base.path[:-1], segments, query, fragment)


def _parse_file(rest, base):
    """The file state (``rest`` follows "file:"); ``base`` is a file: URL or None."""
    if rest.startswith(('/', '\\')):
        if rest[1:2] in ('/', '\\') and rest[1:2]:
            # file host state
            after = rest[2:]
            end = len(after)
            for stop in '/\\?#':
                at = after.find(stop)
                if 0 <= at < end:
                    end = at
            host = _parse_host(after[:end], True)
            if host is None:
                return None
            if host == 'localhost':
                host = ''
            remainder = after[end:]
            url = URL('file', host)
            if remainder.startswith(('/', '\\')):
                remainder = remainder[1:]
            segments, query, fragment = _split_path(remainder, True)
            return _with_path(url, [], segments, query, fragment)
        host = base.host if base is not None else ''
        segments, query, fragment = _split_path(rest[1:], True)
        return _with_path(URL('file', host), [], segments, query, fragment)
    if base is not None:
        if rest == '' or rest.startswith(('?', '#')):
            return _parse_relative(rest, base)
        segments, query, fragment = _split_path(rest, True)
        return _with_path(base.copy(), base.path[:-1], segments, query, fragment)
    segments, query, fragment = _split_path(rest, True)
    return _with_path(URL('file', ''), [], segments, query, fragment)


def _parse_authority(scheme, rest):
    """The authority and host states, then the path: ``rest`` follows the "//"."""
    special = scheme in SPECIAL_SCHEMES
    end = len(rest)
    for stop in ('/?#\\' if special else '/?#'):
        at = rest.find(stop)
        if 0 <= at < end:
            end = at
    authority, remainder = rest[:end], rest[end:]
    username = password = ''
    if '@' in authority:
        userinfo, authority = authority.rsplit('@', 1)
        username, _, password = userinfo.partition(':')
        username = percent_encode(username, USERINFO_SET)
        password = percent_encode(password, USERINFO_SET)
    if authority.startswith('['):
        close = authority.find(']')
        if close < 0:
            return None
        host_text, port_text = authority[:close + 1], authority[close + 1:]
        if port_text and not port_text.startswith(':'):
            return None
        port_text = port_text[1:] if port_text else None
    else:
        host_text, colon, port_text = authority.partition(':')
        port_text = port_text if colon else None
    if host_text == '' and (special or username or password or '@' in rest[:end]):
        return None
    host = _parse_host(host_text, special)
    if host is None:
        return None
    port = None
    if port_text:
        if not port_text.isdigit() or not port_text.isascii() or int(port_text) > 65535:
            return None
        port = int(port_text)
        if port == SPECIAL_SCHEMES.get(scheme, -1):
            port = None
    url = URL(scheme, host, username=username, password=password, port=port)
    if remainder.startswith(('/', '\\') if special else '/'):
        segments, query, fragment = _split_path(remainder[1:], special)
        return _with_path(url, [], segments, query, fragment)
    segments, query, fragment = _split_path(remainder, special)
    # a special URL always has a path; another has an empty one before "?" or "#"
    return _with_path(url, [], [''] if special else [], query, fragment)


def _parse_host(text, special):
    """3.5 host parsing: the serialized host, or None on failure."""
    if text.startswith('['):
        inner = text[1:-1] if text.endswith(']') else None
        if not inner or any(c not in '0123456789abcdefABCDEF:.' for c in inner):
            return None
        return '[' + inner.lower() + ']'
    if not special:
        if any(c in FORBIDDEN_HOST for c in text):
            return None
        return percent_encode(text, C0_CONTROL_SET)
    try:
        import urllib.parse   # on first use: not every start needs it
        domain = urllib.parse.unquote_to_bytes(text).decode('utf-8').lower()
    except UnicodeDecodeError:
        return None
    if not domain.isascii():
        # domain to ASCII, label by label (an empty label is kept, as UTS 46 allows)
        try:
            domain = '.'.join(label if label.isascii() else
                              'xn--' + label.encode('punycode').decode('ascii')
                              for label in domain.split('.'))
        except UnicodeError:
            return None
    if any(c in FORBIDDEN_DOMAIN for c in domain):
        return None
    labels = domain.split('.')
    if labels[-1] == '' and len(labels) > 1:
        labels = labels[:-1]
    if labels and _is_ipv4_number(labels[-1]):
        return _parse_ipv4(domain)
    return domain


def _is_ipv4_number(label):
    return label != '' and (label.isdigit() or re.fullmatch(r'0[xX][0-9a-fA-F]*', label))


def _parse_ipv4(text):
    """3.5 the IPv4 parser: dotted decimal, or None for an invalid address."""
    parts = text.split('.')
    if parts[-1] == '':
        parts.pop()
    if not 1 <= len(parts) <= 4:
        return None
    numbers = []
    for part in parts:
        try:
            if part[:2].lower() == '0x':
                numbers.append(int(part[2:] or '0', 16))
            elif len(part) > 1 and part.startswith('0'):
                numbers.append(int(part[1:], 8))
            else:
                numbers.append(int(part, 10))
        except ValueError:
            return None
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    address = numbers[-1]
    for index, number in enumerate(numbers[:-1]):
        address += number * 256 ** (3 - index)
    return '.'.join(str((address >> shift) & 255) for shift in (24, 16, 8, 0))


# the characters Node's url.pathToFileURL escapes itself (the URL parser escapes the
# rest: controls and non-ASCII)
FILE_PATH_ESCAPES = {ord(c): '%%%02X' % ord(c) for c in ' "#%<>?[\\]^`{|}~\n\r\t'}


@functools.lru_cache(maxsize=4096)
def path_to_file_url(path):
    """The file: URL of an absolute path, as Node's url.pathToFileURL makes it (one
    URL object per path: callers copy it before changing it)."""
    return parse_url('file://' + path.translate(FILE_PATH_ESCAPES))


def file_url_to_path(url):
    """The path of a file: URL whose host is empty or localhost (the percent-decoded
    pathname), or None for another host."""
    if url.host not in ('', 'localhost'):
        return None
    return percent_decode(url.pathname)

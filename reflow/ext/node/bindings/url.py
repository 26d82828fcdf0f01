"""Host ops of node:url's URL (WHATWG URL), on the ada-url library: parse an input
against a base, set one component, and the domain conversions. A URL crosses as the
list of its components (COMPONENTS' order); JS strings are UTF-16 code units, so input
is made a USVString first (a lone surrogate becomes U+FFFD, as the URL parser's
caller does) and output is split back into code units."""
try:
    import ada_url
except ImportError:   # a dependency of the project (pyproject.toml): said so if missing
    ada_url = None

from reflow.interp.vm.errors import JSThrow
from reflow.interp.vm.function import NativeFunction, arg
from reflow.interp.vm.operations import to_string
from reflow.interp.vm.values import UNDEFINED
from reflow.parser.chars import from_code_units, to_code_units

COMPONENTS = ('href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
              'port', 'pathname', 'search', 'hash')
SETTABLE = frozenset(COMPONENTS) - {'origin'}


def parse(text, base=None):
    """The ada URL of ``text`` (against ``base``), or None where it is not valid."""
    try:
        if base is None:
            return ada_url.URL(text)
        return ada_url.URL(text, base)
    except ValueError:
        return None


def set_component(href, name, value):
    """The URL ``href`` with component ``name`` set to ``value`` as its setter does:
    None for an href that does not parse; an invalid other value leaves it as it was."""
    url = ada_url.URL(href)
    try:
        setattr(url, name, value)
    except ValueError:
        if name == 'href':
            return None
    return url


def domain_to_ascii(domain):
    """url.domainToASCII: the host a URL would have for ``domain``, or ''."""
    url = ada_url.URL('ws://x')
    try:
        url.hostname = domain
    except ValueError:
        return ''
    return url.hostname


def domain_to_unicode(domain):
    ascii_host = domain_to_ascii(domain)
    return ada_url.idna_to_unicode(ascii_host) if ascii_host else ''


def create(realm):
    if ada_url is None:
        raise JSThrow(realm.make_error('Error', 'node:url needs the Python package ada-url '
                                                '(pip install ada-url)'))

    def components(url):
        if url is None:
            return UNDEFINED
        return realm.new_array([to_code_units(getattr(url, name)) for name in COMPONENTS])

    def js_text(value):
        return from_code_units(to_string(value))

    # parse(input[, base]) -> components or undefined
    def parse_op(this, args):
        base = arg(args, 1)
        return components(parse(js_text(arg(args, 0)),
                                None if base is UNDEFINED else js_text(base)))

    # set(href, name, value) -> components or undefined
    def set_op(this, args):
        name = to_string(arg(args, 1))
        if name not in SETTABLE:
            return UNDEFINED
        return components(set_component(js_text(arg(args, 0)), name, js_text(arg(args, 2))))

    obj = realm.new_object()
    for name, fn, length in (
            ('parse', parse_op, 2), ('set', set_op, 3),
            ('domainToASCII', lambda this, args: to_code_units(
                domain_to_ascii(js_text(arg(args, 0)))), 1),
            ('domainToUnicode', lambda this, args: to_code_units(
                domain_to_unicode(js_text(arg(args, 0)))), 1)):
        obj.define(name, NativeFunction(realm, fn, name, length))
    return obj

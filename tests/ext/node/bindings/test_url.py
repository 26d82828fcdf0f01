"""bindings/url.py: URL components over ada-url, setters, and the domain conversions."""
from reflow.ext.node.bindings.url import (COMPONENTS, domain_to_ascii, domain_to_unicode,
                                          parse, set_component)


def test_parse_gives_every_component():
    url = parse('HTTPS://u:p@Example.COM:8080/a/../b?q#f')
    assert [getattr(url, n) for n in COMPONENTS] == [
        'https://u:p@example.com:8080/b?q#f', 'https://example.com:8080', 'https:', 'u', 'p',
        'example.com:8080', 'example.com', '8080', '/b', '?q', '#f']
    assert parse('/relative') is None
    assert parse('/relative', 'http://base.org/x/').href == 'http://base.org/relative'
    assert parse('x', 'not a base') is None


def test_setters_ignore_invalid_values_but_href():
    assert set_component('http://a.com/', 'port', 'abc').href == 'http://a.com/'
    assert set_component('http://a.com/', 'port', '99').href == 'http://a.com:99/'
    assert set_component('http://a.com/', 'href', 'nope') is None


def test_domains():
    assert domain_to_ascii('español.com') == 'xn--espaol-zwa.com'
    assert domain_to_ascii('ex ample.com') == ''      # a forbidden code point
    assert domain_to_ascii('') == ''
    assert domain_to_unicode('xn--mnchen-3ya.de') == 'münchen.de'
    assert domain_to_unicode('xn--iñvalid.com') == ''

"""reflow.ext.modules.urls against Node's WHATWG URL parser: each (input, base, href)
below is what `new URL(input, base).href` gives in Node 20 (None: it throws). Remade by

    node -e "for (const [s, b] of CASES) { try { console.log(new URL(s, b ?? undefined).href) } catch { console.log(null) } }"
"""
import pytest

from reflow.ext.modules.urls import file_url_to_path, parse_url, path_to_file_url

NODE_URLS = [
    ("file:///a^b|c[d]{e}`f g\"h<i>", None, "file:///a^b|c[d]%7Be%7D%60f%20g%22h%3Ci%3E"),
    ("https://EXAMPLE.com:443/a/../b/./c?x y#z w", None, "https://example.com/b/c?x%20y#z%20w"),
    ("npm:/preact@10/", None, "npm:/preact@10/"),
    ("npm:preact@10", None, "npm:preact@10"),
    ("//x.com/a", "https://q.org/z", "https://x.com/a"),
    ("./a%2e%2E/b", "file:///r/s/t", "file:///r/s/a%2e%2E/b"),
    ("../../../../x", "file:///a/b", "file:///x"),
    ("foo://Host/a/../b", None, "foo://Host/b"),
    ("http://0x7f.1/", None, "http://127.0.0.1/"),
    ("https://ex.com", None, "https://ex.com/"),
    ("file://LOCALHOST/x", None, "file:///x"),
    ("file:x", "file:///a/b", "file:///a/x"),
    ("HTTP://ex.com\\a\\b", None, "http://ex.com/a/b"),
    ("jsr:@std/path@1", None, "jsr:@std/path@1"),
    ("https://münchen.de/ä", None, "https://xn--mnchen-3ya.de/%C3%A4"),
    ("a:b c", None, "a:b c"),
    ("/x", "npm:/preact@10/", "npm:/x"),
    ("file:///a/b?%zz", None, "file:///a/b?%zz"),
    ("https://ex.com/%7e%41", None, "https://ex.com/%7e%41"),
    ("http://[::1]:8080/", None, "http://[::1]:8080/"),
    ("https:ex.com/a", "https://other.org/b/c", "https://other.org/b/ex.com/a"),
    ("https:ex.com/a", None, "https://ex.com/a"),
    ("https://a@b:c@ex.com/", None, "https://a%40b:c@ex.com/"),
    ("./x/./y/../z.js", "file:///r/main.mjs", "file:///r/x/z.js"),
    ("../", "file:///r/s/main.mjs", "file:///r/"),
    (".", "file:///r/s/main.mjs", "file:///r/s/"),
    ("..", "file:///r/s/main.mjs", "file:///r/"),
    ("./a b%20c#d e?f", "file:///r/m.js", "file:///r/a%20b%20c#d%20e?f"),
    ("?q", "file:///r/m.js", "file:///r/m.js?q"),
    ("#f", "file:///r/m.js?x", "file:///r/m.js?x#f"),
    ("", "file:///r/m.js?x#y", "file:///r/m.js?x"),
    ("/abs", "https://ex.com/a/b", "https://ex.com/abs"),
    ("\\\\host\\x", "https://ex.com/", "https://host/x"),
    ("x", "data:text/javascript,1", None),
    ("#x", "data:a,b", "data:a,b#x"),
    ("file://host/share/x", None, "file://host/share/x"),
    ("file:/x/y", None, "file:///x/y"),
    ("file:", None, "file:///"),
    ("file:", "file:///a/b", "file:///a/b"),
    ("https://", None, None),
    ("https://ex.com:99999/", None, None),
    ("https://ex.com:8x/", None, None),
    ("foo://", None, "foo://"),
    ("foo://h", None, "foo://h"),
    ("foo:/a/./b/../c", None, "foo:/a/c"),
    ("foo:a/./b", None, "foo:a/./b"),
    ("https://ex.com/a%2Fb/", None, "https://ex.com/a%2Fb/"),
    ("http://ex.com/é?é#é", None, "http://ex.com/%C3%A9?%C3%A9#%C3%A9"),
    ("./", None, None),
    ("bar", "foo://h/a/b", "foo://h/a/bar"),
    ("blob:x", None, "blob:x"),
    ("https://ex..com/", None, "https://ex..com/"),
    ("https://1.2.3.4.5/", None, None),
    ("https://999.1.1.1/", None, None),
    ("HTTPS://Ex.COM./", None, "https://ex.com./"),
    ("a", "file:///", "file:///a"),
    ("../..", "file:///a", "file:///"),
    ("//", "file:///a", "file:///"),
    ("///x", "file:///a", "file:///x"),
    ("file:///a/b", "https://x.y/", "file:///a/b"),
    ("file://h.com/a/../../b", None, "file://h.com/b"),
    ("npm:/x/../y", None, "npm:/y"),
    ("./../b", "npm:/preact@10/", "npm:/b"),
    ("#localhostnpm:a [", "data:x,y", "data:x,y#localhostnpm:a%20["),
    ("https:é..file:", "file:///a/b", "https://xn--9ca..file/"),
    ("https:/", "https://ex.com/a/b?q#f", "https://ex.com/"),
    ("//%2enpm:99999localhost99999@", "npm:/p@1/", None),
    (" https:%80", None, None),
]


@pytest.mark.parametrize('text, base, href', NODE_URLS)
def test_parse_url_as_node(text, base, href):
    base_url = parse_url(base) if base is not None else None
    url = parse_url(text, base_url)
    assert (url.href if url is not None else None) == href


@pytest.mark.parametrize('path, href', [
    # what Node's url.pathToFileURL gives
    ('/a b/%/#?/x|é/', 'file:///a%20b/%25/%23%3F/x%7C%C3%A9/'),
    ('/ "#%<>?[]^`{|}~', 'file:///%20%22%23%25%3C%3E%3F%5B%5D%5E%60%7B%7C%7D%7E'),
    ('/plain/path.js', 'file:///plain/path.js'),
    ('/back\\slash', 'file:///back%5Cslash'),
])
def test_path_to_file_url(path, href):
    url = path_to_file_url(path)
    assert url.href == href
    assert file_url_to_path(url) == path


def test_file_url_to_path_refuses_a_remote_host():
    assert file_url_to_path(parse_url('file://example.com/x')) is None
    assert file_url_to_path(parse_url('file://localhost/x')) == '/x'

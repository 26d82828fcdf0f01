"""22.2.7.2 RegExpBuiltinExec: with u or v, a lastIndex inside a surrogate pair starts
the match at the code point containing that element, as V8 does."""
import pytest


@pytest.mark.parametrize('source, expected', [
    (r"var g = /./gu; g.lastIndex = 1; var m = g.exec('\ud800\udc00');"
     'm.index + ":" + m[0].length + ":" + g.lastIndex', '0:2:2'),
    (r"var y = /./yu; y.lastIndex = 1; var m = y.exec('\ud800\udc00');"
     'm.index + ":" + m[0].length + ":" + y.lastIndex', '0:2:2'),
    (r"var v = /./gv; v.lastIndex = 1; var m = v.exec('a\ud800\udc00');"
     'm.index + ":" + m[0].length', '1:2'),
    # the pair is one code point: its trail unit alone does not match
    (r"var d = /\udc00/gu; d.lastIndex = 1; String(d.exec('\ud800\udc00')) + d.lastIndex",
     'null0'),
    (r"var e = /(?:)/gu; e.lastIndex = 1; e.exec('\ud800\udc00').index", 0.0),
    # without u the units are separate characters
    (r"var n = /./g; n.lastIndex = 1; var m = n.exec('\ud800\udc00');"
     'm.index + ":" + m[0].charCodeAt(0)', '1:56320'),
    # a lone trail unit (no lead before it) is its own code point
    (r"var t = /./gu; t.lastIndex = 1; t.exec('a\udc00').index", 1.0),
])
def test_exec_from_inside_a_surrogate_pair(js, source, expected):
    assert js(source) == expected

"""Array.prototype methods on huge sparse arrays visit only the present elements when no
script can tell (builtins/array_indices.py), and keep the spec's full loop when one can."""
import pytest

from reflow.builtins.array_indices import element_indices, integer_index

HUGE = 'var a = [1]; a[5] = 5; a[2**32 - 2] = 7;'


def caught(js, source):
    return js('(function () { try { return String(%s); } catch (e) { '
              'return e.name + ": " + e.message; } })()' % source)


@pytest.mark.parametrize('expr, expected', [
    ('a.indexOf(7)', '4294967294'),
    ('a.lastIndexOf(5)', '5'),
    ('a.includes(undefined)', 'true'),
    ('a.join("")', '157'),
    ('a.join()', 'RangeError: Invalid string length'),
    ('a.toString()', 'RangeError: Invalid string length'),
    ('(function () { var s = []; a.forEach(function (v, i) { s.push(i); }); '
     'return s; })()', '0,5,4294967294'),
    ('Object.keys(a.map(function (x) { return x * 2; }))', '0,5,4294967294'),
    ('a.filter(function (x) { return x > 1; })', '5,7'),
    ('a.some(function (x) { return x === 7; })', 'true'),
    ('a.every(function (x) { return x < 7; })', 'false'),
    ('a.reduce(function (x, y) { return x + y; })', '13'),
    ('a.reduceRight(function (x, y) { return x + "/" + y; })', '7/5/1'),
    ('Object.keys(a.slice(1))', '4,4294967293'),
    ('a.flat()', '1,5,7'),
    ('Object.keys(a.slice().sort()) + " " + a.length', '0,1,2 4294967295'),
    ('Object.keys(a.slice().reverse())', '0,4294967289,4294967294'),
    ('Object.keys(a.slice().copyWithin(0, 4294967290))', '4,5,4294967294'),
    ('(function () { var b = a.slice(); var r = b.splice(1, 5, "x"); '
     'return Object.keys(b) + " " + b.length + " " + Object.keys(r); })()',
     '0,1,4294967290 4294967291 4'),
    ('(function () { var b = a.slice(); b.shift(); return Object.keys(b); })()',
     '4,4294967293'),
    ('Array.prototype.toSorted.call({length: 2**32})', 'RangeError: Invalid array length'),
    ('Array.prototype.with.call({length: 2**32}, 0, 1)',
     'RangeError: Invalid array length'),
])
def test_huge_sparse_array(js, expr, expected):
    js(HUGE)
    assert caught(js, expr) == expected


def test_array_like_up_to_2_53(js):
    js('var o = {length: 2**53 - 1, 0: "a", 9007199254740990: "z"};')
    assert caught(js, 'Array.prototype.indexOf.call(o, "z")') == '9007199254740990'
    assert caught(js, 'Array.prototype.lastIndexOf.call(o, "a")') == '0'
    assert caught(js, 'Array.prototype.join.call(o, "")') == 'az'


def test_callback_additions_and_deletions_are_seen(js):
    js(HUGE)
    # an element added ahead is visited, one deleted ahead is not (as in the spec)
    assert caught(js, '(function () { var s = []; a.forEach(function (v, i) { s.push(i); '
                      'if (i === 0) { delete a[5]; a[100] = 1; } }); return s; })()') == \
        '0,100,4294967294'


def test_delete_and_add_of_one_key_is_seen(js):
    # the same number of properties after the callback: the newest key tells
    js('var b = []; b[0] = 0; b[3] = 3; b[1000] = 1;')
    assert caught(js, '(function () { var s = []; b.forEach(function (v, i) { s.push(i); '
                      'if (i === 0) { delete b[3]; b[5] = 5; } }); return s; })()') == \
        '0,5,1000'


def test_prototype_elements_are_read_in_holes(js):
    js('var b = []; b[0] = "x"; b.length = 1000; Array.prototype[500] = "P";')
    try:
        assert caught(js, 'b.indexOf("P")') == '500'
        assert caught(js, 'b.join("").length') == '2'
    finally:
        js('delete Array.prototype[500]')


def test_element_added_to_a_prototype_by_a_callback(js):
    js('var b = []; b[0] = "x"; b[900] = "y";')
    try:
        assert caught(js, '(function () { var s = []; b.forEach(function (v, i) { '
                          's.push(i + v); if (i === 0) Object.prototype[7] = "O"; }); '
                          'return s; })()') == '0x,7O,900y'
    finally:
        js('delete Object.prototype[7]')


def test_a_proxy_sees_every_index(js):
    js('var b = []; b.length = 100; var seen = 0; '
       'var p = new Proxy(b, {has: function (t, k) { seen++; return k in t; }}); '
       'p.indexOf(1);')
    assert js('seen') == 100.0


def test_an_indexed_getter_keeps_the_full_loop(js):
    js('var b = []; b.length = 1000; var calls = 0;'
       'Object.defineProperty(b, 10, {get: function () { calls++; b[20] = "late"; '
       'return "g"; }, configurable: true});')
    assert caught(js, 'b.join("")') == 'glate'


def test_element_indices_helper(js):
    b = js('var b = []; b[3] = 1; b[2000] = 2; b')
    assert list(element_indices(b, 0, 10000)) == [3, 2000]
    assert list(element_indices(b, 0, 10000, descending=True)) == [2000, 3]
    assert element_indices(b, 0, 10000, static=True) == [3, 2000]
    assert element_indices(b, 0, 10) == range(0, 10)   # short: walked whole
    assert integer_index('007') == -1 and integer_index('4294967295') == 4294967295


def test_argument_lists_are_capped(js):
    assert caught(js, '(function () {}).apply(null, {length: 2**32})') == \
        'RangeError: Invalid array length'
    assert caught(js, '(function () {}).apply(null, {length: 200000})') == \
        'RangeError: Maximum call stack size exceeded'
    assert caught(js, 'Reflect.apply(function () {}, null, {length: 2**32})') == \
        'RangeError: Invalid array length'
    assert caught(js, '(function () {})(...Array(130000))') == \
        'RangeError: Maximum call stack size exceeded'
    assert caught(js, 'new (function () {})(...Array(130000))') == \
        'RangeError: Maximum call stack size exceeded'
    assert caught(js, '(function () { return arguments.length; }).apply(null, '
                      '{length: 1000})') == '1000'

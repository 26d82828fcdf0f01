"""24.2 Set objects and 24.2.5 Set iterators."""
from tests.jshelpers import error_name


def test_set_dedupes_with_same_value_zero(js):
    assert js('var s = new Set([1, 1, NaN, NaN, 0, -0, "1"]); [s.size, [...s].join()].join("|")') \
        == '4|1,NaN,0,1'


def test_set_add_returns_the_set_and_keeps_order(js):
    assert js('var s = new Set(); s.add(3).add(1).add(3).add(2); [...s].join()') == '3,1,2'


def test_set_foreach_sees_values_readded_after_delete(js):
    src = '''var s = new Set([1, 2, 3]); var seen = [];
    s.forEach(function (v) { seen.push(v); if (v === 1) { s.delete(2); s.add(2); } });
    seen.join()'''
    assert js(src) == '1,3,2'


def test_set_foreach_passes_value_twice_and_this_arg(js):
    src = 'var r = []; var t = {}; new Set(["a"]).forEach(function (v, k, s) {' \
          ' r.push(v, k, s instanceof Set, this === t); }, t); r.join()'
    assert js(src) == 'a,a,true,true'


def test_set_entries_are_value_pairs(js):
    assert js('JSON.stringify([...new Set(["x", "y"]).entries()])') == '[["x","x"],["y","y"]]'


def test_set_keys_is_values(js):
    assert js('Set.prototype.keys === Set.prototype.values && '
              'Set.prototype[Symbol.iterator] === Set.prototype.values') is True


def test_set_constructor_uses_observable_add(js):
    src = '''var orig = Set.prototype.add; var n = 0;
    Set.prototype.add = function (v) { n++; return orig.call(this, v); };
    new Set([1, 2, 3]); Set.prototype.add = orig; n'''
    assert js(src) == 3.0


def test_set_constructor_rejects_non_callable_add(js):
    assert error_name(js, 'Set.prototype.add = 1; new Set([1])') == 'TypeError'


def test_set_requires_new_and_set_receiver(js):
    assert error_name(js, 'Set()') == 'TypeError'
    assert error_name(js, 'Set.prototype.has.call(new Map(), 1)') == 'TypeError'


def test_set_iterator_to_string_tag(js):
    assert js('Object.prototype.toString.call(new Set().values())') == '[object Set Iterator]'


def test_set_many_deletes_then_iteration(js):
    src = '''var s = new Set(); for (var i = 0; i < 1000; i++) s.add(i);
    for (var i = 0; i < 1000; i += 2) s.delete(i); var t = 0; for (var v of s) t += v; [s.size, t].join()'''
    assert js(src) == '500,250000'

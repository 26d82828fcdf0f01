"""24.1 Map objects and 24.1.5 Map iterators."""
from tests.jshelpers import error_name


def test_map_keys_use_same_value_zero(js):
    assert js('var m = new Map([[NaN, 1], [-0, 2]]); [m.get(0/0), m.get(0), m.size].join()') \
        == '1,2,2'
    assert js('Object.is(new Map([[-0, 1]]).keys().next().value, 0)') is True


def test_map_keeps_numbers_strings_booleans_and_bigints_apart(js):
    src = 'var m = new Map([[1, "n"], ["1", "s"], [true, "b"], [1n, "big"]]);' \
          '[m.size, m.get(1), m.get("1"), m.get(true), m.get(BigInt(1))].join()'
    assert js(src) == '4,n,s,b,big'


def test_map_objects_and_symbols_are_keys_by_identity(js):
    src = 'var a = {}, s = Symbol(); var m = new Map([[a, 1], [s, 2]]);' \
          '[m.get(a), m.get({}), m.get(s), m.get(Symbol())].join()'
    assert js(src) == '1,,2,'


def test_map_set_on_existing_key_keeps_position(js):
    assert js('var m = new Map([[1, "a"], [2, "b"]]); m.set(1, "c"); [...m].join(";")') \
        == '1,c;2,b'


def test_map_iterator_sees_added_and_skips_deleted_entries(js):
    src = '''var m = new Map([[1, 1], [2, 2], [3, 3]]); var seen = [];
    for (var [k] of m) { seen.push(k); if (k === 1) { m.delete(2); m.set(4, 4); } }
    seen.join()'''
    assert js(src) == '1,3,4'


def test_map_iterator_survives_compaction(js):
    src = '''var m = new Map(); for (var i = 0; i < 300; i++) m.set(i, i);
    var it = m.keys(); it.next(); it.next();
    for (var i = 0; i < 290; i++) m.delete(i);
    [...it].join()'''
    assert js(src) == '290,291,292,293,294,295,296,297,298,299'


def test_map_iterator_after_clear_sees_new_entries(js):
    src = '''var m = new Map([[1, 1], [2, 2]]); var it = m.values(); it.next();
    m.clear(); m.set(3, "x"); [it.next().value, it.next().done].join()'''
    assert js(src) == 'x,true'


def test_finished_map_iterator_stays_done(js):
    src = 'var m = new Map(); var it = m.keys(); it.next(); m.set(1, 1); it.next().done'
    assert js(src) is True


def test_map_foreach_visits_entries_added_during_the_walk(js):
    src = '''var m = new Map([["a", 1]]); var seen = [];
    m.forEach(function (v, k, map) { seen.push(k + v); if (map.size < 3) map.set(k + "x", v + 1); });
    seen.join()'''
    assert js(src) == 'a1,ax2,axx3'


def test_map_constructor_uses_observable_set(js):
    src = '''var calls = []; var orig = Map.prototype.set;
    Map.prototype.set = function (k, v) { calls.push(k); return orig.call(this, k, v); };
    new Map([[1, 2], [3, 4]]); Map.prototype.set = orig; calls.join()'''
    assert js(src) == '1,3'


def test_map_constructor_closes_iterator_on_bad_entry(js):
    src = '''var closed = false; var it = { [Symbol.iterator]() { return {
        next() { return { value: 1, done: false }; },
        return() { closed = true; return {}; } }; } };
    try { new Map(it); } catch (e) { closed + e.name }'''
    assert js(src) == 'trueTypeError'


def test_map_requires_new_and_a_map_receiver(js):
    assert error_name(js, 'Map()') == 'TypeError'
    assert error_name(js, 'Map.prototype.get.call(new Set(), 1)') == 'TypeError'
    assert error_name(js, 'Object.getOwnPropertyDescriptor(Map.prototype, "size").get.call({})') \
        == 'TypeError'


def test_map_iterator_next_checks_its_receiver(js):
    src = 'Object.getPrototypeOf(new Map().keys()).next.call(new Set().values())'
    assert error_name(js, src) == 'TypeError'


def test_map_prototype_shape(js):
    assert js('Map.prototype[Symbol.iterator] === Map.prototype.entries') is True
    assert js('Map.prototype[Symbol.toStringTag] + " " + '
              'Object.prototype.toString.call(new Map().entries())') == \
        'Map [object Map Iterator]'
    assert js('Map[Symbol.species] === Map') is True


def test_map_subclass_gets_its_prototype(js):
    assert js('class M extends Map {}; var m = new M([[1, 2]]); '
              '(m instanceof M) + "," + m.get(1)') == 'true,2'


def test_map_group_by(js):
    src = 'var g = Map.groupBy([1, 2, 3, 4, 5], x => x % 2 ? "odd" : "even");' \
          '[...g].map(e => e[0] + ":" + e[1]).join(" ")'
    assert js(src) == 'odd:1,3,5 even:2,4'

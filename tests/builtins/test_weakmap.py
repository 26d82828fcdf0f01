"""24.3 WeakMap objects: keys, receivers, and entries that live on their keys."""
import gc

from tests.jshelpers import error_name


def test_weakmap_basic_operations(js):
    src = '''var k = {}, w = new WeakMap([[k, 1]]);
    [w.get(k), w.has(k), w.has({}), w.delete(k), w.has(k), w.delete(k)].join()'''
    assert js(src) == '1,true,false,true,false,false'


def test_weakmap_accepts_unregistered_symbols_only(js):
    assert js('var s = Symbol("x"); new WeakMap().set(s, 2).get(s)') == 2.0
    assert js('new WeakMap().set(Symbol.iterator, 3).get(Symbol.iterator)') == 3.0
    assert error_name(js, 'new WeakMap().set(Symbol.for("r"), 1)') == 'TypeError'
    assert error_name(js, 'new WeakMap().set(1, 1)') == 'TypeError'
    assert js('new WeakMap().get(Symbol.for("r"))') is js('undefined')
    assert js('new WeakMap().delete(1)') is False


def test_weakmap_entries_are_per_map(js):
    src = 'var k = {}; var a = new WeakMap(), b = new WeakMap(); a.set(k, 1); b.set(k, 2);' \
          '[a.get(k), b.get(k)].join()'
    assert js(src) == '1,2'


def test_weakmap_entries_do_not_show_as_private_names(js):
    src = '''class C { #p = 1; static has(o) { return #p in o; } }
    var o = {}; new WeakMap().set(o, 1); C.has(o)'''
    assert js(src) is False


def test_weakmap_value_referring_to_its_key_dies_with_the_key(js):
    js('var w = new WeakMap(); (function () { var k = {}; w.set(k, { back: k }); })();')
    gc.collect()
    assert len(js.realm.global_object.get('w').weak_data.keys) == 0


def test_dead_weakmap_removes_its_entries_from_live_keys(js):
    js('var key = {}; (function () { new WeakMap().set(key, { big: 1 }); })();')
    gc.collect()
    assert not js.realm.global_object.get('key').privates


def test_weakmap_receiver_checks(js):
    assert error_name(js, 'WeakMap.prototype.get.call(new Map(), {})') == 'TypeError'
    assert error_name(js, 'WeakMap()') == 'TypeError'

"""24.4 WeakSet objects."""
from tests.jshelpers import error_name


def test_weakset_add_has_delete(js):
    src = 'var o = {}, s = Symbol(); var w = new WeakSet([o]); w.add(s);' \
          '[w.has(o), w.has(s), w.delete(o), w.has(o), w.add(o) === w].join()'
    assert js(src) == 'true,true,true,false,true'


def test_weakset_rejects_primitives_and_registered_symbols(js):
    assert error_name(js, 'new WeakSet().add(1)') == 'TypeError'
    assert error_name(js, 'new WeakSet().add(Symbol.for("x"))') == 'TypeError'
    assert js('new WeakSet().has(1)') is False


def test_weakset_and_weakmap_do_not_share_entries(js):
    assert js('var o = {}; new WeakMap().set(o, 1); new WeakSet().has(o)') is False


def test_weakset_receiver_check(js):
    assert error_name(js, 'WeakSet.prototype.add.call(new WeakMap(), {})') == 'TypeError'

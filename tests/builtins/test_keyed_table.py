"""The [[MapData]] list: tombstones, compaction and cursors."""
from reflow.builtins.keyed_table import EMPTY, Cursor, KeyedTable, normalize_key
from reflow.interp.vm.values import JSBigInt, JSSymbol, NULL, UNDEFINED


def test_normalize_key_same_value_zero():
    assert normalize_key(-0.0) == normalize_key(0.0)
    assert normalize_key(float('nan')) is normalize_key(float('nan'))
    assert normalize_key(True) != normalize_key(1.0)
    assert normalize_key(JSBigInt(5)) == normalize_key(JSBigInt(5))
    assert normalize_key(JSBigInt(1)) != normalize_key(1.0)


def test_table_stores_plus_zero_for_minus_zero():
    t = KeyedTable()
    t.set(-0.0, 'z')
    assert str(t.keys[0]) == '0.0'
    assert t.get(0.0, None) == 'z'


def test_delete_leaves_tombstone_until_compaction():
    t = KeyedTable()
    for i in range(10):
        t.set(float(i), i)
    t.delete(3.0)
    assert t.keys[3] is EMPTY and t.size == 9


def test_compaction_moves_cursors_to_the_same_record():
    t = KeyedTable()
    for i in range(100):
        t.set(float(i), i)
    c = Cursor(t)
    for _ in range(60):
        c.next_index()   # the next record is 60
    for i in range(59):
        t.delete(float(i))   # triggers compaction
    assert len(t.keys) < 100
    assert t.keys[c.next_index()] == 60.0


def test_cursor_is_finished_at_the_end_and_forgotten():
    t = KeyedTable()
    t.set('a', 1)
    c = Cursor(t)
    assert c.next_index() == 0
    assert c.next_index() == -1
    assert c.table is None and len(t.cursors) == 0
    t.set('b', 2)
    assert c.next_index() == -1


def test_undefined_null_and_symbols_are_keys():
    t = KeyedTable()
    s = JSSymbol('s')
    t.set(UNDEFINED, 1)
    t.set(NULL, 2)
    t.set(s, 3)
    assert [t.get(k, None) for k in (UNDEFINED, NULL, s, JSSymbol('s'))] == [1, 2, 3, None]

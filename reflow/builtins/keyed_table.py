"""The [[MapData]] / [[SetData]] List of 24.1 and 24.2, with SameValueZero keys.

The spec keeps a List of records in insertion order: deleting a record sets it to
~empty~ and leaves it in place, so an iterator (an index into the List) skips it and still
sees records appended later. Here the List is two Python lists (keys, values) with
``EMPTY`` tombstones plus a dict from normalized key to position, so lookups are O(1).
Tombstones are compacted away once they outnumber the live records; every live cursor
(iterator or forEach in progress) is moved to the same record it would have reached.
"""
import weakref

EMPTY = object()       # a deleted record's key (the spec's ~empty~)
_NAN = object()        # every NaN is the same key under SameValueZero
_TRUE = object()       # True == 1.0 in Python: booleans get keys of their own
_FALSE = object()


def normalize_key(key):
    """The dict key for a JS value under SameValueZero (7.2.11): -0 and +0 are one key,
    all NaNs are one key, numbers never equal booleans, strings compare by value,
    BigInts by value, symbols and objects by identity."""
    t = type(key)
    if t is float:
        if key != key:
            return _NAN
        return key + 0.0   # -0.0 + 0.0 is +0.0
    if t is str:
        return key
    if t is bool:
        return _TRUE if key else _FALSE
    if t is int:
        return float(key)
    # str and JSBigInt compare by value; JSObject, JSSymbol, undefined and null define no
    # __eq__, so they compare (and hash) by identity
    return key


class Cursor:
    """A position in a table, kept up to date when the table compacts. ``table`` is None
    once the iteration is finished."""
    __slots__ = ('table', 'pos', '__weakref__')

    def __init__(self, table):
        self.table = table
        self.pos = 0
        table.cursors.add(self)

    def next_index(self):
        """The position of the next live record, advancing past it; -1 at the end (the
        cursor is then finished for good, as the spec's closed generator is)."""
        table = self.table
        if table is None:
            return -1
        keys = table.keys
        pos = self.pos
        n = len(keys)
        while pos < n:
            if keys[pos] is not EMPTY:
                self.pos = pos + 1
                return pos
            pos += 1
        self.pos = pos
        self.finish()
        return -1

    def finish(self):
        if self.table is not None:
            self.table.cursors.discard(self)
            self.table = None


class KeyedTable:
    __slots__ = ('keys', 'values', 'index', 'size', 'cursors')

    def __init__(self):
        self.keys = []
        self.values = []
        self.index = {}
        self.size = 0
        self.cursors = weakref.WeakSet()

    def find(self, key):
        """The position of the live record for ``key``, or -1."""
        return self.index.get(normalize_key(key), -1)

    def has(self, key):
        return normalize_key(key) in self.index

    def get(self, key, default):
        pos = self.index.get(normalize_key(key), -1)
        return default if pos < 0 else self.values[pos]

    def set(self, key, value):
        """Add or update; -0 is stored as +0 (24.1.3.9 step 4)."""
        nk = normalize_key(key)
        pos = self.index.get(nk, -1)
        if pos >= 0:
            self.values[pos] = value
            return
        if type(key) is float and key == 0.0:
            key = 0.0
        self.index[nk] = len(self.keys)
        self.keys.append(key)
        self.values.append(value)
        self.size += 1

    def delete(self, key):
        pos = self.index.pop(normalize_key(key), -1)
        if pos < 0:
            return False
        self.keys[pos] = EMPTY
        self.values[pos] = EMPTY
        self.size -= 1
        dead = len(self.keys) - self.size
        if dead > 32 and dead > self.size:
            self.compact()
        return True

    def clear(self):
        # every record becomes ~empty~: cursors move to the (new) end of the List
        self.keys = []
        self.values = []
        self.index = {}
        self.size = 0
        for c in list(self.cursors):
            c.pos = 0

    def compact(self):
        keys, values = self.keys, self.values
        live = [i for i, k in enumerate(keys) if k is not EMPTY]
        cursors = list(self.cursors)
        if cursors:
            # new position of a cursor = the number of live records before it
            import bisect
            for c in cursors:
                c.pos = bisect.bisect_left(live, c.pos)
        self.keys = [keys[i] for i in live]
        self.values = [values[i] for i in live]
        self.index = {normalize_key(k): i for i, k in enumerate(self.keys)}

    def live_keys(self):
        return [k for k in self.keys if k is not EMPTY]


__all__ = ['EMPTY', 'Cursor', 'KeyedTable', 'normalize_key']

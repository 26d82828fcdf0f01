"""Which indices an Array.prototype loop over ``[lo, hi)`` has to visit.

The spec walks every index of a range and asks [[HasProperty]] for each: on
`a.length = 2**32 - 1` that is four billion steps. When no script can tell the
difference (the object and every object on its prototype chain are ordinary, the object
has no indexed accessor and no prototype has an indexed property, so the absent indices
would each answer "absent" without running any code), the loop may visit only the
present elements, in the same order, as V8 does. The loops keep their [[HasProperty]]
checks, so an element deleted by a callback is still skipped; an element added by one is
found because the present indices are looked up again whenever the object or a
prototype changed shape (its number of properties or its newest key).
"""
from reflow.interp.vm.objects import MISSING, JSArray, JSObject, Prop
from reflow.interp.vm.polling import polled
from reflow.interp.vm.values import NULL

MAX_INTEGER_INDEX = 2 ** 53 - 1
# a range this short, or not longer than twice the own properties, is walked whole:
# the walk is as cheap as sorting the keys
WALK_WHOLE = 64


def integer_index(key):
    """The integer of a canonical numeric string key in [0, 2**53 - 1) ('7', not '07'
    nor '7.0'), else -1: the keys a loop over an array-like's indices reads."""
    if type(key) is not str or not key or len(key) > 16 or not key.isdigit() or \
            not key.isascii() or (key[0] == '0' and len(key) > 1):
        return -1
    n = int(key)
    return n if n < MAX_INTEGER_INDEX else -1


def _is_ordinary(o):
    t = type(o)
    return t is JSArray or (
        t.get_own_property is JSObject.get_own_property and t.get is JSObject.get and
        t.has_property is JSObject.has_property and t.set is JSObject.set and
        t.delete is JSObject.delete and
        t.define_own_property is JSObject.define_own_property and
        t.get_prototype_of is JSObject.get_prototype_of)


def _skipping_allowed(o):
    """No script can observe a visit to an absent index of o (see the module doc)."""
    if not _is_ordinary(o):
        return False
    for k, v in o.props.items():
        if type(v) is Prop and v.getter is not MISSING and integer_index(k) >= 0:
            return False
    p = o.proto
    while p is not NULL:
        if not _is_ordinary(p) or _dense_elements(p) > 0:
            return False
        for k in p.props:
            if integer_index(k) >= 0:
                return False
        p = p.proto
    return True


def _dense_elements(o):
    """How many elements o has in an Array's dense store (0 for another object); -1
    for an Array whose elements are in its ``props``."""
    if type(o) is not JSArray:
        return 0
    return -1 if o.dense is None else len(o.dense)


def _shape(o):
    """What changes when a property is added to o or a prototype (or the chain itself
    changes): each object, its number of properties, its newest key, and the size of
    its dense store."""
    out = []
    p = o
    while p is not NULL:
        props = p.props
        out.append((p, len(props), next(reversed(props)) if props else None,
                    _dense_elements(p)))
        p = p.proto
    return out


def present_indices(o, lo, hi, descending=False):
    """The indices of o's present elements in [lo, hi), in order."""
    return _present(o, lo, hi, descending)


def _present(o, lo, hi, descending):
    dense = _dense_elements(o)
    found = list(range(lo, min(hi, dense))) if dense > lo else []
    found.extend(n for n in (integer_index(k) for k in o.props) if lo <= n < hi)
    found.sort(reverse=descending)
    return found


def walks_whole(o, lo, hi):
    """Must a loop over o's elements in [lo, hi) visit every index of it?"""
    count = len(o.props) + max(_dense_elements(o), 0)
    return hi - lo <= max(WALK_WHOLE, 2 * count) or not _skipping_allowed(o)


def element_indices(o, lo, hi, descending=False, static=False):
    """The indices in [lo, hi) that a loop over o's elements must visit, ascending (or
    descending): a range of all of them unless skipping the absent ones cannot be
    observed, else only the present ones. With ``static``, the loop body runs no script
    (it only reads, writes or deletes elements of ordinary objects): the present
    indices are then a list taken once."""
    if walks_whole(o, lo, hi):
        return polled(range(hi - 1, lo - 1, -1) if descending else range(lo, hi))
    if static:
        return polled(_present(o, lo, hi, descending))
    return _present_while_unchanged(o, lo, hi, descending)


def _present_while_unchanged(o, lo, hi, descending):
    while True:
        shape = _shape(o)
        for n in _present(o, lo, hi, descending):
            yield n
            # the loop body ran (a callback, a getter of a value, a trap of the target)
            if descending:
                hi = n
            else:
                lo = n + 1
            if _shape(o) != shape:
                break
        else:
            return
        if not _skipping_allowed(o):
            yield from polled(range(hi - 1, lo - 1, -1) if descending else range(lo, hi))
            return


def moved_indices(o, source, target, count, descending=False):
    """The offsets j in [0, count) for which a loop moving element source + j to
    target + j (or deleting target + j when the source is absent) has something to do:
    a range of all of them, or, when skipping is unobservable, those where the source or
    the target is present. The loop body must run no script (see ``static``); the
    move order (ascending or descending) must be the one in which no source is written
    before it is read, as in copyWithin, splice, shift and unshift."""
    walk_whole = range(count - 1, -1, -1) if descending else range(count)
    if walks_whole(o, source, source + count):
        return polled(walk_whole)
    offsets = set(n - source for n in _present(o, source, source + count, False))
    offsets.update(n - target for n in _present(o, target, target + count, False))
    return polled(sorted(offsets, reverse=descending))

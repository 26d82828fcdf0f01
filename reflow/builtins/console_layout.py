"""How Node's util.inspect lays out the entries of an object, array, typed array, Map
or Set: on one line where they fit in breakLength (80, seen.break_length) and hold at most `compact` (3)
inner levels of objects, else one entry a line; an array of more than six short
entries is set in aligned columns (numbers right-aligned), as Node's
groupArrayElements does."""
import math

BREAK_LENGTH = 80


def reduce_entries(parts, open_, close, seen, level, numeric=None):
    """The entries ``parts`` between ``open_`` ('{', 'Foo(2) [', 'Map(1) {', ...) and
    ``close``, for the object at nesting ``level`` (0 at the top). ``numeric`` is given
    for array-like objects (whether every shown value is a number or bigint): their
    entries may be grouped in columns."""
    indent = 2 * level
    entries = len(parts)
    if seen.compact is not False:
        if numeric is not None and entries > 6:
            parts = group_entries(parts, indent, seen.compact, numeric, seen.break_length)
        if len(parts) == entries and seen.deepest - (level + 1) < seen.compact:
            # Node's isBelowBreakLength: the entries, a comma and space each, the
            # indentation, the opening and ten more
            width = sum(len(p) for p in parts) + 2 * entries + indent + len(open_) + 10
            if width <= seen.break_length and not any('\n' in p for p in parts):
                return '%s %s %s' % (open_, ', '.join(parts), close)
    # a nested entry of several lines is indented under this one
    inner = ',\n  '.join(p.replace('\n', '\n  ') for p in parts)
    return '%s\n  %s\n%s' % (open_, inner, close)


def _js_round(x):
    return math.floor(x + 0.5)


def group_entries(parts, indent, compact, numeric, break_length=BREAK_LENGTH):
    """The rows of ``parts`` set in columns, or ``parts`` where they are too long or
    too unlike in length to be grouped. A last '... n more items' entry (after a full
    MAX_ITEMS) stays on its own row."""
    from .console import MAX_ITEMS
    n = len(parts) - 1 if len(parts) > MAX_ITEMS else len(parts)
    lengths = [len(p) for p in parts[:n]]
    total = sum(lengths) + 2 * n
    longest = max(lengths)
    column_width = longest + 2
    if not (column_width * 3 + indent < break_length and
            (total / column_width > 5 or longest <= 6)):
        return parts
    # about a square of entries (a character being ~2.5 times as high as wide), more
    # columns for short entries; within the line, compact * 4 and 15 at most
    bias = math.sqrt(column_width - total / len(parts))
    biased = max(column_width - 3 - bias, 1)
    columns = int(min(_js_round(math.sqrt(2.5 * biased * n) / biased),
                      (break_length - indent) // column_width, compact * 4, 15))
    if columns <= 1:
        return parts
    widths = [max([lengths[j] for j in range(i, n, columns)] or [0]) + 2
              for i in range(columns)]
    rows = []
    for i in range(0, n, columns):
        end = min(i + columns, n)
        if numeric:
            row = ''.join((parts[j] + ', ').rjust(widths[j - i]) for j in range(i, end - 1))
            row += parts[end - 1].rjust(widths[end - 1 - i] - 2)
        else:
            row = ''.join((parts[j] + ', ').ljust(widths[j - i]) for j in range(i, end - 1))
            row += parts[end - 1]
        rows.append(row)
    rows.extend(parts[n:])
    return rows

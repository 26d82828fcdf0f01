"""Host ops of node:assert: the source text of the call at a stack frame's position,
for assert.ok's message ("The expression evaluated to a falsy value: assert.ok(x)"),
which Node also reads from the caller's file."""
from reflow.interp.vm.function import NativeFunction, arg
from reflow.interp.vm.operations import to_number, to_string
from reflow.interp.vm.values import UNDEFINED
from reflow.parser import JSSyntaxError, parse
from reflow.ext.source_file import read_source_file

# the trees of the files asked about last: (path, source) -> tree
_TREES = {}
_KEEP = 4


def _tree(path, source):
    key = (path, source)
    tree = _TREES.get(key)
    if tree is None:
        for kind, options in (('script', {'allow_return_outside_function': True}),
                              ('module', {})):
            try:
                tree = parse(source, kind, path, **options)
                break
            except JSSyntaxError:
                continue
        else:
            return None
        if len(_TREES) >= _KEEP:
            _TREES.pop(next(iter(_TREES)))
        _TREES[key] = tree
    return tree


def _innermost_call(node, offset, best=None):
    """The smallest CallExpression of the tree whose source range holds ``offset``."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, list):
            stack.extend(n)
            continue
        if not isinstance(n, dict):
            continue
        r = n.get('range')
        if r is not None and not (r[0] <= offset < r[1]):
            continue
        if n.get('type') == 'CallExpression' and \
                (best is None or r[1] - r[0] < best['range'][1] - best['range'][0]):
            best = n
        stack.extend(v for v in n.values() if isinstance(v, (dict, list)))
    return best


def call_source(path, line, column):
    """(text, column of its start) of the call at 1-based ``line``:``column`` of the
    file at ``path``, or None where it cannot be read or found."""
    try:
        source = read_source_file(path)
    except Exception:   # no such file, a directory, not text: no source to show
        return None
    lines = source.split('\n')
    if not 1 <= line <= len(lines):
        return None
    offset = sum(len(text) + 1 for text in lines[:line - 1]) + column - 1
    tree = _tree(path, source)
    call = _innermost_call(tree, offset) if tree is not None else None
    if call is None:
        return None
    start, end = call['range']
    line_start = source.rfind('\n', 0, start) + 1
    return source[start:end], start - line_start


def create(realm):
    # callSource(file, line, column) -> [text, start column] or undefined
    def call_source_op(this, args):
        line, column = to_number(arg(args, 1)), to_number(arg(args, 2))
        if not (line == line and column == column and abs(line) < 1e9 and
                abs(column) < 1e9):
            return UNDEFINED
        found = call_source(to_string(arg(args, 0)), int(line), int(column))
        if found is None:
            return UNDEFINED
        return realm.new_array([found[0], float(found[1])])

    obj = realm.new_object()
    obj.define('callSource', NativeFunction(realm, call_source_op, 'callSource', 3))
    return obj

"""Differential testing against esprima-python 4.0.1, the oracle for the tree shape.

esprima's ``toDict`` drops fields whose value is None, stores a compiled Python regex
as a regex literal's value and spells ``import(x)`` as a call of an ``Import`` node.
Our tree is ESTree with the ES2020+ fields (``optional``, ``await``, ``attributes``,
``ImportExpression``), so both sides are brought to one form before comparing: every
difference left is a real one.
"""
import esprima
import esprima.scanner

# esprima-python checks a regex literal by compiling it with Python's `re`, which
# rejects valid JS patterns (e.g. `[^]`); it stays our oracle for the tree only, so that
# step is skipped (reflow validates patterns itself, see reflow/parser/regexp.py).
esprima.scanner.Scanner.testRegExp = lambda self, pattern, flags: None

from reflow.parser import parse
from reflow.parser.chars import to_code_units

# ES2018+ ESTree fields esprima lacks, with the value they have on any input esprima
# accepts (so dropping them loses nothing there).
_EXTENSION_DEFAULTS = {'optional': False, 'await': False, 'attributes': []}


def normalize(node):
    if isinstance(node, str):
        return to_code_units(node)   # esprima-python keeps astral characters whole
    if isinstance(node, list):
        return [normalize(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if v is None or (k in _EXTENSION_DEFAULTS and v == _EXTENSION_DEFAULTS[k]):
            continue
        out[k] = normalize(v)
    if out.get('type') == 'Literal' and 'regex' in out:
        out.pop('value', None)
    if out.get('type') == 'CallExpression' and out['callee'].get('type') == 'Import':
        out = {'type': 'ImportExpression', 'source': out['arguments'][0],
               **{k: out[k] for k in ('range', 'loc') if k in out}}
    return out


def esprima_tree(source, module=False):
    """esprima's tree, or None if esprima rejects (or crashes on) the source."""
    opts = {'loc': True, 'range': True}
    try:
        tree = (esprima.parseModule if module else esprima.parseScript)(source, opts)
    except Exception:
        return None
    return normalize(tree.toDict())


def reflow_tree(source, module=False):
    return normalize(parse(source, 'module' if module else 'script', loc=True))


def first_difference(a, b, path='$'):
    """Path and values of the first difference between two normalized trees."""
    if type(a) is not type(b) and not (isinstance(a, (int, float)) and
                                        isinstance(b, (int, float)) and
                                        not isinstance(a, bool) and not isinstance(b, bool)):
        return path, a, b
    if isinstance(a, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in a or k not in b:
                return '%s.%s' % (path, k), a.get(k, '<missing>'), b.get(k, '<missing>')
            d = first_difference(a[k], b[k], '%s.%s' % (path, k))
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return path + '.length', len(a), len(b)
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, '%s[%d]' % (path, i))
            if d:
                return d
        return None
    if a != b and not (a != a and b != b):
        return path, a, b
    return None

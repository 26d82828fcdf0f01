"""Comparing reflow's TypeScript trees with typescript-estree's, recorded by
record_estree.mjs into expected_*.json (normalized the same way on both sides)."""
import json
import os

from reflow.parser import JSSyntaxError, parse_typescript_tree

HERE = os.path.dirname(os.path.abspath(__file__))


def load_cases(kind):
    """[(source, expected)] of cases_<kind>.txt with their recorded trees."""
    with open(os.path.join(HERE, 'cases_%s.txt' % kind), encoding='utf-8') as f:
        cases = [c for c in f.read().split('\n----\n') if c.strip()]
    with open(os.path.join(HERE, 'expected_%s.json' % kind), encoding='utf-8') as f:
        expected = json.load(f)
    return [(c, expected.get(c)) for c in cases]


def normalize(v):
    """Drop loc and the fields whose value is null, false or [] (a field one side
    leaves out and the other writes empty); BigInt and RegExp values have no JSON."""
    if isinstance(v, list):
        return [normalize(x) for x in v]
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if k == 'loc' or x is None or x is False or (isinstance(x, list) and not x):
                continue
            if k == 'value' and ('bigint' in v or 'regex' in v):
                continue
            out[k] = normalize(x)
        return out
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def ours(source, source_type='module'):
    try:
        return normalize(parse_typescript_tree(source, source_type)['body'])
    except JSSyntaxError as e:
        return {'error': e.args[0] if e.args else str(e)}


def first_difference(a, b, path='body'):
    """Where two normalized trees first differ (None if equal)."""
    if type(a) is not type(b):
        return '%s: %.200r != %.200r' % (path, a, b)
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return '%s.%s: ours %.200r, typescript-estree %.200r' % (
                    path, k, a.get(k, '<missing>'), b.get(k, '<missing>'))
            d = first_difference(a[k], b[k], path + '.' + k)
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return '%s: %d items != %d' % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, '%s[%d]' % (path, i))
            if d:
                return d
        return None
    return None if a == b else '%s: %r != %r' % (path, a, b)

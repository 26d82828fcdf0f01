"""Our TypeScript tree against typescript-estree's, recorded in fixtures/*.json (made
by running @typescript-eslint/typescript-estree v8 on each case's source, outside the
tests). typescript-estree writes every optional field (`decorators: []`,
`optional: false`, ...); our tree writes the ones that say something, so a field the
reference has with a default value may be absent from ours. Fields only ours has are
esprima's JS extras and are not compared."""
import json
import os

from reflow.parser import JSSyntaxError, parse_typescript_tree

FIXTURES = os.path.join(os.path.dirname(__file__), 'fixtures')
_DEFAULTS = (False, None)
# importKind/exportKind: TSDeclarations' module syntax writes them (its tests check)
_KINDS = ('importKind', 'exportKind')


def load_fixture(name):
    with open(os.path.join(FIXTURES, name + '.json'), encoding='utf-8') as f:
        return json.load(f)


def mismatches(ref, ours, path='$'):
    """The paths where ``ours`` differs from the reference tree ``ref``."""
    if isinstance(ref, dict):
        if not isinstance(ours, dict):
            return ['%s: %r, expected a %s' % (path, ours, ref.get('type', 'dict'))]
        out = []
        for key, value in ref.items():
            if key not in ours:
                if value in _DEFAULTS or value == [] or (
                        key in _KINDS and value == 'value'):
                    continue
                out.append('%s.%s: missing (expected %r)' % (path, key, value))
                continue
            if key == 'value' and ref.get('type') == 'Literal' and value is None:
                continue   # a bigint or RegExp value, not in JSON
            out.extend(mismatches(value, ours[key], path + '.' + key))
        return out
    if isinstance(ref, list):
        if not isinstance(ours, list) or len(ours) != len(ref):
            return ['%s: %r, expected %r' % (path, ours, ref)]
        out = []
        for i, (r, o) in enumerate(zip(ref, ours)):
            out.extend(mismatches(r, o, '%s[%d]' % (path, i)))
        return out
    if ref != ours and not (isinstance(ref, (int, float)) and ref == ours):
        return ['%s: %r, expected %r' % (path, ours, ref)]
    return []


def check_case(fixture, source, jsx=False):
    """Parse ``source`` and compare with its recorded tree (statements only: the
    Program's own range differs by design, typescript-estree's starts at the first
    token)."""
    ref = fixture[source]
    assert 'error' not in ref, ref
    tree = parse_typescript_tree(source, 'module', 'case.tsx' if jsx else 'case.ts', jsx)
    problems = mismatches(ref['body'], tree['body'], 'body')
    assert not problems, '\n'.join(problems[:10])


def syntax_error(source, jsx=False):
    """The JSSyntaxError that parsing ``source`` raises (as 'line:col message')."""
    try:
        parse_typescript_tree(source, 'module', 'case.ts', jsx)
    except JSSyntaxError as e:
        return e
    raise AssertionError('no SyntaxError for %r' % source)

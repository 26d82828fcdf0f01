"""The TypeScript parser on plain JavaScript makes the JS parser's tree: the same
nodes and fields (bar the TS fields with their default values), and every Identifier
at the same range (statement ends may differ: typescript-estree's end at the last
token, esprima's at a closing '}')."""
import glob
import os

import pytest

import reflow
from reflow.parser import parse_typescript_tree
from reflow.parser.parser import Parser

LIB = os.path.join(os.path.dirname(reflow.__file__), 'ext', 'node', 'lib')
SOURCES = sorted(glob.glob(os.path.join(LIB, '**', '*.js'), recursive=True))
_TS_DEFAULTS = {'decorators': [], 'implements': [], 'definite': False, 'declare': False,
                'override': False, 'optional': False, 'readonly': False, 'abstract': False,
                'exportKind': 'value', 'importKind': 'value'}


def shape(node, identifiers):
    """The tree without ranges and TS default fields; Identifier ranges collected."""
    if isinstance(node, list):
        return [shape(n, identifiers) for n in node]
    if not isinstance(node, dict):
        return node
    if node.get('type') == 'Identifier':
        identifiers.append((node['name'], tuple(node['range'])))
    return {k: shape(v, identifiers) for k, v in node.items()
            if k != 'range' and not (k in _TS_DEFAULTS and v == _TS_DEFAULTS[k])}


def test_there_are_sources():
    assert len(SOURCES) > 10


@pytest.mark.parametrize('path', SOURCES, ids=lambda p: os.path.relpath(p, LIB))
def test_plain_js_parses_as_javascript(path):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    js_ids, ts_ids = [], []
    js = shape(Parser(source, 'module', path).parse_program(), js_ids)
    ts = shape(parse_typescript_tree(source, 'module', path), ts_ids)
    assert ts == js
    assert ts_ids == js_ids


@pytest.mark.parametrize('source', [
    'a < b > c;', 'a < b;', 'a < b >= c;', 'a << b > c;', 'if (a) !b;', 'f(a)\n!b;',
])
def test_comparisons_stay_comparisons(source):
    # where TypeScript reads no type arguments (TS's own rules), the JS tree stands
    assert shape(parse_typescript_tree(source, 'module'), []) == \
        shape(Parser(source, 'module').parse_program(), [])

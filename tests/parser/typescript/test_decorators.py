"""Decorators lowered by reflow.parser.typescript_decorators run as tsc (--target ES2022,
with and without --experimentalDecorators) + Node run them: each program of
decorators/ prints what decorators_expected.json says (a legacy_* program has
experimentalDecorators, a *_nodefine* one useDefineForClassFields false) (record_decorators.py records
it), parsed by the TypeScript parser and lowered by parse(); and the lowered tree is
plain ESTree keeping the user's ranges (decorated_trees.py builds the trees of those
checks from JS with the decorators attached, independent of the TypeScript parser)."""
import json
import os

import pytest

from reflow.parser import TSOptions, parse
from reflow.parser.typescript_decorators import lower_decorators
from tests.parser.typescript.decorated_trees import decorated_tree, run_module_tree, run_tree

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'decorators')
with open(os.path.join(HERE, 'decorators_expected.json'), encoding='utf-8') as f:
    EXPECTED = json.load(f)


def parsed(source, legacy=False, source_type='script', filename='test.ts', define=True):
    return parse(source, source_type, filename, typescript=True,
                 ts_options=TSOptions(experimental_decorators=legacy,
                                      use_define_for_class_fields=define))


def run(source, legacy=False, define=True):
    return run_tree(parsed(source, legacy, define=define), source)


@pytest.mark.parametrize('name', sorted(EXPECTED))
def test_a_program_prints_what_tsc_and_node_print(name):
    with open(os.path.join(PROGRAMS, name), encoding='utf-8') as f:
        source = f.read()
    legacy = name.startswith('legacy_')
    if name.endswith('_module.ts'):
        # the module imports itself (as the .mjs tsc makes of it) to see its exports
        path = os.path.join(PROGRAMS, name[:-3] + '.mjs')
        lines = run_module_tree(parsed(source, legacy, 'module', path), source, path)[0]
    else:
        lines = run(source, legacy, define='_nodefine' not in name)
    assert lines == EXPECTED[name]


# -- the tree ----------------------------------------------------------------------------

def nodes(tree):
    found, stack = [], [tree]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            if 'type' in n:
                found.append(n)
            stack.extend(v for v in n.values() if isinstance(v, (dict, list)))
        elif isinstance(n, list):
            stack.extend(n)
    return found


SAMPLE = '''function d(v, c) {}
@d class A extends Object {
  @d m(a) { return a; }
  @d static f = 1;
  @d accessor x = 2;
  @d #p() {}
  @d [Symbol.iterator]() {}
  accessor plain = 3;
}
'''
LEGACY_SAMPLE = '''function d() {}
@d class A {
  @d m(@d a) { return a; }
  @d static f = 1;
  @d accessor x = 2;
  constructor(@d b) {}
}
'''


@pytest.mark.parametrize('source, legacy', [(SAMPLE, False), (LEGACY_SAMPLE, True)])
def test_the_lowered_tree_is_plain_estree_and_user_nodes_keep_their_ranges(source, legacy):
    tree = decorated_tree(source)
    before = {id(n): (n, list(n['range'])) for n in nodes(tree)}   # (the nodes kept alive)
    lower_decorators(tree, TSOptions(experimental_decorators=legacy))
    after = nodes(tree)
    assert not [n for n in after if 'decorators' in n or n['type'] in ('Decorator',
                                                                       'AccessorProperty')]
    kept = [n for n in after if id(n) in before]
    assert len(kept) > 20
    assert all(n['range'] == before[id(n)][1] for n in kept)
    # a synthetic node has the range of the class or decorator it comes from (the
    # helpers, shared by the program, point at its start)
    end = len(source)
    assert all(0 <= n['range'][0] <= n['range'][1] <= end for n in after)


def test_a_program_without_decorators_is_returned_untouched():
    source = 'class A { m() {} static x = 1; #p = 2 } const B = class {};'
    tree = parse(source, 'script')
    assert lower_decorators(tree, TSOptions()) is tree
    assert tree == parse(source, 'script')


def test_helpers_are_inserted_only_when_used_and_after_the_directives():
    tree = lower_decorators(decorated_tree('"use strict"; class A { accessor x = 1 }'),
                            TSOptions())
    assert tree['body'][0].get('directive') == 'use strict'
    assert not any(n['type'] == 'Identifier' and n['name'].startswith('__reflow$')
                   for n in nodes(tree))
    tree = lower_decorators(decorated_tree('"use strict"; function d() {} class A { @d m() {} }'),
                            TSOptions())
    assert tree['body'][0].get('directive') == 'use strict'
    helpers = [s['id']['name'] for s in tree['body'] if s['type'] == 'FunctionDeclaration']
    assert helpers[:2] == ['__reflow$esDecorate', '__reflow$runInitializers']
    assert '__reflow$decorate' not in helpers


def test_temporaries_do_not_take_a_name_of_the_program():
    source = '''const _m_decorators = "mine", _classThis = "mine too";
function d(v, c) { c.addInitializer(() => console.log(_m_decorators, _classThis)); }
@d class A { @d m() {} }
new A();
'''
    assert run(source) == ['mine mine too', 'mine mine too']


def test_an_error_in_a_decorated_method_points_into_the_ts_file():
    source = '''function d(v: any, c: any) {}
class A {
  @d m(): void { throw new Error("here"); }
}
try { new A().m(); } catch (e) { console.log((e as Error).stack!.split("\\n")[1]); }
'''
    (line,) = run(source)
    assert 'test.ts:3:' in line


def test_a_deep_tree_is_walked_without_recursion():
    inner = {'type': 'ArrayExpression', 'elements': [], 'range': [0, 1]}
    for _ in range(20000):
        inner = {'type': 'ArrayExpression', 'elements': [inner], 'range': [0, 1]}
    tree = decorated_tree('function d() {} class A { @d m() { return 0; } }')
    method = tree['body'][1]['body']['body'][0]
    method['value']['body']['body'][0]['argument'] = inner
    lower_decorators(tree, TSOptions())
    assert tree['body'][-1]['type'] == 'VariableDeclaration'   # the class, lowered

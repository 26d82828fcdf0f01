"""Decorated programs as trees, without the TypeScript parser: the decorators (`@x`,
`@x.y(...)`, `@(...)`) and `accessor` keywords are blanked out of the text, the rest is
parsed by the JS parser, each decorator expression is parsed at its own offset, and
each is attached to the class, member or parameter right after it, as the TypeScript
parser attaches them (the same shapes and ranges). And the running of a tree in a
fresh realm, its console output kept."""
import re

from reflow.interp.compiler.compiler import Compiler
from reflow.interp.vm.errors import JSErrorSignal, JSThrow
from reflow.ext.host import create_realm
from reflow.parser import parse
from tests.jshelpers import OutputHost, uncaught_header

TARGETS = ('ClassDeclaration', 'ClassExpression', 'MethodDefinition', 'PropertyDefinition')


def _balanced(src, i):
    """The end of the parenthesized text starting at ``src[i] == '('``."""
    depth = 0
    while True:
        c = src[i]
        depth += c == '('
        depth -= c == ')'
        i += 1
        if depth == 0:
            return i


def _decorators(src):
    """[(start of '@', start of expression, end)] of the decorators of ``src``."""
    found = []
    for at in re.finditer('@', src):
        i = at.start() + 1
        if src[i] == '(':
            end = _balanced(src, i)
        else:
            end = re.compile(r'[\w$]+(\.[\w$]+)*').match(src, i).end()
            if end < len(src) and src[end] == '(':
                end = _balanced(src, end)
        found.append((at.start(), i, end))
    return found


def decorated_tree(src, source_type='script'):
    decorators = _decorators(src)
    text = list(src)
    for start, _, end in decorators:
        text[start:end] = ' ' * (end - start)
    # `accessor` as a modifier: after a member's end (or a decorator) or `static`
    accessors = [m.start(1) for m in re.finditer(
        r'(?:[{;})]|\bstatic)\s*(accessor)\s+(?=[#\w\[])', ''.join(text))]
    for start in accessors:
        text[start:start + 8] = ' ' * 8
    tree = parse(''.join(text), source_type)
    targets = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        if node.get('type') in TARGETS:
            targets.append(node)
        if node.get('type') == 'MethodDefinition':
            targets.extend(node['value']['params'])
        stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    targets.sort(key=lambda n: n['range'][0])

    def next_target(pos):
        return next(n for n in targets if n['range'][0] >= pos)
    for start, expr_start, end in decorators:
        expr_text = src[expr_start:end]
        expr = parse(' ' * expr_start + expr_text, 'script')['body'][0]['expression']
        node = next_target(end)
        node.setdefault('decorators', []).append(
            {'type': 'Decorator', 'expression': expr, 'range': [start, end]})
    for start in accessors:
        # the innermost field around the keyword (`static accessor x` starts before it)
        around = [n for n in targets if n['type'] == 'PropertyDefinition'
                  and n['range'][0] <= start < n['range'][1]]
        node = max(around, key=lambda n: n['range'][0]) if around else next_target(start)
        node['type'] = 'AccessorProperty'
    return tree


def run_tree(tree, source, filename='test.ts'):
    """Run the Script ``tree`` in a fresh realm: its printed lines (an uncaught error
    is a last line `Uncaught <its first line>`)."""
    realm = create_realm(OutputHost())
    try:
        code = Compiler(source, filename).compile_script(tree)
        realm.declare_script_globals(code)
        frame = realm.vm.new_frame(None, code, realm.global_this, [], None)
        frame.this = realm.global_this
        try:
            realm.vm.run(frame)
        except JSErrorSignal as sig:
            raise JSThrow(realm.make_error(sig.name, sig.message))
        realm.event_loop.checkpoint()
    except JSThrow as exc:
        realm.host.lines.append('Uncaught ' + uncaught_header(realm, exc.value))
    return realm.host.lines


def run_module_tree(tree, source, filename='/decorated/test.ts'):
    """Run the Module ``tree`` (no imports) in a fresh realm: (printed lines, its
    namespace object)."""
    from reflow.interp.vm.modules import (ModuleRecord, evaluate, get_namespace, link,
                                          load_requested, module_map)
    realm = create_realm(OutputHost())
    record = ModuleRecord(realm, filename, Compiler(source, filename).compile_module(tree))
    module_map(realm)[(filename, ())] = record
    load_requested(realm, record)
    link(record)
    from reflow.ext.program import drive
    promise = evaluate(record)
    realm.event_loop.checkpoint()
    realm.event_loop.run_sync(drive(realm, promise, lambda: None, True))
    return realm.host.lines, get_namespace(record)

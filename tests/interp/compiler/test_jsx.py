"""JSX lowered by the compiler (reflow/interp/compiler/jsx.py), run: the programs in
jsx/*.jsx print what tsc's output (`--jsx <mode>` of their `// jsx:` line, target
ES2022) printed under Node, recorded in their `// expect:` lines. Each runs as a
script and as a CommonJS body (the automatic runtime through `require`) and as a
module (through a hidden import); the runtime is the fake one in jsx/fake_react, which prints which helper made
an element with which arguments. The in-process runs use the build the tests run in;
test_pure_build runs them all again with REFLOW_PURE=1."""
import json
import os
import re
import subprocess
import sys

import pytest

from reflow.ext.host import Host, create_realm
from reflow.interp.compiler.compiler import Compiler
from reflow.interp.compiler.jsx import JSXOptions, jsx_text_value
from reflow.interp.vm.errors import JSThrow
from reflow.parser import TSOptions, parse
from tests.jshelpers import OutputHost, expectations, uncaught_header

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'jsx')
FAKE_REACT = os.path.join(HERE, 'fake_react')
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.jsx'))
_RUNTIME_FILES = {'react': 'index.js', 'react/jsx-runtime': 'jsx-runtime.js',
                  'react/jsx-dev-runtime': 'jsx-dev-runtime.js'}


class FakeReactHost(OutputHost):
    """`react` and its runtimes are the fake ones of jsx/fake_react."""

    def resolve_import(self, realm, referrer, specifier, attributes, dynamic):
        if specifier in _RUNTIME_FILES:
            return os.path.join(FAKE_REACT, _RUNTIME_FILES[specifier])
        return Host.resolve_import(self, realm, referrer, specifier, attributes, dynamic)


def mode_of(source):
    return re.search(r'^// jsx: (\S+)', source, re.M).group(1)


def only_module(source):
    return '// module only' in source or re.search(r'^export ', source, re.M) is not None


def evaluate_entry(realm, record):
    from reflow.interp.vm.modules import evaluate, link, load_requested, module_map
    module_map(realm)[(record.filename, ())] = record
    load_requested(realm, record)
    link(record)
    promise = evaluate(record)
    realm.event_loop.checkpoint()
    if promise.state == 'rejected':
        raise JSThrow(promise.result)


def fake_require(realm):
    """globalThis.require: the fake runtime modules' namespaces by specifier."""
    from reflow.interp.vm.modules import get_namespace, parse_module_record
    from reflow.interp.vm.script import evaluate_script
    table = evaluate_script(realm, '({})', 'require.js')
    for specifier, name in _RUNTIME_FILES.items():
        path = os.path.join(FAKE_REACT, name)
        with open(path) as f:
            record = parse_module_record(realm, f.read(), path)
        evaluate_entry(realm, record)
        table.set(specifier, get_namespace(record))
    realm.global_this.set('__fakeModules', table)
    evaluate_script(realm, 'globalThis.require = (s) => (require.log.push(s), '
                           '__fakeModules[s]); require.log = [];', 'require.js')


def run_jsx(source, filename, options, kind):
    """Parse ``source`` with JSX, compile it with ``options`` as a 'script', 'module' or
    CommonJS body ('commonjs', as vm/script.py's function_from_body makes one), run
    it; -> (printed lines, uncaught error header or None)."""
    from reflow.interp.vm.modules import ModuleRecord
    from reflow.interp.vm.values import UNDEFINED
    realm = create_realm(FakeReactHost())
    try:
        program = parse(source, 'module' if kind == 'module' else 'script', filename,
                        jsx=True, allow_return_outside_function=kind == 'commonjs')
        compiler = Compiler(source, filename, jsx=options)
        if kind == 'module':
            evaluate_entry(realm, ModuleRecord(realm, filename, compiler.compile_module(
                program)))
        elif kind == 'commonjs':
            fake_require(realm)
            end = program['range'][1]
            fn = {'type': 'FunctionExpression', 'id': None, 'generator': False,
                  'async': False, 'expression': False, 'range': [0, end],
                  'params': [{'type': 'Identifier', 'name': 'require', 'range': [0, 0]}],
                  'body': {'type': 'BlockStatement', 'body': program['body'],
                           'range': [0, end]}}
            main = realm.make_function(compiler.compile_dynamic_function(fn, 'main'), ())
            main.call(UNDEFINED, [realm.global_this.get('require')])
        else:
            fake_require(realm)
            code = compiler.compile_script(program)
            realm.declare_script_globals(code)
            frame = realm.vm.new_frame(None, code, realm.global_this, [], None)
            frame.this = realm.global_this
            realm.vm.run(frame)
    except JSThrow as exc:
        return realm.host.lines, uncaught_header(realm, exc.value)
    return realm.host.lines, None


def cases():
    for name in FILES:
        with open(os.path.join(HERE, name)) as f:
            source = f.read()
        for kind in ('script', 'commonjs', 'module'):
            if only_module(source) and kind != 'module':
                continue
            yield name, kind


def outcome(name, kind):
    path = os.path.join(HERE, name)
    with open(path) as f:
        source = f.read()
    options = TSOptions(jsx=mode_of(source))
    return run_jsx(source, path, options, kind)


@pytest.mark.parametrize('name,kind', list(cases()))
def test_program(name, kind):
    with open(os.path.join(HERE, name)) as f:
        printed, expected_uncaught = expectations(f.read())
    lines, uncaught = outcome(name, kind)
    assert uncaught == expected_uncaught
    assert lines == printed


def test_pure_build():
    """Every case again in a process running the pure-Python build."""
    env = dict(os.environ, REFLOW_PURE='1')
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE))))
    out = subprocess.run([sys.executable, '-m', 'tests.interp.compiler.test_jsx'], cwd=root,
                         env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    for name, kind in cases():
        with open(os.path.join(HERE, name)) as f:
            printed, expected_uncaught = expectations(f.read())
        assert results['%s %s' % (name, kind)] == [printed, expected_uncaught], name


# -- options and pragmas ----------------------------------------------------------------

def test_default_options_are_classic_react():
    src = 'const React = {createElement: (t, p, ...c) => [t, p, c], Fragment: "F"};' \
          'console.log(JSON.stringify([<a b="1">x</a>, <>y</>]));'
    assert run_jsx(src, 't.jsx', None, 'script') == (['[["a",{"b":"1"},["x"]],["F",null,["y"]]]'],
                                                 None)


def test_options_as_dict_and_factories():
    src = 'const h = (t, p, ...c) => [t, p, c], F = "frag";' \
          'console.log(JSON.stringify([<a/>, <>y</>]));'
    options = {'factory': 'h', 'fragment_factory': 'F'}
    assert run_jsx(src, 't.jsx', options, 'script') == (['[["a",null,[]],["frag",null,["y"]]]'],
                                                    None)


def test_a_pragma_overrides_the_options():
    src = '// @jsxRuntime classic\n/* @jsx h */\nconst h = (t) => "h:" + t;' \
          'console.log(<a/>);'
    assert run_jsx(src, 't.jsx', {'runtime': 'automatic'}, 'script') == (['h:a'], None)
    assert JSXOptions().with_pragmas({'jsxImportSource': 'preact'}).runtime == 'automatic'
    assert JSXOptions().with_pragmas({'jsxImportSource': 'preact', 'jsxRuntime':
                                      'classic'}).runtime == 'classic'


def test_the_program_records_its_pragmas():
    src = '/** @jsx h */\n/* @jsxFrag Frag */\n// @jsxRuntime classic\n' \
          '/**\n * @jsxImportSource preact\n */\nx; /* not @jsx no */'
    assert parse(src, 'script', 't.jsx', jsx=True)['jsxPragmas'] == {
        'jsx': 'h', 'jsxFrag': 'Frag', 'jsxRuntime': 'classic', 'jsxImportSource': 'preact'}
    assert parse('x', 'script', 't.jsx', jsx=True)['jsxPragmas'] == {}
    assert 'jsxPragmas' not in parse('x', 'script', 't.js')


def test_the_require_of_a_commonjs_body_goes_after_its_directives():
    src = '"use strict";\nconsole.log(typeof function () { return this; }(), <a/>.fn);'
    assert run_jsx(src, 't.jsx', {'runtime': 'automatic'}, 'commonjs') == (
        ['undefined jsx'], None)


def test_when_the_runtime_is_required():
    src = 'const before = require.log.length;\n' \
          'console.log(before, <a/>.fn, <a>{1}{2}</a>.fn, <a {...{}} key="k"/>.fn, ' \
          'JSON.stringify(require.log));'
    options = {'runtime': 'automatic'}
    # a CommonJS body requires each module once, before the body runs
    assert run_jsx(src, 't.jsx', options, 'commonjs') == (
        ['2 jsx jsxs createElement ["react","react/jsx-runtime"]'], None)
    # a script, where each element is made
    assert run_jsx(src, 't.jsx', options, 'script') == (
        ['0 jsx jsxs createElement ["react/jsx-runtime","react/jsx-runtime","react"]'], None)


def test_a_script_binds_no_name_for_the_runtime():
    src = 'console.log(<a/>.fn)'
    options = {'runtime': 'automatic'}
    from reflow.interp.vm.script import evaluate_script
    realm = create_realm(FakeReactHost())
    fake_require(realm)
    for _ in range(2):   # a second script with JSX declares nothing twice
        code = Compiler(src, 't.jsx', jsx=options).compile_script(
            parse(src, 'script', 't.jsx', jsx=True))
        realm.declare_script_globals(code)
        frame = realm.vm.new_frame(None, code, realm.global_this, [], None)
        frame.this = realm.global_this
        realm.vm.run(frame)
    assert realm.host.lines == ['jsx', 'jsx']
    del evaluate_script


def test_the_hidden_runtime_names_are_not_reachable():
    src = 'console.log(typeof jsx, typeof _jsx, Object.keys(globalThis).filter(' \
          '(k) => k.includes("jsx")).length, <a/>.fn)'
    assert run_jsx(src, 't.jsx', {'runtime': 'automatic'}, 'script') == (
        ['undefined undefined 0 jsx'], None)
    assert run_jsx(src, 't.jsx', {'runtime': 'automatic'}, 'module') == (
        ['undefined undefined 0 jsx'], None)


def test_a_module_without_jsx_imports_no_runtime():
    # the fake host would fail an import of anything else; no runtime import is made
    assert run_jsx('console.log(1 < 2)', 't.jsx', {'runtime': 'automatic'}, 'module') == (
        ['true'], None)


def test_stack_traces_point_into_the_jsx_source():
    # the factory's caller is at the `<` of the element it makes
    src = 'const React = {createElement(t) { if (t === "b") throw new Error("boom"); }};\n' \
          'function f() {\n  return <div>\n    <b/>\n  </div>;\n}\n' \
          'try { f(); } catch (e) { console.log(e.message, e.stack.split("\\n")[2]); }\n' \
          'try { <b/>; } catch (e) { console.log(e.stack.split("\\n")[2]); }'
    lines, uncaught = run_jsx(src, 't.jsx', None, 'script')
    assert uncaught is None
    assert lines == ['boom     at f (t.jsx:4:5)', '    at t.jsx:8:7']


def test_text_rules():
    assert jsx_text_value('  a  ') == '  a  '
    assert jsx_text_value('\n  \n') is None
    assert jsx_text_value(' a \n b \n c ') == ' a b c '
    assert jsx_text_value('a\r\n\r\nb') == 'a b'
    assert jsx_text_value('&amp;\n  &#32;') == '&  '   # decoded after trimming


def main():
    """Print the outcome of every case as JSON (test_pure_build runs this)."""
    results = {}
    for name, kind in cases():
        lines, uncaught = outcome(name, kind)
        results['%s %s' % (name, kind)] = [lines, uncaught]
    print(json.dumps(results))


if __name__ == '__main__':
    main()

"""JSX lowered by the compiler (reflow/interp/compiler/jsx.py), run: the programs in
jsx/*.jsx print what tsc's output (`--jsx <mode>` of their `// jsx:` line, target
ES2022) printed under Node, recorded in their `// expect:` lines. Each runs as a
script (the automatic runtime through `require`) and as a module (through a hidden
import); the runtime is the fake one in jsx/fake_react, which prints which helper made
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
    evaluate_script(realm, 'globalThis.require = (s) => __fakeModules[s];', 'require.js')


def run_jsx(source, filename, options, module):
    """Parse ``source`` with JSX, compile it with ``options``, run it; -> (printed
    lines, uncaught error header or None)."""
    from reflow.interp.vm.modules import ModuleRecord
    realm = create_realm(FakeReactHost())
    try:
        program = parse(source, 'module' if module else 'script', filename, jsx=True)
        compiler = Compiler(source, filename, jsx=options)
        if module:
            evaluate_entry(realm, ModuleRecord(realm, filename, compiler.compile_module(
                program)))
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
        for module in (False, True):
            if only_module(source) and not module:
                continue
            yield name, module


def outcome(name, module):
    path = os.path.join(HERE, name)
    with open(path) as f:
        source = f.read()
    options = TSOptions(jsx=mode_of(source))
    return run_jsx(source, path, options, module)


@pytest.mark.parametrize('name,module', list(cases()))
def test_program(name, module):
    with open(os.path.join(HERE, name)) as f:
        printed, expected_uncaught = expectations(f.read())
    lines, uncaught = outcome(name, module)
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
    for name, module in cases():
        with open(os.path.join(HERE, name)) as f:
            printed, expected_uncaught = expectations(f.read())
        assert results['%s %s' % (name, module)] == [printed, expected_uncaught], name


# -- options and pragmas ----------------------------------------------------------------

def test_default_options_are_classic_react():
    src = 'const React = {createElement: (t, p, ...c) => [t, p, c], Fragment: "F"};' \
          'console.log(JSON.stringify([<a b="1">x</a>, <>y</>]));'
    assert run_jsx(src, 't.jsx', None, False) == (['[["a",{"b":"1"},["x"]],["F",null,["y"]]]'],
                                                 None)


def test_options_as_dict_and_factories():
    src = 'const h = (t, p, ...c) => [t, p, c], F = "frag";' \
          'console.log(JSON.stringify([<a/>, <>y</>]));'
    options = {'factory': 'h', 'fragment_factory': 'F'}
    assert run_jsx(src, 't.jsx', options, False) == (['[["a",null,[]],["frag",null,["y"]]]'],
                                                    None)


def test_a_pragma_overrides_the_options():
    src = '// @jsxRuntime classic\n/* @jsx h */\nconst h = (t) => "h:" + t;' \
          'console.log(<a/>);'
    assert run_jsx(src, 't.jsx', {'runtime': 'automatic'}, False) == (['h:a'], None)
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


def test_the_require_of_a_script_goes_after_its_directives():
    src = '"use strict";\nconsole.log(typeof function () { return this; }(), <a/>.fn);'
    assert run_jsx(src, 't.jsx', {'runtime': 'automatic'}, False) == (
        ['undefined jsx'], None)


def test_the_hidden_runtime_names_are_not_reachable():
    src = 'console.log(typeof jsx, typeof _jsx, Object.keys(globalThis).filter(' \
          '(k) => k.includes("jsx")).length, <a/>.fn)'
    assert run_jsx(src, 't.jsx', {'runtime': 'automatic'}, False) == (
        ['undefined undefined 0 jsx'], None)
    assert run_jsx(src, 't.jsx', {'runtime': 'automatic'}, True) == (
        ['undefined undefined 0 jsx'], None)


def test_a_module_without_jsx_imports_no_runtime():
    # the fake host would fail an import of anything else; no runtime import is made
    assert run_jsx('console.log(1 < 2)', 't.jsx', {'runtime': 'automatic'}, True) == (
        ['true'], None)


def test_stack_traces_point_into_the_jsx_source():
    # the factory's caller is at the `<` of the element it makes
    src = 'const React = {createElement(t) { if (t === "b") throw new Error("boom"); }};\n' \
          'function f() {\n  return <div>\n    <b/>\n  </div>;\n}\n' \
          'try { f(); } catch (e) { console.log(e.message, e.stack.split("\\n")[2]); }\n' \
          'try { <b/>; } catch (e) { console.log(e.stack.split("\\n")[2]); }'
    lines, uncaught = run_jsx(src, 't.jsx', None, False)
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
    for name, module in cases():
        lines, uncaught = outcome(name, module)
        results['%s %s' % (name, module)] = [lines, uncaught]
    print(json.dumps(results))


if __name__ == '__main__':
    main()

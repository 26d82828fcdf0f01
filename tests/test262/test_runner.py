"""The runner on a small test262-shaped tree of our own."""
import os

import pytest

from reflow.test262 import runner

ASSERT = '''
function Test262Error(message) { this.message = message || ''; }
Test262Error.prototype.toString = function () { return 'Test262Error: ' + this.message; };
var assert = function (v, m) { if (v !== true) throw new Test262Error(m); };
assert.sameValue = function (a, b, m) { if (a !== b) throw new Test262Error(m); };
'''
STA = 'function $DONOTEVALUATE() { throw "not reached"; }\n'
DONE = '''
function $DONE(error) {
  if (error) print('Test262:AsyncTestFailure:' + error); else print('Test262:AsyncTestComplete');
}
'''

TESTS = {
    'pass.js': '/*---\ndescription: ok\n---*/\nassert.sameValue(1 + 1, 2);',
    'fail.js': '/*---\ndescription: fails\n---*/\nassert.sameValue(1, 2, "one is not two");',
    'neg-parse.js': '/*---\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n'
                    '$DONOTEVALUATE();\nvar = 1;',
    'neg-runtime.js': '/*---\nnegative:\n  phase: runtime\n  type: TypeError\n---*/\n'
                      'null.x;',
    'neg-wrong.js': '/*---\nnegative:\n  phase: runtime\n  type: TypeError\n---*/\n'
                    'undefinedName;',
    'strict-only.js': '/*---\nflags: [onlyStrict]\n---*/\n'
                      'assert.sameValue((function () { return this; })(), undefined);',
    'sloppy-fails-in-strict.js': '/*---\ndescription: both variants\n---*/\n'
                                 'assert.sameValue((function () { return this; })(), '
                                 'undefined);',
    'async-pass.js': '/*---\nflags: [async]\n---*/\nPromise.resolve().then($DONE);',
    'async-fail.js': '/*---\nflags: [async]\n---*/\n'
                     'Promise.reject(new Error("no")).then($DONE, $DONE);',
    'loop.js': '/*---\ndescription: never ends\n---*/\nwhile (true) {}',
    'skipped.js': '/*---\nfeatures: [decorators]\n---*/\n@dec class C {}',
    'mod.js': '/*---\nflags: [module]\n---*/\nexport const x = 1;\n'
              'assert.sameValue(typeof this, "undefined");',
    # $262.agent: a thread with its own realm, sharing the buffer's memory
    'agent.js': '/*---\nfeatures: [SharedArrayBuffer, Atomics]\n---*/\n'
                '$262.agent.start("$262.agent.receiveBroadcast(function (sab) {'
                ' var ia = new Int32Array(sab); Atomics.add(ia, 0, 41);'
                ' $262.agent.report(Atomics.notify(ia, 1)); $262.agent.leaving(); });");\n'
                'var ia = new Int32Array(new SharedArrayBuffer(8));\n'
                '$262.agent.broadcast(ia.buffer);\n'
                'var r; while ((r = $262.agent.getReport()) === null) $262.agent.sleep(5);\n'
                'assert.sameValue(r, "0"); assert.sameValue(Atomics.add(ia, 0, 1), 41);',
    'cannot-block.js': '/*---\nflags: [CanBlockIsFalse]\n---*/\n'
                       'var ia = new Int32Array(new SharedArrayBuffer(4));\n'
                       'var name; try { Atomics.wait(ia, 0, 0, 0); } catch (e) '
                       '{ name = e.name; }\nassert.sameValue(name, "TypeError");',
}


@pytest.fixture(scope='module')
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp('test262')
    (root / 'harness').mkdir()
    (root / 'harness' / 'assert.js').write_text(ASSERT)
    (root / 'harness' / 'sta.js').write_text(STA)
    (root / 'harness' / 'doneprintHandle.js').write_text(DONE)
    d = root / 'test' / 'language'
    d.mkdir(parents=True)
    for name, text in TESTS.items():
        (d / name).write_text(text)
    (d / 'x_FIXTURE.js').write_text('not a test')
    return str(root)


@pytest.fixture(scope='module')
def results(tree):
    tests = runner.collect(tree, ['language'])
    return runner.run_all(tree, tests, 2, timeout=3.0)


def status(results, name):
    return results['language/' + name][0]


def test_collect_skips_fixtures(tree):
    tests = runner.collect(tree, ['language'])
    assert 'language/x_FIXTURE.js' not in tests and len(tests) == len(TESTS)


def test_outcomes(results):
    expected = {'pass.js': 'pass', 'fail.js': 'fail', 'neg-parse.js': 'pass',
                'neg-runtime.js': 'pass', 'neg-wrong.js': 'fail', 'strict-only.js': 'pass',
                'sloppy-fails-in-strict.js': 'fail', 'async-pass.js': 'pass',
                'async-fail.js': 'fail', 'loop.js': 'fail', 'skipped.js': 'skip',
                'mod.js': 'pass', 'agent.js': 'pass', 'cannot-block.js': 'pass'}
    assert {n: status(results, n) for n in expected} == expected


def test_messages(results):
    assert 'one is not two' in results['language/fail.js'][1]
    assert 'timeout' in results['language/loop.js'][1]
    assert 'ReferenceError' in results['language/neg-wrong.js'][1]
    assert 'Test262:AsyncTestFailure' in results['language/async-fail.js'][1]


def test_expectations_diff(tmp_path, results):
    path = str(tmp_path / 'expectations.txt')
    runner.write_expectations(path, results, {'other/kept.js': 'old'}, set(results))
    entries = runner.read_expectations(path)
    assert 'other/kept.js' in entries
    failing = {r for r, (s, _) in results.items() if s == 'fail'}
    assert failing <= set(entries)
    assert 'language/pass.js' not in entries


def test_summary(results):
    lines = runner.summarize(results, 1, 1)
    assert lines[-1].startswith('TOTAL')
    assert '/' in lines[-1]


def test_a_message_with_a_lone_surrogate_prints():
    from reflow.test262.runner import printable
    text = printable('Expected "\ud800" but got "a"')
    assert text == 'Expected "\\ud800" but got "a"'
    text.encode('utf-8')   # what print() to a UTF-8 stdout does

"""The Rust runtime's actor convention: call_actor(entry, inputs, context)."""
import os
import queue
import subprocess
import sys

from tests.host.conftest import run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))


def test_a_returned_object_is_one_message_per_key(rt):
    run(rt.execute('a.js', 'function actor(inputs) { return {a: inputs.x.data + 1, b: "y"} }'))
    messages = run(rt.call_actor('actor', {'x': {'type': 'number', 'data': 1}}))
    assert messages == [{'a': 2}, {'b': 'y'}]


def test_null_is_flow_and_another_value_is_out(rt):
    run(rt.execute('a.js', 'function flow() { return null }\n'
                           'function value() { return [1, 2] }\n'
                           'async function later() { return "done" }'))
    assert run(rt.call_actor('flow', {})) == [{'out': 'Flow'}]
    assert run(rt.call_actor('value', {})) == [{'out': [1, 2]}]
    assert run(rt.call_actor('later', {})) == [{'out': 'done'}]


def test_a_throw_is_an_error_message(rt):
    run(rt.execute('a.js', 'function bad() { throw new TypeError("wrong input") }\n'
                           'async function badLater() { throw new Error("later") }'))
    assert run(rt.call_actor('bad', {})) == [{'error': 'TypeError: wrong input'}]
    assert run(rt.call_actor('badLater', {})) == [{'error': 'Error: later'}]


def test_send_output_and_context_values_reach_the_sink(rt):
    run(rt.execute('a.js', 'function emit(inputs, context) {\n'
                           '  context.send_output("first", context.prefix + inputs.p.data);\n'
                           '  context.send_output("second", 2);\n'
                           '  return undefined }'))
    sink = queue.Queue()
    messages = run(rt.call_actor('emit', {'p': {'type': 'string', 'data': 'x'}},
                                 {'prefix': '>'}, sink=sink))
    assert messages == [{'first': '>x'}, {'second': 2}]
    assert [sink.get_nowait() for _ in range(2)] == messages


def test_the_example_flow_runs():
    proc = subprocess.run([sys.executable, os.path.join(ROOT, 'examples', 'actor_flow.py')],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "report: {'out': 'the=3 cat=2 sat=1 on=1 mat=1 and=1'}"

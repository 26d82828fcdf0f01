"""Value creation as the Rust API makes values, and the send-output callback."""
import asyncio
import queue

import pytest

from reflow import JavascriptRuntime
from tests.host.conftest import run


def test_create_values_and_set_properties(rt):
    obj = rt.create_object()
    assert rt.object_set_property(obj, 'n', rt.create_number(42.0)) is obj
    rt.object_set_property(obj, 's', rt.create_string('hello'))
    rt.object_set_property(obj, 'a', rt.create_array([rt.create_number(1), 'two']))
    value = rt.obj_to_value(obj)
    assert rt.convert_value_to_python(value) == {'n': 42, 's': 'hello', 'a': [1, 'two']}


def test_created_values_reach_js(rt):
    obj = rt.object_set_property(rt.create_object(), 'k', rt.create_string('v'))
    rt.register_function('give', lambda: obj)
    assert rt.convert_value_to_python(run(rt.execute('t.js', 'give().k'))) == 'v'


def test_create_number_refuses_what_is_not_a_number(rt):
    with pytest.raises(TypeError):
        rt.create_number('1')
    with pytest.raises(TypeError):
        rt.create_number(True)


def test_a_handle_of_another_runtime_is_refused(rt):
    with JavascriptRuntime() as other:
        foreign = other.create_object()
        with pytest.raises(ValueError, match='another runtime'):
            rt.object_set_property(rt.create_object(), 'x', foreign)


@pytest.mark.parametrize('kind', ['queue', 'asyncio', 'callable'])
def test_send_output_callback_sends_port_and_value(rt, kind):
    received = []
    if kind == 'queue':
        sink = queue.Queue()
    elif kind == 'asyncio':
        sink = asyncio.Queue()
    else:
        sink = received.append
    cb = rt.create_send_output_callback(sink)
    obj = rt.object_set_property_with_callback(rt.create_object(), 'send', cb)
    rt.register_function('ctx', lambda: obj)
    run(rt.execute('t.js', 'ctx().send("out", {n: 1}); ctx().send("err", [2])'))
    if kind != 'callable':
        while not sink.empty():
            received.append(sink.get_nowait())
    assert received == [{'out': {'n': 1}}, {'err': [2]}]


def test_a_sink_of_the_wrong_kind_is_refused(rt):
    with pytest.raises(TypeError, match='sink'):
        rt.create_send_output_callback(42)

"""structuredClone(value, {transfer}): HTML 2.7.5 StructuredSerializeWithTransfer for
ArrayBuffers."""
import pytest


def caught(js, source):
    return js('(function () { try { return String(%s); } catch (e) { '
              'return e.name + ": " + e.message + " " + (e instanceof DOMException); '
              '} })()' % source)


def test_transfer_moves_the_bytes(js):
    js('var b = new ArrayBuffer(8); new Uint8Array(b)[0] = 42;'
       'var c = structuredClone(b, {transfer: [b]});')
    assert js('[b.byteLength, b.detached, c.byteLength, new Uint8Array(c)[0], c === b]'
              '.join()') == '0,true,8,42,false'


def test_views_follow_the_transferred_buffer(js):
    js('var b = new ArrayBuffer(4); var u = new Uint8Array(b); u[1] = 7;'
       'var o = structuredClone({u: u, b: b, again: b}, {transfer: [b]});')
    assert js('[u.length, o.u[1], o.b === o.again, o.u.buffer === o.b, o.b.byteLength]'
              '.join()') == '0,7,true,true,4'


@pytest.mark.parametrize('setup, expected', [
    ('(b = new ArrayBuffer(2), structuredClone(b, {transfer: [b, b]}))',
     'DataCloneError: Transfer list contains duplicate ArrayBuffer true'),
    ('(b = new ArrayBuffer(2), structuredClone(b, {transfer: [b]}), '
     'structuredClone(1, {transfer: [b]}))',
     'DataCloneError: ArrayBuffer at index 0 is already detached true'),
    ('structuredClone(1, {transfer: [new SharedArrayBuffer(2)]})',
     'DataCloneError: A SharedArrayBuffer is not transferable true'),
    ('structuredClone(1, {transfer: [{}]})',
     'DataCloneError: Value at index 0 is not transferable true'),
    ('structuredClone(1, {transfer: 5})', 'TypeError: 5 is not iterable false'),
    ('structuredClone(1, {transfer: []})', '1'),
])
def test_transfer_errors(js, setup, expected):
    js('var b;')
    assert caught(js, '(function () { return %s; })()' % setup) == expected


def test_a_failed_clone_detaches_nothing(js):
    js('var b = new ArrayBuffer(3);')
    assert caught(js, 'structuredClone([b, function () {}], {transfer: [b]})').startswith(
        'DataCloneError')
    assert js('b.byteLength') == 3.0
    assert js('b.detached') is False

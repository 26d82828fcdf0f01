"""console.log and the printers outside any handler (uncaught_text, inspect_safely) on
values built to break them: throwing getters and traps, revoked proxies, cycles, huge
and sparse arrays; and the console's writes to a stream that fails."""
import io

import pytest

from reflow.ext.host import Host
from reflow.builtins.console import inspect, inspect_safely, uncaught_text
from reflow.ext.stdio import write_line
from reflow.interp.vm.errors import JSThrow

from tests.jshelpers import make_js


@pytest.fixture
def show(js):
    """console.log's text of the value of an expression."""
    return lambda source: inspect(js.realm, js(source))


STACK_THROWS = ("(() => { const e = new Error('x'); Object.defineProperty(e, 'stack', "
                "{ get() { throw new Error('boom'); } }); return e; })()")


def test_a_proxy_is_shown_as_its_target_without_running_traps(show):
    traps = "{ ownKeys() { throw 1 }, get() { throw 2 }, getPrototypeOf() { throw 3 }, " \
            "getOwnPropertyDescriptor() { throw 4 } }"
    assert show('new Proxy({ a: 1 }, %s)' % traps) == '{ a: 1 }'
    assert show('new Proxy(new Proxy([1, 2], %s), %s)' % (traps, traps)) == '[ 1, 2 ]'


def test_a_revoked_proxy(show):
    source = "(() => { const r = Proxy.revocable({}, {}); r.revoke(); return %s; })()"
    assert show(source % 'r.proxy') == '<Revoked Proxy>'
    assert show(source % '[r.proxy, { p: r.proxy }]') == \
        '[ <Revoked Proxy>, { p: <Revoked Proxy> } ]'


def test_accessors_are_never_called(show):
    assert show("({ get a() { throw 1 }, set b(v) { throw 2 } })") == \
        '{ a: [Getter], b: [Setter] }'
    assert show("Object.defineProperty([1], 1, { get() { throw 1 }, enumerable: true })") \
        == '[ 1, [Getter] ]'


def test_the_constructor_name_and_the_tag_as_node_shows_them(show):
    assert show('new (class A {})()') == 'A {}'
    assert show('[new (class A {})()]') == '[ A {} ]'
    assert show('(() => { class B extends Array {}; return B.from([1, 2]); })()') == \
        'B(2) [ 1, 2 ]'
    assert show('({ __proto__: { [Symbol.toStringTag]: "T" } })') == 'Object [T] {}'
    assert show('({ [Symbol.toStringTag]: "T" })') == "{ [Symbol(Symbol.toStringTag)]: 'T' }"
    assert show('(function* () {})()') == 'Object [Generator] {}'
    assert show('Object.create(null)') == '[Object: null prototype] {}'
    assert show("(() => { const o = { x: 1 }; Object.defineProperty(o, 'constructor', "
                "{ get() { throw 1 } }); return o; })()") == '{ x: 1 }'


def test_console_log_runs_the_tag_getter_and_prototype_traps_as_node_does(js):
    for source in ("({ get [Symbol.toStringTag]() { throw new Error('tag') } })",
                   "Object.create(new Proxy({}, { getPrototypeOf() { throw new Error('p') } "
                   "}))"):
        with pytest.raises(JSThrow):
            inspect(js.realm, js(source))
        # the printer outside any handler reads only stored properties then
        assert uncaught_text(js.realm, js(source)) in (
            '{ [Symbol(Symbol.toStringTag)]: [Getter] }', '{}')


def test_cycles_are_numbered_as_node_does(show):
    assert show('(() => { const o = { a: 1 }; o.self = o; return o; })()') == \
        '<ref *1> { a: 1, self: [Circular *1] }'
    assert show('(() => { const a = [1]; a.push({ back: a }); return a; })()') == \
        '<ref *1> [ 1, { back: [Circular *1] } ]'


def test_a_huge_sparse_array_is_walked_by_its_keys(show):
    assert show('(() => { const a = []; a[2 ** 32 - 2] = 1; return a; })()') == \
        '[ <4294967294 empty items>, 1 ]'
    assert show('(() => { const a = []; a.length = 2 ** 32 - 1; return a; })()') == \
        '[ <4294967295 empty items> ]'
    assert show('[1, , 3]') == '[ 1, <1 empty item>, 3 ]'


def test_long_collections_show_the_first_hundred(show):
    array = show('new Array(1000).fill(7)')
    assert array.count('7') == 100 and array.endswith('... 900 more items\n]')
    # (laid out as Node lays them out: numbers in columns, long sets one a line)
    assert show('new Uint8Array(150)').endswith('\n  0, 0, 0, 0,\n  ... 50 more items\n]')
    assert show('new Set(Array.from({ length: 101 }, (_, i) => i))').endswith(
        ',\n  99,\n  ... 1 more item\n}')
    assert show('new Map(Array.from({ length: 102 }, (_, i) => [i, i]))').endswith(
        ',\n  99 => 99,\n  ... 2 more items\n}')


def test_a_long_string_in_a_container_is_cut(show):
    assert show("['x'.repeat(10005)]") == "[\n  '%s'... 5 more characters\n]" % ('x' * 10000)


def test_console_log_lets_a_throwing_stack_getter_through_as_node_does(js):
    with pytest.raises(JSThrow) as info:
        inspect(js.realm, js(STACK_THROWS))
    assert info.value.value.get('message') == 'boom'


def test_the_uncaught_printer_falls_back_without_running_code(js):
    text = uncaught_text(js.realm, js(STACK_THROWS))
    assert text.split('\n')[0] == 'Error: x'
    assert text.split('\n')[1].startswith('    at ')   # the frames made with the error
    assert uncaught_text(js.realm, js('({ e: %s })' % STACK_THROWS)) == '{ e: [Error: x] }'
    named = js("(() => { const e = new TypeError('m'); delete e.stack; "
               "Object.defineProperty(e, 'name', { get() { throw 1 } }); return e; })()")
    assert uncaught_text(js.realm, named) == 'Error: m'
    revoked = js("(() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })()")
    assert uncaught_text(js.realm, revoked) == '<Revoked Proxy>'


def test_eval_printing_never_throws(js):
    assert inspect_safely(js.realm, js(STACK_THROWS), top=False) == '[Error: x]'
    assert inspect_safely(js.realm, js("'s'"), top=False) == "'s'"


def test_error_header_never_throws(js):
    realm = js.realm
    err = js("(() => { const e = new Error('x'); e.name = { toString() { throw 1 } }; "
             "e.message = Symbol(); return e; })()")
    assert realm.error_header(err) == 'Error'
    with pytest.raises(JSThrow):
        realm.error_header(err, safe=False)


class FailingStream(io.StringIO):
    def __init__(self, error):
        super().__init__()
        self.error = error

    def flush(self):
        raise self.error


def test_a_failing_console_write_is_dropped():
    write_line(FailingStream(OSError(28, 'No space left on device')), 'text')
    write_line(None, 'text')   # a descriptor closed before the process started


def test_a_broken_pipe_ends_the_program():
    with pytest.raises(BrokenPipeError):
        write_line(FailingStream(BrokenPipeError(32, 'Broken pipe')), 'text')


def test_console_log_of_hostile_values_from_js():
    js = make_js()
    lines = []

    js.realm.host = Host(output=lambda text, stream: lines.append(text))
    js("const r = Proxy.revocable({}, {}); r.revoke(); console.log(r.proxy, "
       "new Proxy({ k: 1 }, { ownKeys() { throw 1 } }));"
       "try { console.log(%s) } catch (e) { console.log('threw', e.message) }" % STACK_THROWS)
    assert lines == ['<Revoked Proxy> { k: 1 }', 'threw boom']

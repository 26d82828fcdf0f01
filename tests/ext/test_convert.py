"""The conversion table, both ways (reflow/ext/convert.py)."""
import array
import dataclasses
import datetime
import decimal
import fractions
import math

import pytest

import reflow
from reflow.ext.bridge import Bridge
from reflow.ext.convert import ConversionError, from_python, to_python
from reflow.ext.errors import JSError
from reflow.ext.handles import JSValue
from reflow.interp.vm.values import UNDEFINED

UTC = datetime.timezone.utc


# -- JS -> Python: primitives ---------------------------------------------------------

def test_undefined_is_the_engines_singleton_with_a_clear_repr(env):
    assert env.py('undefined') is reflow.UNDEFINED is UNDEFINED
    assert repr(reflow.UNDEFINED) == 'reflow.UNDEFINED'
    assert env.py('null') is None


@pytest.mark.parametrize('source, expected', [
    ('true', True), ('false', False), ('42', 42), ('-7', -7), ('2.5', 2.5),
    ('2**53 - 1', 2 ** 53 - 1), ('-(2**53 - 1)', -(2 ** 53 - 1)),
])
def test_numbers_and_booleans(env, source, expected):
    got = env.py(source)
    assert got == expected and type(got) is type(expected)


def test_numbers_past_the_safe_range_and_special_values_stay_floats(env):
    big = env.py('2**53')
    assert type(big) is float and big == 2.0 ** 53
    neg_zero = env.py('-0')
    assert type(neg_zero) is float and math.copysign(1, neg_zero) == -1
    assert math.isnan(env.py('NaN'))
    assert env.py('-Infinity') == -math.inf
    assert type(env.py('1e300')) is float


def test_bigint_becomes_int(env):
    assert env.py('123456789012345678901234567890n') == 123456789012345678901234567890
    assert env.py('-5n') == -5


def test_strings_join_surrogate_pairs_and_keep_lone_ones(env):
    assert env.py(r"'a\ud83d\ude00b'") == 'a\U0001F600b'
    assert env.py(r"'\ud800x\udc00'") == '\ud800x\udc00'
    assert env.py(r"'\ude00\ud83d'") == '\ude00\ud83d'   # reversed: two lone ones


def test_symbol_is_a_handle_that_converts_back(env):
    h = env.py("globalThis.sym = Symbol('tag')")
    assert type(h) is JSValue and repr(h) == '<JSValue symbol Symbol(tag)>'
    env.set_global('back', h)
    assert env.js('back === sym') is True


# -- JS -> Python: objects -------------------------------------------------------------

def test_array_with_holes_and_a_cycle(env):
    got = env.py('(() => { const a = [1, , 3]; a.push(a); a.x = 9; return a })()')
    assert got[:3] == [1, UNDEFINED, 3]
    assert got[3] is got and len(got) == 4


def test_plain_objects_take_own_enumerable_string_keys_and_run_getters(env):
    got = env.py('''(() => {
        const o = {b: 1, a: 'x', get g() { return 'got' }, [Symbol()]: 1, 2: 'two'};
        Object.defineProperty(o, 'hidden', {value: 1, enumerable: false});
        o.self = o;
        return o })()''')
    assert list(got) == ['2', 'b', 'a', 'g', 'self']
    assert got['g'] == 'got' and got['self'] is got
    assert env.py('Object.assign(Object.create(null), {k: [1]})') == {'k': [1]}


def test_shared_references_stay_shared(env):
    got = env.py('(() => { const x = {}; return [x, x, {x}] })()')
    assert got[0] is got[1] is got[2]['x']


def test_class_instances_proxies_and_other_objects_are_handles(env):
    env.js('''class Point { constructor() { this.x = 1 } }
              globalThis.p = new Point();
              globalThis.trapped = 0;
              globalThis.px = new Proxy({a: 1}, {ownKeys() { trapped++; return [] },
                                                  get() { trapped++ }});
              globalThis.wm = new WeakMap();''')
    for name in ('p', 'px', 'wm', '/x/g', 'new Number(1)'):
        h = env.py(name)
        assert type(h) is JSValue and repr(h) == '<JSValue object>'
    assert env.js('trapped') == 0.0
    env.set_global('back', env.py('p'))
    assert env.js('back === p') is True


def test_map_and_set(env):
    assert env.py("new Map([[1, 'a'], ['k', [2]], [null, true]])") == \
        {1: 'a', 'k': [2], None: True}
    assert env.py("new Set([1, 'a', 2n ** 70n])") == {1, 'a', 2 ** 70}
    m = env.py('(() => { const m = new Map(); m.set("me", m); return m })()')
    assert m['me'] is m


def test_unhashable_map_key_names_the_path(env):
    with pytest.raises(ConversionError) as e:
        env.py('({list: [new Map([[[1], 2]])]})')
    assert str(e.value) == '$.list[0]: a Map key is array, which is not hashable in ' \
        'Python (a list)'
    with pytest.raises(ConversionError) as e:
        env.py('new Set([{}])')
    assert 'a Set element is object, which is not hashable' in str(e.value)


def test_keys_that_are_one_python_key_are_an_error(env):
    with pytest.raises(ConversionError) as e:
        env.py('new Map([[1, "number"], [true, "boolean"]])')
    assert str(e.value) == '$: a Map key boolean true is the same Python key as ' \
        'another one'
    with pytest.raises(ConversionError):
        env.py('new Set([1, 1n])')


def test_dates(env):
    assert env.py('new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678))') == \
        datetime.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)
    assert env.py('new Date(-1)') == datetime.datetime(1969, 12, 31, 23, 59, 59, 999000,
                                                        tzinfo=UTC)
    invalid = env.py('globalThis.bad = new Date(NaN)')
    assert type(invalid) is JSValue
    far = env.py('new Date(8.64e15)')   # the year 275760: no datetime for it
    assert type(far) is JSValue
    env.set_global('back', invalid)
    assert env.js('back === bad') is True


def test_binary_data(env):
    assert env.py('new Uint8Array([1, 2, 255]).buffer') == b'\x01\x02\xff'
    assert env.py('new Uint8Array([1, 2, 3, 4]).subarray(1, 3)') == b'\x02\x03'
    assert env.py('new DataView(new Uint8Array([5, 6, 7]).buffer, 1)') == b'\x06\x07'
    i16 = env.py('new Int16Array([1, -2, 300])')
    assert i16.typecode == 'h' and list(i16) == [1, -2, 300]
    assert env.py('new Float32Array([1.5])').typecode == 'f'
    big = env.py('new BigInt64Array([-(2n ** 63n)])')
    assert big.typecode == 'q' and list(big) == [-2 ** 63]
    u32 = env.py('new Uint32Array([4294967295])')
    assert u32.itemsize == 4 and list(u32) == [4294967295]
    assert env.py('new Uint8ClampedArray([300])').tolist() == [255]


def test_binary_data_is_a_copy_and_detached_buffers_are_handles(env):
    got = env.py('globalThis.u = new Uint8Array([1])')
    env.js('u[0] = 9')
    assert got == b'\x01'
    detached = env.py('(() => { const b = new ArrayBuffer(2); structuredClone(b, '
                      '{transfer: [b]}); return b })()')
    assert type(detached) is JSValue


def test_functions_become_callables(env):
    f = env.py('globalThis.add = function add(a, b) { "use strict"; '
               'return [a + b, this === undefined] }')
    assert f(2, 3) == [5, True]
    assert repr(f) == '<JS function add>'
    env.set_global('back', f)
    assert env.js('back === add')


def test_js_throw_from_a_called_function_is_a_jserror(env):
    f = env.py('(function () { "use strict"; throw new RangeError("too far") })')
    with pytest.raises(JSError) as e:
        f()
    assert (e.value.name, e.value.message) == ('RangeError', 'too far')
    assert e.value.stack.startswith('RangeError: too far\n    at ')
    assert e.value.__cause__ is None and e.value.__suppress_context__
    g = env.py('() => { throw 42 }')
    with pytest.raises(JSError) as e:
        g()
    assert (e.value.name, e.value.message, e.value.stack) == ('Uncaught', '42', None)


def test_error_objects_become_jserror_with_their_value(env):
    err = env.py('globalThis.e = new TypeError("bad thing")')
    assert type(err) is JSError and err.name == 'TypeError' and err.message == 'bad thing'
    env.set_global('back', err)
    assert env.js('back === e')


def test_a_throwing_getter_is_a_jserror_with_the_thrown_value(env):
    env.js('globalThis.boom = new Error("from getter")')
    with pytest.raises(JSError) as e:
        env.py('({a: 1, get b() { throw boom }})')
    assert e.value.message == 'from getter'
    env.set_global('back', e.value)
    assert env.js('back === boom')


def test_deep_nesting_is_refused_with_a_path(env):
    with pytest.raises(ConversionError) as e:
        env.py('(() => { let a = []; for (let i = 0; i < 300; i++) a = [a]; return a })()')
    assert 'nested deeper than 200 levels' in str(e.value)
    assert str(e.value).startswith('$[0][0]')


# -- Python -> JS -----------------------------------------------------------------------

def check(env, obj, test):
    """Convert obj to the global `v` and evaluate the JS expression ``test``."""
    env.set_global('v', obj)
    return env.js(test)


def test_primitives_from_python(env):
    assert check(env, UNDEFINED, 'v === undefined')
    assert check(env, None, 'v === null')
    assert check(env, True, 'v === true')
    assert check(env, 42, 'v === 42')
    assert check(env, 2 ** 53, 'v === 2 ** 53 && typeof v')  == 'number'
    assert check(env, 2 ** 53 + 1, 'typeof v === "bigint" && v === 2n ** 53n + 1n')
    assert check(env, -2 ** 64, 'v === -(2n ** 64n)')
    assert check(env, -0.0, 'Object.is(v, -0)')
    assert check(env, math.nan, 'Number.isNaN(v)')
    assert check(env, 'a\U0001F600', "v.length === 3 && v.codePointAt(1) === 0x1F600")
    assert check(env, '\ud800', "v.length === 1 && v.charCodeAt(0) === 0xD800")


def test_containers_from_python(env):
    assert check(env, [1, (2, 'x')], 'Array.isArray(v) && Array.isArray(v[1]) && '
                 'v[1][1] === "x" && v.length === 2')
    assert check(env, {'a': 1, 5: 'five', '__proto__': 2},
                 'Object.getPrototypeOf(v) === Object.prototype && v[5] === "five" && '
                 'Object.keys(v).join() === "5,a,__proto__"')
    assert check(env, {1, 'a'}, 'v instanceof Set && v.has(1) && v.has("a")')
    assert check(env, frozenset([2]), 'v instanceof Set && v.size === 1')


def test_cycles_from_python(env):
    a = [1]
    a.append(a)
    d = {'list': a}
    d['me'] = d
    assert check(env, d, 'v.me === v && v.list[1] === v.list')


def test_bytes_from_python_are_a_copy(env):
    data = bytearray(b'\x01\x02')
    assert check(env, data, 'v instanceof Uint8Array && v.length === 2 && v[1] === 2')
    env.js('v[0] = 7')
    assert data == b'\x01\x02'
    assert check(env, memoryview(b'abc')[1:], 'v instanceof Uint8Array && v[0] === 98')
    assert check(env, array.array('h', [-1, 2]), 'v instanceof Int16Array && v[0] === -1')
    assert check(env, array.array('d', [0.5]), 'v instanceof Float64Array')
    assert check(env, array.array('Q', [2 ** 64 - 1]),
                 'v instanceof BigUint64Array && v[0] === 2n ** 64n - 1n')


def test_dates_from_python(env):
    aware = datetime.datetime(2024, 1, 2, 3, 4, 5, 678999,
                              tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert check(env, aware, 'v.toISOString()') == '2024-01-02T01:04:05.678Z'
    naive = datetime.datetime(2024, 1, 2, 3, 4, 5)   # taken as UTC
    assert check(env, naive, 'v.toISOString()') == '2024-01-02T03:04:05.000Z'
    assert check(env, datetime.date(2024, 1, 2), 'v.toISOString()') == \
        '2024-01-02T00:00:00.000Z'


def test_dataclass_instances_become_plain_objects(env):
    @dataclasses.dataclass
    class Item:
        name: str
        tags: list

    assert check(env, Item('a', ['x']), 'Object.getPrototypeOf(v) === Object.prototype '
                 '&& v.name === "a" && v.tags[0] === "x"')


def test_decimal_and_fraction_are_refused(env):
    for value in (decimal.Decimal('1.1'), fractions.Fraction(1, 3)):
        with pytest.raises(TypeError) as e:
            env.to_js({'price': [value]})
        assert str(e.value) == '$.price[0]: a %s has no exact JS form; convert it ' \
            'first (float(x) or str(x))' % type(value).__name__


def test_unsupported_types_name_the_type_and_path(env):
    with pytest.raises(TypeError) as e:
        env.to_js({'a': [1, 2, object()]})
    assert str(e.value) == '$.a[2]: a Python object has no JS form'
    with pytest.raises(TypeError) as e:
        env.to_js({'weird key': {(1, 2): 3}})
    assert str(e.value) == '$["weird key"]: a dict key must be a str or an int, not tuple'
    with pytest.raises(TypeError):
        env.to_js({True: 1})


def test_handles_belong_to_one_runtime(env):
    h = env.py('globalThis.o = new (class {})()')
    assert check(env, [h], 'v[0] === o')
    other = Bridge()
    with pytest.raises(ValueError) as e:
        from_python(env.realm, h, other)
    assert 'another runtime' in str(e.value)
    f = env.py('() => 1')
    with pytest.raises(ValueError):
        from_python(env.realm, f, other)


def test_jserror_without_a_handle_becomes_a_new_error(env):
    assert check(env, JSError('TypeError', 'nope'),
                 'v instanceof TypeError && v.message === "nope"')
    assert check(env, JSError('CustomError', 'odd'),
                 'v instanceof Error && v.name === "CustomError" && '
                 'v.stack.startsWith("CustomError: odd")')


def test_round_trip_keeps_wrapped_js_values(env):
    original = env.js('globalThis.orig = [function f() {}, Promise.resolve(1), '
                      'new (class {})(), Symbol()]')
    back = from_python(env.realm, to_python(env.realm, original, env.bridge), env.bridge)
    env.realm.global_object.define('back', back)
    assert env.js('back.every((x, i) => x === orig[i])')


def test_handle_reprs_say_the_js_type(env):
    assert repr(env.py('42', into=JSValue)) == '<JSValue number 42>'
    assert repr(env.py('"s"', into=JSValue)) == "<JSValue string 's'>"
    assert repr(env.py('() => 1', into=JSValue)) == '<JSValue function>'
    assert repr(env.py('10n', into=JSValue)) == '<JSValue bigint 10n>'
    assert repr(env.py('null', into=JSValue)) == '<JSValue null>'
    assert repr(env.py('undefined', into=JSValue)) == '<JSValue undefined>'
    assert repr(env.py('true', into=JSValue)) == '<JSValue boolean true>'


def test_a_proxy_trap_that_throws_in_a_typed_conversion_is_a_jserror(env):
    @dataclasses.dataclass
    class Named:
        name: str
    with pytest.raises(JSError) as e:
        env.py('new Proxy({}, {get() { throw new TypeError("trap") }})', into=Named)
    assert e.value.message == 'trap'


def test_asyncio_futures_and_coroutines_become_promises(env):
    import asyncio

    async def main():
        future = asyncio.get_running_loop().create_future()

        async def coro():
            return 'from coroutine'
        env.set_global('pf', future)
        env.set_global('pc', coro())
        env.js('globalThis.out = []; pf.then(v => out.push(v)); pc.then(v => out.push(v))')
        future.set_result([1])
        await env.realm.event_loop.run_async()
    asyncio.run(main())
    assert env.py('out') in ([[1], 'from coroutine'], ['from coroutine', [1]])


def test_map_value_paths_show_the_key(env):
    with pytest.raises(ConversionError) as e:
        env.py('new Map([["k", [1, new Set([[]])]], [2, 0]])')
    assert str(e.value).startswith('$.get("k")[1]: a Set element is array')


def test_fresh_objects_from_getters_are_not_confused(env):
    # each getter's result is dropped by JS once read: the memo must keep it alive, or
    # a later object could reuse its id and come out as an earlier one's dict
    got = env.py('(() => { const o = {}; for (let i = 0; i < 200; i++) '
                 'Object.defineProperty(o, "k" + i, {get: () => ({n: i}), '
                 'enumerable: true}); return o })()')
    assert [got['k%d' % i]['n'] for i in range(200)] == list(range(200))

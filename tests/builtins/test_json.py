"""25.5 JSON.parse and JSON.stringify."""
import pytest

from tests.jshelpers import error_name


@pytest.mark.parametrize('text', [
    'NaN', 'Infinity', '-Infinity', '[1,]', '{"a":1,}', '01', '1.', '.5', '+1', "'a'",
    '"\\x41"', '"\t"', '"\\u12"', '\u00a01', '1 \ufeff', '{a:1}', '', '[1] [2]', 'tru',
])
def test_parse_rejects_what_json_rejects(js, text):
    js.realm.global_object.define('TEXT', text)
    assert error_name(js, 'JSON.parse(TEXT)') == 'SyntaxError'


def test_parse_numbers_are_doubles(js):
    assert js('JSON.parse("123456789012345678901234567890")') == 1.2345678901234568e+29
    assert js('1 / JSON.parse("-0")') == float('-inf')
    assert js('JSON.parse("1e400")') == float('inf')


def test_parse_escaped_surrogate_pair_stays_two_code_units(js):
    assert js(r'var s = JSON.parse("\"\\ud83d\\ude00\""); s.length + ":" + s.charCodeAt(1)') \
        == '2:56832'
    assert js(r'Object.keys(JSON.parse("{\"\\ud83d\\ude00\":1}"))[0].length') == 2.0


def test_parse_proto_key_is_an_own_data_property(js):
    assert js('var o = JSON.parse(\'{"__proto__": [1]}\');'
              'Object.getPrototypeOf(o) === Object.prototype && Array.isArray(o.__proto__)') \
        is True


def test_parse_duplicate_keys_last_wins_in_first_place(js):
    assert js('JSON.stringify(JSON.parse(\'{"a":1,"b":2,"a":3}\'))') == '{"a":3,"b":2}'


def test_parse_integer_keys_come_first(js):
    assert js('Object.keys(JSON.parse(\'{"b":1,"1":2,"a":3,"0":4}\')).join()') == '0,1,b,a'


def test_reviver_walk_order_and_deletion(js):
    src = '''var seen = []; var v = JSON.parse('{"a":[1,{"b":2}],"c":3}', function (k, v) {
        seen.push(k); return k === "c" ? undefined : v; });
    seen.join() + "|" + JSON.stringify(v)'''
    assert js(src) == '0,b,1,a,c,|{"a":[1,{"b":2}]}'


def test_reviver_sees_keys_fixed_before_the_walk(js):
    src = '''var seen = []; JSON.parse('{"a":1,"b":2}', function (k, v) {
        seen.push(k); if (k === "a") { delete this.b; this.z = 1; } return v; });
    seen.join()'''
    assert js(src) == 'a,b,'


def test_stringify_replacer_function_and_holder(js):
    src = '''var calls = []; JSON.stringify({a: [1]}, function (k, v) {
        calls.push(k + ":" + Array.isArray(this)); return v; }); calls.join()'''
    assert js(src) == ':false,a:false,0:true'


def test_stringify_replacer_array_dedupes_and_converts(js):
    assert js('JSON.stringify({1: 1, a: 2, b: 3}, ["b", 1, new String("a"), "b", {}])') == \
        '{"b":3,"1":1,"a":2}'


def test_stringify_gap_is_clamped_to_ten(js):
    assert js('JSON.stringify([1], null, 20)') == '[\n          1\n]'
    assert js('JSON.stringify([1], null, "abcdefghijkl")') == '[\nabcdefghij1\n]'
    assert js('JSON.stringify({a: {}}, null, new Number(1))') == '{\n "a": {}\n}'


def test_stringify_unwraps_boxed_primitives(js):
    assert js('JSON.stringify([new Number(1), new String("s"), new Boolean(false), '
              'Object(Symbol())])') == '[1,"s",false,{}]'


def test_stringify_bigint_throws_unless_tojson(js):
    assert error_name(js, 'JSON.stringify(1n)') == 'TypeError'
    assert js('BigInt.prototype.toJSON = function () { return "B" + this; };'
              'JSON.stringify([2n])') == '["B2"]'


def test_stringify_cycles_throw_but_shared_objects_do_not(js):
    assert error_name(js, 'var a = [1]; a.push({x: a}); JSON.stringify(a)') == 'TypeError'
    assert js('var s = {}; JSON.stringify([s, s])') == '[{},{}]'


def test_stringify_escapes_lone_surrogates_only(js):
    assert js(r'JSON.stringify("\ud83d\ude00\ud800x\udc00")') == \
        '"\ud83d\ude00\\ud800x\\udc00"'
    assert js(r'JSON.stringify("\u0000\u001f\b\t\n\f\r\"\\\u2028")') == \
        '"\\u0000\\u001f\\b\\t\\n\\f\\r\\"\\\\\u2028"'


def test_stringify_numbers(js):
    assert js('JSON.stringify([NaN, -Infinity, -0, 1e21, 1.5e-7, 2**53])') == \
        '[null,null,0,1e+21,1.5e-7,9007199254740992]'


def test_stringify_omits_undefined_functions_symbols(js):
    assert js('JSON.stringify({a: undefined, b() {}, c: Symbol(), d: 1})') == '{"d":1}'
    assert js('JSON.stringify([undefined, function () {}, Symbol()])') == '[null,null,null]'
    assert js('JSON.stringify(undefined) === undefined') is True


def test_stringify_reads_deleted_property_through_the_prototype(js):
    src = '''Object.prototype.b = "proto";
    var r = JSON.stringify({a: 1, b: 2}, function (k, v) { if (k === "a") delete this.b; return v; });
    delete Object.prototype.b; r'''
    assert js(src) == '{"a":1,"b":"proto"}'


def test_stringify_proxies(js):
    assert js('JSON.stringify(new Proxy([1, 2], {}))') == '[1,2]'
    assert js('JSON.stringify(new Proxy({a: 1}, { ownKeys() { return ["b", "a"]; },'
              ' getOwnPropertyDescriptor(t, k) { return {value: k, enumerable: true,'
              ' configurable: true}; }, get(t, k) { return k + "!"; } }))') == \
        '{"b":"b!","a":"a!"}'
    assert error_name(js, 'var r = Proxy.revocable([], {}); r.revoke(); JSON.stringify(r.proxy)') \
        == 'TypeError'


def test_large_round_trip(js):
    js('var items = []; for (var i = 0; i < 20000; i++) items.push({id: i, name: "n" + i,'
       ' tags: ["a", "b"], v: i / 3, ok: true, n: null});')
    assert js('var t = JSON.stringify(items); JSON.stringify(JSON.parse(t)) === t') is True


def test_parse_deep_nesting_as_v8(js):
    # deeper than the recursive scanner goes: the explicit-stack parse builds the same values
    assert js("var d = JSON.parse('['.repeat(100000) + ']'.repeat(100000)), n = 0;"
              "while (d.length) { d = d[0]; n++ } n") == 99999.0
    assert js("""var o = JSON.parse('{"a":'.repeat(3000) + '[1,"\\\\ud83d\\\\ude00",null,true,'
              + 'false,-0,{"b":2,"b":3}]' + '}'.repeat(3000)), m = 0;
              while (!Array.isArray(o)) { o = o.a; m++ }
              [m, o[0], o[1].length, o[2], o[3], o[4], 1 / o[5], JSON.stringify(o[6])].join()""") \
        == '3000,1,2,,true,false,-Infinity,{"b":3}'


@pytest.mark.parametrize('tail, message', [
    (']' * 4999, 'Expecting \',\' delimiter in JSON at position 9999'),
    ('1,]' + ']' * 4999, 'Expecting value in JSON at position 5002'),
    (']' * 5001, 'Extra data in JSON at position 10000'),
    ('{1:2}' + ']' * 5000, 'Expecting property name enclosed in double quotes in JSON at '
                           'position 5001'),
    ('{"a" 2}' + ']' * 5000, 'Expecting \':\' delimiter in JSON at position 5005'),
])
def test_parse_deep_nesting_syntax_errors(js, tail, message):
    js.realm.global_object.define('TEXT', '[' * 5000 + tail)
    assert js('try { JSON.parse(TEXT) } catch (e) { e.name + ": " + e.message }') \
        == 'SyntaxError: ' + message

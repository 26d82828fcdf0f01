"""10.5 Proxy exotic objects: traps, invariant checks, revocation, calls."""
from tests.jshelpers import error_name


def test_every_trap_is_called(js):
    src = '''var log = []; var target = function () {};
    var handler = {}; ["getPrototypeOf", "setPrototypeOf", "isExtensible", "preventExtensions",
     "getOwnPropertyDescriptor", "defineProperty", "has", "get", "set", "deleteProperty",
     "ownKeys", "apply", "construct"].forEach(function (name) {
       handler[name] = function () { log.push(name); return Reflect[name].apply(null, arguments); };
    });
    var p = new Proxy(target, handler);   // own keys: length, name, prototype, x
    Object.getPrototypeOf(p); Object.setPrototypeOf(p, Function.prototype); Object.isExtensible(p);
    Object.getOwnPropertyDescriptor(p, "x"); Object.defineProperty(p, "x", {value: 1, configurable: true});
    "x" in p; p.x; p.y = 2; delete p.y; Object.keys(p); p(); new p(); Object.preventExtensions(p);
    log.join()'''
    assert js(src) == ('getPrototypeOf,setPrototypeOf,isExtensible,getOwnPropertyDescriptor,'
                       'defineProperty,has,get,set,getOwnPropertyDescriptor,defineProperty,'
                       'deleteProperty,ownKeys,' + 'getOwnPropertyDescriptor,' * 4 +
                       'apply,construct,get,preventExtensions')


def test_get_invariant_for_non_writable_non_configurable(js):
    src = '''var t = {}; Object.defineProperty(t, "x", {value: 1});
    new Proxy(t, { get() { return 2; } }).x'''
    assert error_name(js, src) == 'TypeError'


def test_own_keys_invariants(js):
    assert error_name(js, 'var t = {}; Object.defineProperty(t, "a", {value: 1});'
                          'Object.keys(new Proxy(t, { ownKeys() { return []; } }))') == 'TypeError'
    assert error_name(js, 'Reflect.ownKeys(new Proxy({}, { ownKeys() { return ["a", "a"]; } }))') \
        == 'TypeError'
    assert error_name(js, 'Reflect.ownKeys(new Proxy(Object.preventExtensions({}),'
                          ' { ownKeys() { return ["extra"]; } }))') == 'TypeError'
    assert error_name(js, 'Reflect.ownKeys(new Proxy({}, { ownKeys() { return [1]; } }))') \
        == 'TypeError'


def test_has_invariant_on_non_extensible_target(js):
    assert error_name(js, 'var t = Object.preventExtensions({a: 1});'
                          '"a" in new Proxy(t, { has() { return false; } })') == 'TypeError'


def test_define_property_invariant_non_configurable_missing(js):
    assert error_name(js, 'Object.defineProperty(new Proxy({}, { defineProperty() { return true; } }),'
                          ' "x", {value: 1, configurable: false})') == 'TypeError'


def test_revoked_proxy_throws_on_every_operation(js):
    js('var r = Proxy.revocable({}, {}); r.revoke(); r.revoke();')
    for op in ('r.proxy.x', 'r.proxy.x = 1', '"x" in r.proxy', 'delete r.proxy.x',
               'Object.keys(r.proxy)', 'Object.getPrototypeOf(r.proxy)',
               'Array.isArray(r.proxy)'):
        assert error_name(js, op) == 'TypeError', op


def test_callable_proxy_is_a_function(js):
    assert js('var p = new Proxy(function (a) { return a * 2; }, {}); '
              'typeof p + p(2) + p.call(null, 3) + p.apply(null, [4]) + Reflect.apply(p, null, [5])') \
        == 'function46810'
    assert js('typeof new Proxy({}, {})') == 'object'


def test_constructing_through_a_proxy(js):
    assert js('class A { constructor(x) { this.x = x; } }; var P = new Proxy(A, {});'
              'var a = new P(7); (a instanceof A) + ":" + a.x') == 'true:7'
    assert error_name(js, 'new (new Proxy(() => 1, {}))()') == 'TypeError'
    assert error_name(js, 'new (new Proxy(function () {}, { construct() { return 1; } }))()') \
        == 'TypeError'


def test_revoked_callable_proxy_keeps_typeof(js):
    assert js('var r = Proxy.revocable(function () {}, {}); r.revoke(); typeof r.proxy') == \
        'function'


def test_array_is_array_sees_through_proxies(js):
    assert js('Array.isArray(new Proxy(new Proxy([], {}), {}))') is True


def test_proxy_new_target_prototype_from_target_realm(js):
    assert js('function F() {} F.prototype = 1; var o = Reflect.construct(Map, [], new Proxy(F, {}));'
              'Object.getPrototypeOf(o) === Map.prototype') is True


def test_proxy_constructor_checks(js):
    assert error_name(js, 'Proxy({}, {})') == 'TypeError'
    assert error_name(js, 'new Proxy(1, {})') == 'TypeError'
    assert js('Proxy.prototype === undefined') is True

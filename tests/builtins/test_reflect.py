"""28.1 The Reflect object."""
from tests.jshelpers import error_name


def test_reflect_has_the_thirteen_functions(js):
    assert js('Object.getOwnPropertyNames(Reflect).sort().join()') == (
        'apply,construct,defineProperty,deleteProperty,get,getOwnPropertyDescriptor,'
        'getPrototypeOf,has,isExtensible,ownKeys,preventExtensions,set,setPrototypeOf')


def test_reflect_get_and_set_pass_the_receiver(js):
    assert js('var o = { get x() { return this.v; } }; Reflect.get(o, "x", {v: 5})') == 5.0
    assert js('var r = {}; Reflect.set({ set x(v) { this.y = v; } }, "x", 3, r); r.y') == 3.0


def test_reflect_returns_booleans_instead_of_throwing(js):
    assert js('Reflect.defineProperty(Object.freeze({}), "a", {value: 1})') is False
    assert js('var o = {}; Object.defineProperty(o, "a", {value: 1}); Reflect.deleteProperty(o, "a")') \
        is False
    assert js('Reflect.setPrototypeOf(Object.preventExtensions({}), {})') is False


def test_reflect_construct_with_new_target(js):
    assert js('function A() { this.nt = new.target; } function B() {}'
              'Reflect.construct(A, [], B).nt === B') is True
    assert error_name(js, 'Reflect.construct(function () {}, [], {})') == 'TypeError'
    assert error_name(js, 'Reflect.construct(() => 1, [])') == 'TypeError'


def test_reflect_own_keys_order(js):
    assert js('var s = Symbol("s"); var o = {b: 1, 2: 1, [s]: 1, a: 1, 1: 1};'
              'Reflect.ownKeys(o).map(String).join()') == '1,2,b,a,Symbol(s)'


def test_reflect_requires_object_targets(js):
    for name in ('get', 'has', 'ownKeys', 'getPrototypeOf', 'isExtensible', 'preventExtensions'):
        assert error_name(js, 'Reflect.%s(1, "x")' % name) == 'TypeError', name
    assert error_name(js, 'Reflect.apply(1)') == 'TypeError'

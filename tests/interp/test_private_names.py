"""15.7.14 ClassDefinitionEvaluation makes new Private Names on every evaluation: a class
evaluated twice (in a loop, by a factory) has private names of its own."""
import pytest

LOOP = '''
var made = [];
for (var i = 0; i < 2; i++) {
  made.push(class {
    #f = i;
    #m() { return 'm' }
    get #a() { return 'a' }
    static #s = i;
    static #sm() { return 'sm' }
    static f(o) { return o.#f }
    static m(o) { return o.#m() }
    static a(o) { return o.#a }
    static s(C) { return C.#s }
    static sm(C) { return C.#sm() }
    static has(o) { return #f in o }
    static ev(o) { return eval('o.#f') }
  });
}
var a = new made[0](), b = new made[1]();
function error(f) { try { f(); return 'none' } catch (e) { return e.name + ': ' + e.message } }
'''


@pytest.mark.parametrize('source, result', [
    ('made[0].has(a) + " " + made[0].has(b) + " " + made[1].has(b)', 'true false true'),
    ('made[0].f(a) + made[1].f(b)', 4.0),   # both initializers see i after the loop
    ('error(() => made[0].f(b))',
     'TypeError: Cannot read private member #f from an object whose class did not '
     'declare it'),
    ('error(() => made[1].m(a))', 'TypeError: Receiver must be an instance of class '
                                  'anonymous'),
    ('error(() => made[1].a(a))', 'TypeError: Receiver must be an instance of class '
                                  'anonymous'),
    ('made[0].s(made[0]) + made[1].s(made[1])', 1.0),
    ('error(() => made[0].s(made[1])).slice(0, 40)', 'TypeError: Cannot read private member #s'),
    ('error(() => made[0].sm(made[1]))', 'TypeError: Receiver must be class anonymous'),
    ('error(() => made[1].ev(a)).slice(0, 9)', 'TypeError'),
    ('made[1].ev(b)', 2.0),
])
def test_a_class_evaluated_in_a_loop_has_its_own_private_names(js, source, result):
    assert js(LOOP + source) == result


def test_a_factory_makes_classes_whose_brands_differ(js):
    assert js('''
      function make() { return class P { #x = 1; static is(o) { return #x in o }
                                          static x(o) { return o.#x } } }
      var A = make(), B = make();
      var r = [A.is(new A()), A.is(new B()), B.is(new A())].join();
      try { A.x(new B()) } catch (e) { r += ' ' + e.name }
      r''') == 'true,false,false TypeError'


def test_computed_field_keys_belong_to_their_evaluation(js):
    assert js('''
      var made = [];
      for (let i = 0; i < 3; i++) made.push(class { ['k' + i] = i });
      made.map(K => Object.keys(new K())[0]).join()''') == 'k0,k1,k2'


def test_a_private_write_to_a_foreign_object_is_worded_as_v8_does(js):
    assert js('''
      class K { #x; static w(o) { try { o.#x = 1 } catch (e) { return e.message } } }
      K.w({})''') == 'Cannot write private member #x to an object whose class did not ' \
                     'declare it'


def test_a_static_private_method_brand_check_names_the_class(js):
    assert js('''
      class Named { static #m() {} static c(o) { try { o.#m() } catch (e) {
        return e.message } } }
      Named.c({})''') == 'Receiver must be class Named'

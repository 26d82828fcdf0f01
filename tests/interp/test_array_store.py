"""10.4.2 Array exotic objects: the dense element store and its fall-back to the generic
one. Each test checks what JS sees, and where it matters which store the array is in
(``dense`` is the list, or None once the elements live in ``props``)."""
import pytest

from reflow.interp.vm.objects import Descriptor, JSArray
from reflow.interp.vm.values import UNDEFINED


def test_literals_push_and_index_writes_stay_dense(js):
    a = js('var a = [1, 2]; a.push(3); a[3] = 4; a[0] = 0; a')
    assert a.dense == [0.0, 2.0, 3.0, 4.0] and a.length == 4 and a.props == {}


def test_trailing_holes_stay_dense_and_read_the_prototypes(js):
    # new Array(n) and a growing length are holes at the end of a dense store
    src = '''var a = new Array(3); a[0] = 'x';
    Array.prototype[2] = 'from proto';
    var seen = [a[1], a[2], 1 in a, 2 in a, a.length].join();
    delete Array.prototype[2]; a'''
    a = js(src)
    assert a.dense == ['x'] and a.length == 3
    assert js('seen') == ',from proto,false,true,3'   # ('in' sees the prototype)


def test_a_getter_on_the_prototype_is_seen_through_a_hole(js):
    src = '''var calls = 0;
    Object.defineProperty(Array.prototype, 3, {get() { calls++; return 'g' },
                                              configurable: true});
    var a = [0, 1, 2]; a.length = 5;
    var r = [a[3], a.indexOf('g'), a.includes('g'), [...a][3], a.join()].join('|');
    delete Array.prototype[3]; r + '|' + calls'''
    assert js(src) == 'g|3|true|g|0,1,2,g,|5'


def test_a_setter_on_the_prototype_runs_instead_of_an_append(js):
    src = '''var got;
    Object.defineProperty(Array.prototype, 2, {set(v) { got = v }, configurable: true});
    var a = [0, 1]; a[2] = 'v'; a.push('w');
    delete Array.prototype[2]; [got, a.length, 2 in a].join()'''
    assert js(src) == 'w,3,false'


@pytest.mark.parametrize('make_generic', [
    'a[5] = 5',                                     # a hole before the last element
    'delete a[1]',                                  # a hole in the middle
    'Object.defineProperty(a, 1, {value: 9, writable: false})',
    'Object.defineProperty(a, 1, {get() { return 9 }, configurable: true})',
    'Object.defineProperty(a, 3, {value: 9, enumerable: false, writable: true, '
    'configurable: true})',                         # a new element, not default
    'Object.preventExtensions(a)',
    'Object.freeze(a)',
    'Object.seal(a)',
])
def test_leaving_the_dense_store(js, make_generic):
    a = js('var a = [0, 1, 2]; a.x = "x"; a[Symbol.iterator] = a[Symbol.iterator]; '
           + make_generic + '; a')
    assert type(a) is JSArray and a.dense is None
    assert all(k in a.props for k in ('0', '2', 'x'))


def test_the_generic_store_looks_the_same_from_js(js):
    src = '''function shape(a) {
      return JSON.stringify([Reflect.ownKeys(a).map(String),
        Object.getOwnPropertyNames(a).map(function (k) {
          var d = Object.getOwnPropertyDescriptor(a, k);
          return [k, d.value, d.writable, d.enumerable, d.configurable] }),
        Object.keys(a), a.length, Array.from(a)]) }
    var dense = [10, 20, 30]; dense.x = 1;
    var generic = [10, 20, 30]; generic.x = 1; Object.defineProperty(generic, 3, {
      value: 40, writable: true, enumerable: true, configurable: true});
    delete generic[3]; generic.length = 3;   // holes came and went: still generic
    shape(dense) === shape(generic) ? shape(dense) : shape(dense) + ' vs ' + shape(generic)'''
    assert js(src) == ('[["0","1","2","length","x"],[["0",10,true,true,true],'
                       '["1",20,true,true,true],["2",30,true,true,true],'
                       '["length",3,true,false,false],["x",1,true,true,true]],'
                       '["0","1","2","x"],3,[10,20,30]]')


def test_frozen_and_read_only_elements_after_the_transition(js):
    src = '''"use strict"; var out = [];
    var a = [1, 2, 3]; Object.freeze(a);
    try { a[0] = 9 } catch (e) { out.push(e.name) }
    try { a.push(4) } catch (e) { out.push(e.name) }
    var b = [1, 2, 3]; Object.defineProperty(b, 1, {writable: false});
    try { b[1] = 9 } catch (e) { out.push(e.name) }
    b[2] = 'ok'; out.push(Object.isFrozen(a), b.join(), a.join()); out.join()'''
    assert js(src) == 'TypeError,TypeError,TypeError,true,1,2,ok,1,2,3'


def test_defining_a_default_element_keeps_the_store_dense(js):
    a = js('''var a = [1, 2]; Object.defineProperty(a, 0, {value: 'v'});
    Object.defineProperty(a, 2, {value: 3, writable: true, enumerable: true,
                                 configurable: true}); a''')
    assert a.dense == ['v', 2.0, 3.0]


def test_length_writes_on_a_dense_array(js):
    src = '''var a = [1, 2, 3, 4]; a.length = 2; var s = a.join() + ';' + a.length;
    a.length = 4; s += ';' + a.length + ';' + (2 in a);
    Object.defineProperty(a, 'length', {writable: false});
    s += ';' + Reflect.set(a, 1, 'x') + ';' + Reflect.set(a, 4, 'y') + ';' + a.push;
    a'''
    a = js(src)
    assert a.dense == [1.0, 'x'] and a.length == 4 and not a.length_writable
    assert js('s').startswith('1,2;2;4;false;true;false;')
    assert js('try { a.push(1) } catch (e) { e.name }') == 'TypeError'


def test_the_last_element_deleted_leaves_a_trailing_hole(js):
    a = js('var a = [1, 2, 3]; delete a[2]; a')
    assert a.dense == [1.0, 2.0] and a.length == 3
    assert js('[2 in a, a.length, JSON.stringify(a)].join()') == 'false,3,[1,2,null]'


def test_huge_indices_stay_sparse(js):
    a = js('var a = []; a[4294967294] = 1; a')
    assert a.dense is None and a.length == 4294967295 and len(a.props) == 1
    b = js('var b = [1]; b.length = 4294967295; b[4294967295] = 2; b')
    assert b.dense == [1.0] and b.length == 4294967295 and '4294967295' in b.props
    assert js('Object.keys(b).join() + ";" + b.indexOf(1) + ";" + b.lastIndexOf(1)') == \
        '0,4294967295;0;0'


def test_index_keys_that_are_not_integers(js):
    src = '''var a = [1, 2]; a[-0] = 'z'; a['01'] = 'not an index'; a[1.5] = 'f';
    [a[0], a.length, Object.keys(a).join()].join('|')'''
    assert js(src) == 'z|2|0,1,01,1.5'
    assert js('a').dense == ['z', 2.0]


def test_proxies_over_arrays(js):
    src = '''var log = []; var t = [1, 2, 3];
    var p = new Proxy(t, {
      get(o, k, r) { log.push('get ' + String(k)); return Reflect.get(o, k, r) },
      defineProperty(o, k, d) { log.push('define ' + k); return Reflect.defineProperty(o, k, d) }
    });
    p[1] = 'b'; p.push(4);
    [p.length, Array.isArray(p), t.join(), log.join()].join('|')'''
    assert js(src) == ('4|true|1,b,3,4|define 1,get push,get length,define 3,define length,'
                       'get length')
    assert js('t').dense == [1.0, 'b', 3.0, 4.0]


def test_reflect_with_a_receiver_does_not_write_the_dense_store(js):
    src = '''var a = [1, 2]; var other = {};
    var ok = Reflect.set(a, 0, 'x', other);
    [ok, a[0], other[0], Object.keys(other).join()].join()'''
    assert js(src) == 'true,1,x,0'


def test_array_builtins_on_both_stores(js):
    src = '''function run(a) {
      return [a.slice(1, 3).join(), a.indexOf(3), a.includes(undefined),
              a.map(function (x) { return x * 2 }).join(), a.concat([9]).join(),
              a.filter(Boolean).length, a.reduce(function (x, y) { return x + y }),
              [].concat(a).reverse().join(), a.slice().sort().join(), JSON.stringify(a),
              [...a].length].join('|') }
    var dense = [1, 2, 3, 4];
    var generic = [1, 2, 3, 4]; Object.defineProperty(generic, 0, {value: 1, enumerable: true,
      writable: true, configurable: false});
    run(dense) + '\\n' + run(generic)'''
    out = js(src).split('\n')
    assert out[0] == out[1] == '2,3|2|false|2,4,6,8|1,2,3,4,9|4|10|4,3,2,1|1,2,3,4|[1,2,3,4]|4'


def test_mutation_during_iteration(js):
    src = '''var a = [1, 2, 3], out = [];
    for (var x of a) { out.push(x); if (x === 1) { a.push(4); delete a[2] } if (x === 2) a.length = 3 }
    out.join() + ';' + a.length'''
    assert js(src) == '1,2,;3'
    src = '''var b = [1, 2, 3, 4], seen = [];
    b.forEach(function (v, i) { seen.push(v); if (i === 0) b.length = 2 });
    seen.join()'''
    assert js(src) == '1,2'


def test_internal_methods_directly():
    a = JSArray(items=[1.0, 2.0])
    assert a.get_index(1) == 2.0 and a.get_index(5) is UNDEFINED
    assert a.set_index(2, 3.0) and a.dense == [1.0, 2.0, 3.0] and a.length == 3
    assert a.has_index(0) and not a.has_index(3)
    assert a.own_property_keys() == ['0', '1', '2', 'length']
    assert a.define_own_property('1', Descriptor(configurable=False))
    assert a.dense is None and a.own_property_keys() == ['0', '1', '2', 'length']
    assert a.get_own_property('1').configurable is False
    assert a.set_index(3, 4.0) and a.get_index(3) == 4.0 and a.length == 4
    assert not a.delete('1') and a.delete('0') and not a.has_index(0)


def test_a_push_of_one_is_the_spec_push_wherever_it_can_be_observed(js):
    # the VM runs `a.push(v)` inline only where put_new may; each case here must not be
    src = '''var out = [];
    var a = [1]; out.push(a.push(2), a.length, a[1]);
    try { Object.freeze([1]).push(2) } catch (e) { out.push(e.name) }
    Object.defineProperty(Array.prototype, 3, {set(v) { out.push('setter ' + v) },
                                               configurable: true});
    var b = [0, 1, 2]; out.push(b.push(9), b.length, b.hasOwnProperty(3));
    delete Array.prototype[3];
    var c = [0]; Object.defineProperty(c, 'length', {writable: false});
    try { c.push(1) } catch (e) { out.push(e.name, c.length) }
    var d = []; d[5] = 1; out.push(d.push(7), d[6]);
    class MyArray extends Array {}; var e = new MyArray(); out.push(e.push(1), e.length);
    var o = {length: 1}; out.push(Array.prototype.push.call(o, 'x'), o[1], o.length);
    var other = Array.prototype.push; Array.prototype.push = function (v) { return 'mine ' + v };
    var mine = [].push(5); Array.prototype.push = other; out.push(mine);
    out.join()'''
    assert js(src) == ('2,2,2,TypeError,setter 9,4,4,false,TypeError,1,7,7,1,1,'
                       '2,x,2,mine 5')

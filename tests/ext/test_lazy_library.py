"""The library is installed on first use (reflow/builtins/units.py): whatever a program
touches first, the realm it sees is the realm built all at once."""
import math
import subprocess
import sys

import pytest

from reflow.ext.host import create_realm
from reflow.interp.vm.function import NativeFunction
from reflow.interp.vm.objects import JSObject, Prop
from reflow.interp.vm.realm import PENDING
from reflow.interp.vm.script import evaluate_script
from reflow.interp.vm.values import JSSymbol

EAGER = create_realm(lazy=False)
GLOBAL_KEYS = EAGER.global_object.own_property_keys()


def _py_parts(f):
    """What tells two built-in functions apart: the Python code they run and, in
    turn, that of the functions their closures hold (the registered built-in)."""
    cells = getattr(f, '__closure__', None) or ()
    return getattr(f, '__code__', f), tuple(
        _py_parts(c.cell_contents) for c in cells
        if callable(c.cell_contents) and not isinstance(c.cell_contents, JSObject))


def _key(key):
    return ('symbol', key.description) if type(key) is JSSymbol else key


class Graph:
    """Compares what a lazy realm reaches from a value with what the eager realm
    reaches from its twin, reading storage only (so the walk installs nothing):
    a place still held (PENDING) is a difference."""

    def __init__(self, lazy, eager):
        # the global objects are compared key by key elsewhere: never walked into
        self.pairs = {id(lazy.global_object): eager.global_object}

    def same(self, a, b, path):
        if isinstance(a, JSObject) or isinstance(b, JSObject):
            assert type(a) is type(b), path
            seen = self.pairs.get(id(a))
            if seen is not None:
                assert seen is b, path
                return
            self.pairs[id(a)] = b
            assert (a.class_name, a.extensible) == (b.class_name, b.extensible), path
            if isinstance(a, NativeFunction):
                assert _py_parts(a.fn) == _py_parts(b.fn), path
            if hasattr(a, 'primitive'):
                self.same(a.primitive, b.primitive, path + '.[[primitive]]')
            self.same(a.proto, b.proto, path + '.[[Prototype]]')
            # (a symbol a built-in module makes, Symbol('kCapture'), is each realm's own)
            assert [_key(k) for k in a.props] == [_key(k) for k in b.props], path
            for (key, stored), other in zip(a.props.items(), b.props.values()):
                here = '%s.%s' % (path, key)
                assert stored is not PENDING, here
                if type(stored) is Prop or type(other) is Prop:
                    assert type(stored) is type(other), here
                    assert stored.flags == other.flags, here
                    self.same(stored.value, other.value, here)
                    self.same(stored.getter, other.getter, here + '.get')
                    self.same(stored.setter, other.setter, here + '.set')
                else:
                    self.same(stored, other, here)
        elif type(a) is float and type(b) is float and math.isnan(a):
            assert math.isnan(b), path
        elif type(a) is JSSymbol:
            assert a is b or (type(b) is JSSymbol and a.description == b.description), path
        else:
            assert type(a) is type(b) and a == b, path
            if type(a) is float and a == 0:
                assert math.copysign(1, a) == math.copysign(1, b), path


def test_a_fresh_realm_has_every_global_key_in_order():
    realm = create_realm()
    assert realm.global_object.own_property_keys() == GLOBAL_KEYS
    assert len(GLOBAL_KEYS) > 60


@pytest.mark.parametrize('key', GLOBAL_KEYS)
def test_a_global_touched_first_is_the_eager_one(key):
    realm = create_realm()
    desc = realm.global_object.get_own_property(key)
    want = EAGER.global_object.get_own_property(key)
    assert (desc.writable, desc.enumerable, desc.configurable) == \
        (want.writable, want.enumerable, want.configurable)
    Graph(realm, EAGER).same(desc.value, want.value, key)


INTRINSICS = sorted(name for name in EAGER.intrinsics if '_' not in name)


@pytest.mark.parametrize('name', INTRINSICS)
def test_an_intrinsic_asked_first_is_the_eager_one(name):
    realm = create_realm()
    Graph(realm, EAGER).same(realm.intrinsics[name], EAGER.intrinsics[name], name)


def test_every_intrinsic_of_the_eager_realm_is_provided():
    realm = create_realm()
    graph = Graph(realm, EAGER)
    for name in EAGER.intrinsics:
        graph.same(realm.intrinsics[name], EAGER.intrinsics[name], name)
    assert realm.global_object.own_property_keys() == GLOBAL_KEYS


def test_an_unknown_intrinsic_is_a_key_error():
    with pytest.raises(KeyError):
        create_realm().intrinsics['NoSuchThing']


def js_lines(source):
    realm = create_realm()
    lines = []
    from reflow.ext.host import Host

    class Collect(Host):
        def write_output(self, text, stream):
            lines.append(text)
    realm.host = Collect()
    evaluate_script(realm, source, 'lazy.js')
    realm.run_jobs()
    return lines, realm


def test_delete_before_first_use():
    lines, realm = js_lines("""
        console.log(delete globalThis.Map, typeof Map, 'Map' in globalThis);
        console.log(Object.getOwnPropertyNames(globalThis).includes('Map'));
        globalThis.Map = 1;
        const names = Object.getOwnPropertyNames(globalThis);
        console.log(names.indexOf('Map') === names.length - 1);
    """)
    assert lines == ['true undefined false', 'false', 'true']


def test_var_and_function_declarations_over_a_global_not_built_yet():
    lines, _ = js_lines("""
        var Set;
        console.log(typeof Set, Object.getOwnPropertyDescriptor(globalThis, 'Set').enumerable);
        function WeakMap() { return 1 }
        const d = Object.getOwnPropertyDescriptor(globalThis, 'WeakMap');
        console.log(WeakMap(), d.enumerable, d.configurable, d.writable);
    """)
    # a var over an existing configurable global keeps it; a function redefines it
    assert lines == ['function false', '1 true false true']


def test_redefine_and_has_before_first_use():
    lines, _ = js_lines("""
        Object.defineProperty(globalThis, 'JSON', {value: 7, enumerable: true});
        const d = Object.getOwnPropertyDescriptor(globalThis, 'JSON');
        console.log(JSON, d.writable, d.enumerable, d.configurable);
        console.log('Reflect' in globalThis, Object.hasOwn(globalThis, 'Proxy'));
        Math = 'm';
        console.log(Math, Object.keys(globalThis).join());
    """)
    assert lines == ['7 true true true', 'true true', 'm JSON,Deno,global,setImmediate,clearImmediate']


def test_a_global_frozen_before_first_use_keeps_its_library():
    lines, _ = js_lines("""
        globalThis.x = 1;
        Object.preventExtensions(globalThis);
        console.log(new Map([[1, 2]]).get(1), typeof WeakRef, Object.isExtensible(globalThis));
        const names = Object.getOwnPropertyNames(globalThis);
        console.log(names.indexOf('Map') < names.indexOf('x'));
    """)
    assert lines == ['2 function false', 'true']


def test_intrinsics_reached_through_syntax_only():
    # each value is made before its global is looked at
    lines, realm = js_lines("""
        const arr = [1, 2];
        const tpl = (s => s)`a${1}b`;
        const re = /x+/g;
        const af = async function () {};
        const p = af();
        function* gen() {}
        async function* agen() {}
        class C extends Object { #p = 1; static s = 2; }
        const spread = [...'ab'];
        const {a, ...rest} = {a: 1, b: 2};
        const err = (() => { try { null.x } catch (e) { return e } })();
        const checks = [
            Object.getPrototypeOf(arr) === Array.prototype,
            Array.isArray(tpl) && Object.isFrozen(tpl) && tpl.raw[0] === 'a',
            re instanceof RegExp && re.exec('axx')[0] === 'xx',
            p instanceof Promise,
            Object.getPrototypeOf(af) === Object.getPrototypeOf(async () => {}),
            Object.getPrototypeOf(gen.prototype) === Object.getPrototypeOf(gen()).__proto__,
            typeof agen().next === 'function',
            new C() instanceof Object && C.s === 2,
            spread.join() === 'a,b' && rest.b === 2,
            err instanceof TypeError && err.constructor === TypeError,
        ];
        console.log(checks.join());
    """)
    assert lines == [','.join(['true'] * 10)]


def test_a_regexp_literal_first():
    lines, realm = js_lines("console.log(/a(b)/.exec('zab')[1], typeof RegExp)")
    assert lines == ['b function']


def test_created_realms_are_lazy_and_separate():
    from reflow.test262.host import Output, new_realm
    out = Output()
    realm = new_realm(out)
    evaluate_script(realm, """
        var other = $262.createRealm().global;
        var arr = other.eval('[1]');
        print(Object.getOwnPropertyNames(other).slice(0, 3).join());
        print(arr instanceof other.Array, arr instanceof Array, other.Map !== Map);
        print(other.eval('delete Map; typeof Map'), typeof Map);
    """, 'realms.js')
    assert out.lines == ['Object,Function,Error', 'true false true', 'undefined function']


def test_a_one_line_script_imports_only_what_it_uses():
    code = ("import sys\n"
            "from reflow.cli import main\n"
            "main(['run', sys.argv[1]])\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('asyncio', 'multiprocessing', 'ssl', 'hashlib', 'ctypes') or m in ("
            "'reflow.test262.runner', 'reflow.interp.vm.modules', 'reflow.ext.permissions', "
            "'reflow.builtins.date', 'reflow.builtins.typed_array', 'reflow.builtins.number'))\n"
            "print(bad)\n")
    import tempfile
    import os
    with tempfile.NamedTemporaryFile('w', suffix='.js', delete=False) as f:
        f.write('console.log("hi")\n')
    try:
        out = subprocess.run([sys.executable, '-c', code, f.name], capture_output=True,
                             text=True, cwd=os.path.dirname(os.path.dirname(
                                 os.path.dirname(os.path.abspath(__file__)))))
    finally:
        os.unlink(f.name)
    assert out.stdout.split('\n')[:2] == ['hi', '[]'], out.stderr

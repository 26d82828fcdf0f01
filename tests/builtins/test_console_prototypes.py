"""console.log's name before an object's braces, as Node's util.inspect finds it: the
first 'constructor' up the chain that is a named function of which the object is an
instance. A prototype object is not an instance of its own constructor, so it is named
by the next one up (or shown as of null prototype)."""
import pytest

from reflow.builtins.console import inspect


@pytest.mark.parametrize('source, expected', [
    ('Object.prototype', '[Object: null prototype] {}'),
    ('Object.create(null)', '[Object: null prototype] {}'),
    ('(class A {}).prototype', '{}'),
    ('(() => { class A {} return new A() })()', 'A {}'),
    ('(() => { class A {} return Object.create(A.prototype) })()', 'A {}'),
    ('(() => { class A {} return { constructor: A } })()', '{ constructor: [class A] }'),
    ('Map.prototype', 'Object [Map] {}'),
    ('new Map()', 'Map(0) {}'),
    ('Promise.prototype', 'Object [Promise] {}'),
    ('Error.prototype', '{}'),
    ('(() => { function F() {} F.prototype = null; return new F() })()', '{}'),
    ('[1]', '[ 1 ]'),
])
def test_constructor_name_needs_an_instance(js, source, expected):
    assert inspect(js.realm, js(source)) == expected

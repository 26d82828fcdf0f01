"""Error messages render JS values as V8 does (references.describe, V8's
NoSideEffectsToString), never as Python reprs."""
import pytest


def caught(js, source):
    return js('(function () { try { %s; return "no error"; } catch (e) { '
              'return e.name + ": " + e.message; } })()' % source)


@pytest.mark.parametrize('source, expected', [
    ('true()', 'TypeError: true is not a function'),
    ('false()', 'TypeError: false is not a function'),
    ('undefined()', 'TypeError: undefined is not a function'),
    ('null()', 'TypeError: null is not a function'),
    ('new (true)', 'TypeError: true is not a constructor'),
    ('new (() => 1)()', 'TypeError: (intermediate value) is not a constructor'),
    ('new Set().union()', 'TypeError: (intermediate value).union is not a function'),
    ('"x" in true', "TypeError: Cannot use 'in' operator to search for 'x' in true"),
    ('"x" in "abc"', "TypeError: Cannot use 'in' operator to search for 'x' in abc"),
    ('"x" in 10n', "TypeError: Cannot use 'in' operator to search for 'x' in 10"),
    ('new WeakRef(true)', 'TypeError: WeakRef: invalid target'),
    ('new WeakRef(Symbol.for("x"))', 'TypeError: WeakRef: invalid target'),
    ('new WeakMap().set(true, 1)', 'TypeError: Invalid value used as weak map key'),
    ('new WeakSet().add(1)', 'TypeError: Invalid value used in weak set'),
    ('new FinalizationRegistry(function () {}).unregister(true)',
     "TypeError: Invalid unregisterToken ('true')"),
    ('new FinalizationRegistry(function () {}).register({}, 1, "s")',
     "TypeError: Invalid unregisterToken ('s')"),
    ('WeakMap.prototype.get.call(true)',
     'TypeError: Method WeakMap.prototype.get called on incompatible receiver true'),
    ('new Map([true])', 'TypeError: Iterator value true is not an entry object'),
    ('new Map([1n])', 'TypeError: Iterator value 1 is not an entry object'),
    ('Object.fromEntries([false])', 'TypeError: Iterator value false is not an entry object'),
    ('class A extends true {}', 'TypeError: Class extends value true is not a constructor or null'),
    ('class A extends {} {}', 'TypeError: Class extends value #<Object> is not a constructor or null'),
    ('class A extends [] {}',
     'TypeError: Class extends value [object Array] is not a constructor or null'),
    ('class A extends (() => 1) {}',
     'TypeError: Class extends value () => 1 is not a constructor or null'),
    ('class A extends new Error("m") {}',
     'TypeError: Class extends value Error: m is not a constructor or null'),
    ('class A extends Object.create(null) {}',
     'TypeError: Class extends value [object Object] is not a constructor or null'),
    ('class Foo {}; class A extends new Foo {}',
     'TypeError: Class extends value #<Foo> is not a constructor or null'),
    ('Object.create(true)', 'TypeError: Object prototype may only be an Object or null: true'),
    ('Object.setPrototypeOf({}, "x")', 'TypeError: Object prototype may only be an Object or null: x'),
    ('Object.defineProperty({}, "x", true)', 'TypeError: Property description must be an object: true'),
    ('var {a} = null', "TypeError: Cannot destructure 'null' as it is null."),
    ('for (var x of true);', 'TypeError: true is not iterable'),
    ('Symbol.keyFor(true)', 'TypeError: true is not a symbol'),
    ('new Promise(true)', 'TypeError: Promise resolver true is not a function'),
    ('[].forEach(true)', 'TypeError: true is not a function'),
    ('[].reduce({})', 'TypeError: #<Object> is not a function'),
    ('Array.from([], Symbol("s"))', 'TypeError: Symbol(s) is not a function'),
    ('[1].find(-0)', 'TypeError: 0 is not a function'),
])
def test_message(js, source, expected):
    assert caught(js, source) == expected


def test_no_python_repr_in_messages(js):
    for value in ('true', 'false', 'undefined', 'null', '1.5', '10n', 'Symbol()'):
        message = caught(js, 'new Map([%s])' % value)
        assert 'True' not in message and 'False' not in message and '<' not in message

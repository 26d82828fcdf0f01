"""19.2.1 eval: direct eval parses its source anew each time, so what 13.2.8.4
GetTemplateObject keys by Parse Node (the template objects) differs from one eval of
the same source to the next, while each site keeps its own across calls."""
import pytest

TAG = 'function tag(s) { return s }'


@pytest.mark.parametrize('source, expected', [
    ("var f = () => eval('tag`e`'); f() === f()", False),
    ("for (var i = 0, a = []; i < 2; i++) a.push(eval('tag`z`')); a[0] === a[1]", False),
    # one eval's function: its site is one Parse Node, evaluated twice
    ("var g = () => eval('(function () { return tag`x` })'); var h = g(); h() === h()", True),
    ("var g = () => eval('(function () { return tag`x` })'); g()() === g()()", False),
    # indirect eval parses anew too
    ("var k = () => (0, eval)('tag`y`'); k() === k()", False),
])
def test_eval_makes_new_template_objects(js, source, expected):
    assert js(TAG + source) is expected


def test_eval_without_templates_still_evaluates_each_time(js):
    assert js("var n = 0, f = () => eval('++n'); f(); f(); f() + ':' + eval('n')") == '3:3'

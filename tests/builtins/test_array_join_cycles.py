"""23.1.3.18 Array.prototype.join, .toString and .toLocaleString on an array that
contains itself: as V8 (and SpiderMonkey, JSC), the inner join of an array already being
joined is the empty string, not a recursion until the stack overflows."""
import pytest


@pytest.mark.parametrize('source, expected', [
    ("var a = [1]; a.push(a); a.join('-') + '|' + String(a)", '1-|1,'),
    ('var b = [1, [2, 3]]; b[1].push(b); String(b)', '1,2,3,'),
    ('var c = [1]; c.push(c); c.toLocaleString()', '1,'),
    ('var d = [1, 2]; String([d, d, [d]])', '1,2,1,2,1,2'),
    # the stack is unwound when an element's toString throws
    ("var e = [{toString() { throw new Error('y') }}]; e.push(e);"
     'try { String(e) } catch (x) {} e[0] = 5; String(e)', '5,'),
    # an array-like joined through Array.prototype.join
    ("var o = {length: 2, 0: 'x'}; o[1] = o; o.toString = Array.prototype.join;"
     'Array.prototype.join.call(o)', 'x,'),
])
def test_join_of_a_cycle_is_empty(js, source, expected):
    assert js(source) == expected

"""parse() as a whole: it leaves the cycle collector as it found it, and positions
count UTF-16 code units whatever characters the source holds."""
import gc

import pytest

from reflow.parser import JSSyntaxError, parse
from reflow.parser.chars import to_code_units


@pytest.mark.parametrize('source', ['var a = [1, {b: 2}];', 'var = ;'])
def test_the_cycle_collector_is_left_as_it_was(source):
    assert gc.isenabled()
    try:
        parse(source)
    except JSSyntaxError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        try:
            parse(source)
        except JSSyntaxError:
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_to_code_units_splits_only_astral_characters():
    for text in ('abc', 'caf\xe9 \xe0', '\u4e00\u2028x', 'a\ud800b'):
        assert to_code_units(text) is text
    assert to_code_units('x\U0001F600\xe9') == 'x\ud83d\ude00\xe9'
    assert to_code_units('\u4e00\U00010000') == '\u4e00\ud800\udc00'


@pytest.mark.parametrize('before', ['', '/* caf\xe9 */ ', '"\u4e00"; ', '"\U0001F600"; '])
def test_positions_count_code_units(before):
    body = parse(before + 'x')['body']
    expected = len(before.encode('utf-16-le')) // 2
    assert body[-1]['range'] == [expected, expected + 1]

from reflow.test262.frontmatter import TestInfo, parse_frontmatter

SOURCE = '''// Copyright
/*---
esid: sec-example
description: >
  A folded
  description
info: |
  Some text: with a colon
includes: [compareArray.js, propertyHelper.js]
flags: [onlyStrict, async]
negative:
  phase: parse
  type: SyntaxError
features:
  - Symbol
  - 'BigInt'
---*/
code();
'''


def test_fields():
    meta = parse_frontmatter(SOURCE)
    assert meta['esid'] == 'sec-example'
    assert meta['description'] == 'A folded\ndescription'
    assert meta['info'] == 'Some text: with a colon'
    assert meta['includes'] == ['compareArray.js', 'propertyHelper.js']
    assert meta['negative'] == {'phase': 'parse', 'type': 'SyntaxError'}
    assert meta['features'] == ['Symbol', 'BigInt']


def test_test_info():
    info = TestInfo(parse_frontmatter(SOURCE))
    assert info.flags == {'onlyStrict', 'async'}
    assert info.negative_phase == 'parse' and info.negative_type == 'SyntaxError'


def test_no_frontmatter():
    assert parse_frontmatter('var x;') == {}
    info = TestInfo({})
    assert info.includes == [] and info.negative_type is None

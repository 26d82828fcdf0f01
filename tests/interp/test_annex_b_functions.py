"""B.3.2 Block-level function declarations in sloppy code: the var binding exists from
instantiation (B.3.2.1 FunctionDeclarationInstantiation, B.3.2.2
GlobalDeclarationInstantiation, B.3.2.3 EvalDeclarationInstantiation), undefined until
the declaration is evaluated, unless its var would cross a lexical declaration."""
import pytest


@pytest.mark.parametrize('source, expected', [
    # function code: the binding is there before the block, undefined
    ('(function () { var r = typeof g; { function g() {} } return r + typeof g })()',
     'undefinedfunction'),
    ('(function () { try { g() } catch (e) { return e.name } { function g() {} } })()',
     'TypeError'),
    ('(function (a = 1) { var r = String(h); { function h() {} } return r + typeof h })()',
     'undefinedfunction'),
    # not past a let of an enclosing block, nor past an outer block's function
    ('(function () { { let k = 1; { function k() {} } } return typeof k })()', 'undefined'),
    ('(function () { { function m() { return 1 } { function m() { return 2 } } }'
     ' return m() })()', 1.0),
    # a catch parameter that is an identifier does not stop it; a pattern does
    ('(function () { try { throw 0 } catch (c) { { function c() {} } } return typeof c })()',
     'function'),
    ('(function () { try { throw {} } catch ({ d }) { { function d() {} } }'
     ' return typeof d })()', 'undefined'),
    # not a parameter's name, not `arguments`; generators and async functions never
    ('(function (p) { { function p() {} } return p })(5)', 5.0),
    ('(function () { { function arguments() {} } return String(arguments) })()',
     '[object Arguments]'),
    ('(function () { { function* q() {} async function r() {} } return typeof q + typeof r'
     ' })()', 'undefinedundefined'),
    # eval code: hoisted to the eval's variable environment
    ("(function () { eval('{ function e2() {} }'); return typeof e2 })()", 'function'),
    ("(function () { eval('if (true) function e3() {}'); return typeof e3 })()", 'function'),
    ("eval('{ function eb() { return 7 } } eb()')", 7.0),
    ("(function () { var r = eval('var t = typeof ev; { function ev() {} } t');"
     " return r + typeof ev })()", 'undefinedfunction'),
    # ... not past a binding of the caller's block, nor the eval's own let
    ("(function () { { let w = 1; eval('{ function w() {} }'); return typeof w } })()",
     'number'),
    ("(function () { eval('let x = 1; { function x() {} }'); return typeof x })()",
     'undefined'),
    ("(function () { var f = 'outer'; eval('{ function f() { return 1 } }');"
     ' return typeof f })()', 'function'),
])
def test_block_functions_get_a_var_binding(js, source, expected):
    assert js(source) == expected


def test_global_binding_exists_before_the_block(js):
    assert js("var before = 'gb' in globalThis; { function gb() {} } before + typeof gb") \
        == 'truefunction'
    assert js("var r; try { gc2() } catch (e) { r = e.name } { function gc2() {} } r") \
        == 'TypeError'


def test_global_let_keeps_its_value(js):
    assert js("let gl = 123; { function gl() {} } gl") == 123.0


def test_strict_code_keeps_block_functions_in_the_block(js):
    assert js("(function () { 'use strict'; { function s() {} } return typeof s })()") \
        == 'undefined'

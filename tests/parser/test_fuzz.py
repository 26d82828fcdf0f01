"""Random token sequences and mutated real programs: the parser either returns a tree
or raises JSSyntaxError, never anything else (no RecursionError, no Python error)."""
import os

from hypothesis import HealthCheck, given, settings, strategies as st

from reflow.parser import JSSyntaxError, parse

TOKENS = ['var', 'let', 'const', 'function', 'class', 'if', 'else', 'for', 'while', 'do',
          'return', 'yield', 'await', 'async', 'new', 'this', 'super', 'import', 'export',
          'default', 'x', 'y', '$', '_', '0', '1.5', '0x1F', '1n', '"s"', "'t'", '`a${',
          '}`', '/re/g', '(', ')', '[', ']', '{', '}', ';', ',', '.', '...', '?.', '?',
          ':', '=', '==', '===', '=>', '+', '++', '-', '*', '**', '/', '%', '<', '>>>',
          '&&', '||', '??', '!', '~', '#p', '@', '\\u0061', '\n', ' ', '/*', '*/', '//',
          'of', 'in', 'instanceof', 'typeof', 'delete', 'static', 'get', 'set', 'with',
          'try', 'catch', 'finally', 'switch', 'case', 'break', 'continue', 'label:']

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = [
    'function f(a, b = 1) { for (let i = 0; i < a; i++) { if (i % 2) continue; } }',
    'class A extends B { #x = 1; static { this.y = 2 } get z() { return this.#x } }',
    'async function* g() { for await (const [k, v] of m) yield* h(k, `t${v}`) }',
    'const {a, b: [c, ...d] = []} = o ?? {}; x?.y?.[z]?.(1) ** 2;',
    'label: switch (x) { case 1: try { throw e } catch { break label } finally {} }',
]
for _name in ('../../examples/hello.js', '../../.cache/npm/node_modules/underscore/'
              'underscore.js'):
    _path = os.path.join(HERE, _name)
    if os.path.exists(_path):
        with open(_path, encoding='utf-8') as _f:
            SAMPLES.append(_f.read()[:20000])


def parses_or_syntax_error(source, source_type='script'):
    try:
        parse(source, source_type)
    except JSSyntaxError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=40), st.booleans())
def test_token_sequences(tokens, module):
    parses_or_syntax_error(' '.join(tokens), 'module' if module else 'script')


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLES), st.data())
def test_mutated_programs(sample, data):
    text = sample
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.sampled_from(['delete', 'insert', 'swap', 'truncate']))
        i = data.draw(st.integers(0, max(len(text) - 1, 0)))
        if kind == 'delete':
            text = text[:i] + text[i + 1:]
        elif kind == 'insert':
            text = text[:i] + data.draw(st.sampled_from(TOKENS + ['\x00', '\ud800', '\u2028'])) \
                + text[i:]
        elif kind == 'swap' and i + 1 < len(text):
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        else:
            text = text[:i]
    parses_or_syntax_error(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text):
    parses_or_syntax_error(text)


def test_binary_garbage():
    parses_or_syntax_error(bytes(range(256)).decode('latin-1') * 20)


def test_deep_nesting_is_a_clean_error():
    for opener in ('[', '(', '{', '!', 'a?b:', 'x=>'):
        parses_or_syntax_error(opener * 200000)


def test_found_by_fuzzing():
    # a syntax error inside an object-literal method in a for body once surfaced as an
    # IndexError from the for statement's label bookkeeping
    parses_or_syntax_error('function f(a, b = 1) { for (let i = 0; i < a; i)+ '
                           '{ if (i % 2) continue; } }')

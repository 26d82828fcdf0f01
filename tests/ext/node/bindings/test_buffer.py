"""bindings/buffer.py: the encodings over JS strings (UTF-16 code units) and bytes,
and its ops on views a program can make odd (detached)."""
import os

import pytest

from reflow.ext.node.bindings.buffer import decode, encode
from tests.ext.node.test_programs import run_program


@pytest.mark.parametrize('text, encoding, expected', [
    ('\ud834\udd1e', 'utf8', b'\xf0\x9d\x84\x9e'),     # a pair is one character
    ('a\ud800b', 'utf8', b'a\xef\xbf\xbdb'),           # a lone surrogate is U+FFFD
    ('\u20ac', 'latin1', b'\xac'),                     # the low byte of each unit
    ('\ud800', 'ucs2', b'\x00\xd8'),
    ('0a1\u0130', 'hex', b'\x0a\x10'),                 # the low byte of \u0130 is '0'
    ('0a1x22', 'hex', b'\x0a'),                        # stops at a pair not hex
    ('aGk', 'base64', b'hi'),
    ('a-_w', 'base64', b'k\xef\xf0'),                  # either alphabet
    ('aGk=aGk=', 'base64', b'hi'),                     # stops at '='
    ('a', 'base64', b''),                              # a lone sextet makes no byte
])
def test_encode(text, encoding, expected):
    assert encode(text, encoding) == expected


@pytest.mark.parametrize('data, encoding, expected', [
    (b'\xf0\x9d\x84\x9e', 'utf8', '\ud834\udd1e'),      # split into code units
    (b'\xf0\x9d\x84', 'utf8', '\ufffd'),                # a truncated sequence: one U+FFFD
    (b'\xed\xa0\x80', 'utf8', '\ufffd\ufffd\ufffd'),    # an encoded surrogate: three
    (b'\x00\xd8a', 'ucs2', '\ud800'),                   # an odd last byte is left out
    (b'\xff\x80', 'ascii', '\x7f\x00'),
    (b'\xfb\xff', 'base64url', '-_8'),
])
def test_decode(data, encoding, expected):
    assert decode(memoryview(data), encoding) == expected


def test_detached_buffer_is_a_type_error(tmp_path):
    path = os.path.join(tmp_path, 'detached.js')
    with open(path, 'w') as f:
        f.write("const { Buffer } = require('buffer');\n"
                "const b = Buffer.from('abc');\n"
                "structuredClone(b.buffer, { transfer: [b.buffer] });\n"
                "for (const f of [() => b.toString(), () => b.write('x'), () => b.fill(1),\n"
                "                 () => Buffer.compare(b, b.slice(0)), () => b.indexOf('a')])\n"
                "  try { console.log(f()); } catch (e) { console.log(e.name); }\n")
    lines, uncaught = run_program(path)
    assert uncaught is None
    assert all(line in ('TypeError', '', '-1', '0', '<Buffer >') for line in lines), lines

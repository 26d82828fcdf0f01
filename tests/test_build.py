"""setup.py's build: the dispatch loop is compiled from a copy of vm/dispatch.py with the
opcode numbers and the code flags written in (setup.py source_for), so that Cython makes
its opcode tests a C switch and its flag tests C arithmetic. That copy must say what the
source says."""
import ast
import os
import re

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, 'reflow', 'interp', 'vm', 'dispatch.py')
GENERATED = os.path.join(ROOT, 'build', 'gen', 'interp', 'vm', 'dispatch.py')
IMPORT_LINE = re.compile(r'\s*(from|import)\b')


def code_flags():
    with open(os.path.join(ROOT, 'reflow', 'interp', 'compiler', 'code.py')) as f:
        return dict(re.findall(r'^([A-Z_]+) = (\d+)\b', f.read(), re.M))


@pytest.mark.skipif(not os.path.exists(GENERATED), reason='not built here (pure Python)')
def test_the_compiled_loop_is_the_source_with_numbers_written_in():
    from reflow.interp.compiler.opcodes import NUMBER
    with open(SOURCE) as f:
        source = f.read().split('\n')
    with open(GENERATED) as f:
        generated = f.read()
    ast.parse(generated)
    generated = generated.split('\n')
    assert len(generated) == len(source)
    flags = code_flags()
    assert {'STRICT', 'ARROW', 'GENERATOR', 'ASYNC', 'DERIVED'} <= set(flags)
    names = re.compile(r'\bOP_([A-Z0-9_]+)\b|(?<![\w.\'"])(%s)\b(?![\'"])' % '|'.join(flags))
    for line, copy in zip(source, generated):
        if IMPORT_LINE.match(line):
            assert copy == line   # (the imports keep their names)
            continue
        # every name in the line, and only those, became its number
        expected = names.sub(lambda m: str(NUMBER[m.group(1)]) if m.group(1) in NUMBER
                             else (m.group(0) if m.group(1) else flags[m.group(2)]), line)
        assert copy == expected, line
    assert any('flags & %s' % flags['DERIVED'] in line for line in generated)
    assert not any(re.search(r'flags & (ARROW|DERIVED|GENERATOR)', line) for line in generated)

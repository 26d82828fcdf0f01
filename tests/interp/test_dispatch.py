"""The dispatch loop's table: every opcode has one handler, the loop's source handles
exactly the opcodes it claims, and the assembler refuses a wrong operand count."""
import os
import re

import pytest

import reflow.interp
from reflow.interp.vm import dispatch as vm
from reflow.interp.compiler.code import Assembler, Label
from reflow.interp.compiler.opcodes import NAMES, NUMBER
from reflow.interp.vm.handlers.table import HANDLERS, register_handler


def loop_source():
    # the source, also where the compiled module is the one imported
    with open(os.path.join(reflow.interp.__path__[0], 'vm', 'dispatch.py')) as f:
        text = f.read()
    return text[text.index('    def _run(self'):text.index('    def out_of_line(self')]


def test_the_loop_handles_what_its_table_says():
    handled = {NUMBER[name] for name in re.findall(r'op == OP_([A-Z0-9_]+)', loop_source())}
    assert handled == vm.INLINE_OPS | vm.FAST_PATH_OPS


def test_every_opcode_has_exactly_one_handler():
    for op in range(len(NAMES)):
        assert (op in vm.INLINE_OPS) != (op in HANDLERS), NAMES[op]
    assert vm.FAST_PATH_OPS <= set(HANDLERS)
    vm.check_handlers()


def test_a_second_handler_is_refused():
    with pytest.raises(AssertionError, match='a second handler for DIV'):
        register_handler('DIV', lambda *a: 0)


def test_emit_checks_operand_counts():
    asm = Assembler()
    with pytest.raises(AssertionError, match='LOAD_LOCAL takes 1 operands, not 0'):
        asm.emit(NUMBER['LOAD_LOCAL'])
    with pytest.raises(AssertionError, match='ADD takes 0 operands, not 1'):
        asm.emit(NUMBER['ADD'], 3)
    with pytest.raises(AssertionError, match='ADD is not a jump'):
        asm.emit_jump(NUMBER['ADD'], Label())
    asm.emit(NUMBER['LOAD_LOCAL'], 0)
    assert asm.code == [NUMBER['LOAD_LOCAL'], 0]

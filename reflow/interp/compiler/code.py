"""Code objects and the bytecode assembler.

A CodeObject is what the compiler makes of one function (or script): the instruction
stream (opcodes with their operands inline, in a flat int list), the constants and
names it refers to, the frame layout, the exception handler table and a line table
mapping instruction offsets to source positions for stack traces.
"""
import os
from bisect import bisect_right

from .opcodes import TABLE, NAMES, NUMBER, disassemble_one

# REFLOW_CHECK_REGISTERS=1 (the test suite sets it): the compiler checks every code
# object's register use with check_registers
CHECK_REGISTERS = os.environ.get('REFLOW_CHECK_REGISTERS') == '1'

# CodeObject.flags
STRICT = 1
ARROW = 2
GENERATOR = 4
ASYNC = 8
CLASS_CONSTRUCTOR = 16
DERIVED = 32
METHOD = 64         # has a home object (super property access)
SCRIPT = 128
USES_ARGUMENTS = 256
SIMPLE_PARAMS = 512
GETTER = 1024
SETTER = 2048


class CodeObject:
    __slots__ = ('name', 'code', 'consts', 'names', 'nregs', 'max_stack', 'flags',
                 'nparams', 'free_from', 'line_table', 'filename', 'source',
                 'source_start', 'source_end', 'cell_slots', 'this_slot', 'length',
                 'arguments_slot', 'new_target_slot', 'function_slot', 'home_slot',
                 'field_inits', 'line_starts', 'global_cache', 'cache_realm')

    def __init__(self, name='', filename='<input>', source=''):
        self.name = name
        self.code = None
        self.consts = ()
        self.names = ()
        self.nregs = 0
        self.max_stack = 0
        self.flags = 0
        self.nparams = 0           # formal parameter count before the first default/rest
        self.length = 0            # the function's 'length' property
        self.free_from = ()        # per closure cell: (from_parent_closure, index)
        self.line_table = ()       # (pc, source offset) pairs, pc ascending
        self.filename = filename
        self.source = source
        self.source_start = 0
        self.source_end = 0
        self.cell_slots = ()       # registers that hold Cells, made at frame entry
        self.this_slot = -1        # register (a Cell if captured) holding `this`
        self.arguments_slot = -1
        self.new_target_slot = -1
        self.function_slot = -1
        self.home_slot = -1
        self.field_inits = None
        self.line_starts = None
        # per instruction, what a LOAD_GLOBAL / STORE_GLOBAL there found: the Cell of a
        # global lexical binding or the Prop of a non-configurable global data property
        # (both keep their identity for the realm's lifetime); made on first use, for
        # the first realm the code runs in
        self.global_cache = None
        self.cache_realm = None

    def __repr__(self):
        return '<code %s>' % (self.name or '<anonymous>')

    def position(self, pc):
        """(line, column) of the instruction at ``pc`` (1-based line and column)."""
        table = self.line_table
        if not table:
            return 0, 0
        i = bisect_right(table, (pc, 1 << 62)) - 1
        offset = table[max(i, 0)][1]
        return self.line_col(offset)

    def line_col(self, offset):
        starts = self.line_starts
        if starts is None:
            import re
            starts = [0] + [m.end() for m in re.finditer('\r\n|[\n\r\u2028\u2029]',
                                                         self.source)]
            self.line_starts = starts
        i = bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1

    def source_text(self):
        return self.source[self.source_start:self.source_end]

    def disassemble(self):
        """This code and then each function it makes, depth first (a work list: the
        nesting of functions may be deep)."""
        lines = []
        todo = [self]
        while todo:
            co = todo.pop()
            lines.append('== %s (%d regs) ==' % (co.name or '<anonymous>', co.nregs))
            pc = 0
            code = co.code
            last_line = None
            while pc < len(code):
                text, nxt = disassemble_one(code, pc, co.consts, co.names)
                line = co.position(pc)[0] if co.line_table else 0
                lines.append('%5s %5d  %s' % (line if line != last_line else '', pc, text))
                last_line = line
                pc = nxt
            todo.extend(reversed([c for c in co.consts if isinstance(c, CodeObject)]))
        return '\n'.join(lines)


class Label:
    __slots__ = ('pc', 'refs')

    def __init__(self):
        self.pc = -1
        self.refs = []


class Assembler:
    """Emits instructions for one CodeObject, with labels and stack-depth tracking."""

    def __init__(self):
        self.code = []
        self.consts = []
        self.const_index = {}
        self.names = []
        self.name_index = {}
        self.line_table = []
        self.depth = 0
        self.max_depth = 0
        self.last_pos = -1

    def pos(self, offset):
        """Mark the source offset of the following instructions."""
        if offset != self.last_pos:
            if self.line_table and self.line_table[-1][0] == len(self.code):
                self.line_table[-1] = (len(self.code), offset)
            else:
                self.line_table.append((len(self.code), offset))
            self.last_pos = offset

    def const(self, value):
        # floats and strings are shared by value (-0.0 and 0.0 kept apart)
        key = (type(value), value, str(value)) if type(value) in (float, str) else \
            ('id', id(value))
        i = self.const_index.get(key)
        if i is None:
            i = len(self.consts)
            self.consts.append(value)
            self.const_index[key] = i
        return i

    def name(self, text):
        i = self.name_index.get(text)
        if i is None:
            i = len(self.names)
            self.names.append(text)
            self.name_index[text] = i
        return i

    def emit(self, op, *operands):
        if len(operands) != len(TABLE[op][1]):
            raise AssertionError('%s takes %d operands, not %d'
                                 % (TABLE[op][0], len(TABLE[op][1]), len(operands)))
        self.code.append(op)
        self.code.extend(operands)
        pops, pushes = TABLE[op][2], TABLE[op][3]
        if pops >= 0:
            self.depth -= pops
        if pushes >= 0:
            self.depth += pushes
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def adjust(self, delta):
        """Stack effect the table cannot know (calls, conditional jumps)."""
        self.depth += delta
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def emit_jump(self, op, label, *extra):
        if 1 + len(extra) != len(TABLE[op][1]) or TABLE[op][1][0] != 't':
            raise AssertionError('%s is not a jump with %d operands'
                                 % (TABLE[op][0], 1 + len(extra)))
        self.code.append(op)
        pops, pushes = TABLE[op][2], TABLE[op][3]
        if pops >= 0:
            self.depth -= pops
        if pushes >= 0:
            self.depth += pushes
        if label.pc >= 0:
            self.code.append(label.pc)
        else:
            label.refs.append(len(self.code))
            self.code.append(-1)
        self.code.extend(extra)
        if self.depth > self.max_depth:
            self.max_depth = self.depth

    def label_ref(self, label):
        """An extra jump-target operand (for opcodes with two targets)."""
        if label.pc >= 0:
            self.code.append(label.pc)
        else:
            label.refs.append(len(self.code))
            self.code.append(-1)

    def place(self, label):
        label.pc = len(self.code)
        for ref in label.refs:
            self.code[ref] = label.pc
        label.refs = []

    def here(self):
        return len(self.code)

    def finish(self, code_obj):
        code_obj.code = list(self.code)   # the compiled loop indexes it as a list
        code_obj.consts = tuple(self.consts)
        code_obj.names = tuple(self.names)
        code_obj.max_stack = self.max_depth + 4
        code_obj.line_table = tuple(self.line_table)
        return code_obj


# register instructions by what the register must hold: a plain value, or the Cell of a
# captured binding (made at frame entry for each of code.cell_slots)
_PLAIN_OPS = frozenset(NUMBER[n] for n in (
    'LOAD_LOCAL', 'STORE_LOCAL', 'LOAD_LOCAL_CHECK', 'CHECK_LOCAL', 'CLEAR_LOCAL',
    'UNDEF_LOCAL', 'NOP2', 'BIND_THIS_LOCAL'))
_CELL_OPS = frozenset(NUMBER[n] for n in (
    'LOAD_DEREF', 'STORE_DEREF', 'LOAD_DEREF_CHECK', 'CHECK_DEREF', 'MAKE_CELL',
    'MAKE_CELL_UNDEF', 'NEW_CELL', 'INIT_DEREF', 'BIND_THIS_DEREF'))


def check_registers(code_obj, temps):
    """The register invariant (a debugging aid): a register is a temporary or a
    binding's slot, never both, and a Cell slot is only used by cell instructions
    (a plain write to it would replace the Cell its closures share). ``temps``: every
    register the function used as a temporary. Raises AssertionError."""
    cells = set(code_obj.cell_slots)
    problems = []
    if len(cells) != len(code_obj.cell_slots):
        problems.append('a cell slot listed twice: %r' % (code_obj.cell_slots,))
    if cells & temps:
        problems.append('cell slots used as temporaries: %r' % sorted(cells & temps))
    code = code_obj.code
    pc = 0
    while pc < len(code):
        op = code[pc]
        if op in _PLAIN_OPS and code[pc + 1] in cells:
            problems.append('pc %d: %s on cell slot %d' % (pc, NAMES[op], code[pc + 1]))
        elif op in _CELL_OPS and code[pc + 1] not in cells:
            problems.append('pc %d: %s on plain slot %d' % (pc, NAMES[op], code[pc + 1]))
        pc += 1 + len(TABLE[op][1])
    if problems:
        raise AssertionError('register invariant broken in %r: %s'
                             % (code_obj, '; '.join(problems)))


__all__ = ['CodeObject', 'Assembler', 'Label', 'NAMES']

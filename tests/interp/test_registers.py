"""The compiler's register allocation: a register is a temporary or a binding's slot, never
both (reflow/interp/compiler/scopes.py FuncInfo, checked by compiler/code.py
check_registers, which the test suite turns on)."""
import pytest

from reflow.interp.compiler import code as code_module
from reflow.interp.compiler.code import Assembler, CodeObject, check_registers
from reflow.interp.compiler.compiler import compile_script
from reflow.interp.compiler.opcodes import NUMBER as O
from reflow.interp.compiler.scopes import FuncInfo


def test_the_suite_runs_with_the_register_check_on():
    assert code_module.CHECK_REGISTERS


def test_a_freed_temporary_is_reused_only_by_a_temporary():
    func = FuncInfo(None, None, 'function', True)
    tmp = func.new_reg()
    func.free_reg(tmp)
    slot = func.binding_slot()
    assert slot != tmp
    assert func.new_reg() == tmp


def test_free_reg_refuses_a_binding_slot_and_a_double_free():
    func = FuncInfo(None, None, 'function', True)
    slot = func.binding_slot()
    with pytest.raises(AssertionError):
        func.free_reg(slot)
    tmp = func.new_reg()
    func.free_reg(tmp)
    with pytest.raises(AssertionError):
        func.free_reg(tmp)


def _code(cells, *instructions):
    asm = Assembler()
    for ins in instructions:
        asm.emit(O[ins[0]], *ins[1:])
    code = CodeObject('probe')
    code.cell_slots = cells
    asm.finish(code)
    return code


@pytest.mark.parametrize('cells, instructions, temps, problem', [
    ((0,), [('PUSH_UNDEFINED',), ('STORE_LOCAL', 0)], set(), 'STORE_LOCAL on cell slot 0'),
    ((), [('LOAD_DEREF', 1), ('POP',)], set(), 'LOAD_DEREF on plain slot 1'),
    ((2,), [('MAKE_CELL', 2)], {2}, 'cell slots used as temporaries'),
    ((3, 3), [('MAKE_CELL', 3)], set(), 'a cell slot listed twice'),
])
def test_check_registers_reports_a_broken_invariant(cells, instructions, temps, problem):
    with pytest.raises(AssertionError, match=problem):
        check_registers(_code(cells, *instructions), temps)


def test_check_registers_accepts_consistent_code():
    check_registers(_code((1,), ('MAKE_CELL', 1), ('PUSH_NULL',), ('STORE_DEREF', 1),
                          ('PUSH_NULL',), ('STORE_LOCAL', 0)), {0})


def _all_code(code):
    yield code
    for c in code.consts:
        if isinstance(c, CodeObject):
            yield from _all_code(c)


@pytest.mark.parametrize('source', [
    'var c = {n: 0}; var o = {m() { c.n++; return [1].map(() => this)[0] }};',
    'var c = {b: 1n}; function f() { c.b++; return (() => this)() }',
    'class A {} var c = {n: 0}; class B extends A { constructor() { c.n++; super(); '
    '(() => this)() } }',
    'function f(c) { var {a, ...r} = c; class K { #p = 1; [a] = 2 } return () => new.target }',
    'function f(o) { with (o) { x++ } return () => arguments }',
    'function f(o) { try { return o } finally { o.n-- } var g = () => this }',
])
def test_a_binding_declared_after_a_freed_temporary_gets_its_own_register(source):
    # end_function already checked each code object (CHECK_REGISTERS); check the
    # cell slots directly too
    for code in _all_code(compile_script(source)):
        check_registers(code, set())
        assert len(set(code.cell_slots)) == len(code.cell_slots)


@pytest.mark.parametrize('source, result', [
    ('var c = {n: 0}; var o = {m() { c.n++; return [1].map(() => this)[0] }};'
     'o.m() === o', True),
    ('var o = {x: 1n}; function f() { o.x++; return (() => this)() }'
     'var t = f.call({a: 1}); typeof t + String(t.a) + String(o.x)', 'object12'),
    ('class A { constructor() { this.v = 1 } } var c = {n: 0};'
     'class B extends A { constructor() { c.n++; super(); var f = () => this } }'
     'new B().v', 1.0),
    ('var o = {x: 5n}; function f() { o.x--; class K { #p = "p"; static p(k) { return k.#p } }'
     'return K.p(new K()) } f() + f() + String(5n)', 'pp5'),
])
def test_the_reported_symptoms_are_gone(js, source, result):
    assert js(source) == result

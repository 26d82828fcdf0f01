"""reflow.interp.compiler: ESTree -> CodeObject. compiler.py holds the Compiler (statements
and bindings) and its mixins sit beside it, one per part of the language; scopes.py is the
scope analysis, opcodes.py the opcode table, code.py the code objects and the assembler."""

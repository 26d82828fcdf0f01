"""14.15 The try Statement, for the compiler (a mixin of ``Compiler``): handlers, catch
parameters, finally blocks on every exit path, and their completion values."""
from .code import Label
from .opcodes import NUMBER
from .scopes import pattern_names

O = NUMBER


class TryCompiler:
    def stmt_TryStatement(self, node):
        # 14.15.3: UpdateEmpty(C, undefined), C the block's or the catch's completion;
        # a finally block's normal completion does not replace it
        self.reset_completion()
        if node['finalizer'] is not None:
            self.try_finally(node)
        else:
            self.try_catch(node['block'], node['handler'])

    def try_catch(self, block, handler):
        from .compiler import _is_lexical
        asm = self.asm
        catch, end = Label(), Label()
        asm.emit_jump(O['PUSH_HANDLER'], catch, 0)
        self.func.exits.append(('handler',))
        self.statement(block)
        self.func.exits.pop()
        asm.emit(O['POP_HANDLER'])
        asm.emit_jump(O['JUMP'], end)
        asm.place(catch)
        asm.adjust(1)   # the exception
        self.reset_completion()
        param = handler['param']
        scope = self.push_scope('catch', handler)
        if param is None:
            asm.emit(O['POP'])
        else:
            for name in pattern_names(param):
                b = self.declare(name, 'catch' if param['type'] == 'Identifier' else 'let',
                                 scope)
                self.reset_binding(b)
            self.bind_pattern(param, init=True)
        body = handler['body']['body']
        if any(_is_lexical(s) for s in body):
            self.enter_block(handler['body'], body)
            self.statements(body)
            self.pop_scope()
        else:
            self.statements(body)
        self.pop_scope()
        asm.place(end)

    def try_finally(self, node):
        asm = self.asm
        cleanup, end = Label(), Label()
        final = node['finalizer']
        asm.emit_jump(O['PUSH_HANDLER'], cleanup, 1)
        self.func.exits.append(('finally', final))
        if node['handler'] is not None:
            self.try_catch(node['block'], node['handler'])
        else:
            self.statement(node['block'])
        self.func.exits.pop()
        asm.emit(O['POP_HANDLER'])
        self.finally_block(final)
        asm.emit_jump(O['JUMP'], end)
        # the throw path: run the finally block, then rethrow
        asm.place(cleanup)
        asm.adjust(1)
        tmp = self.func.new_reg()
        asm.emit(O['STORE_LOCAL'], tmp)
        self.finally_block(final)
        asm.emit(O['LOAD_LOCAL'], tmp)
        self.func.free_reg(tmp)
        asm.emit(O['THROW'])
        asm.place(end)

    def finally_block(self, final):
        """The finally block, keeping the completion value it found when it completes
        normally (an abrupt exit from it keeps its own)."""
        if self.completion_reg < 0:
            self.statement(final)
            return
        saved = self.func.new_reg()
        self.asm.emit(O['LOAD_LOCAL'], self.completion_reg)
        self.asm.emit(O['STORE_LOCAL'], saved)
        self.statement(final)
        self.asm.emit(O['LOAD_LOCAL'], saved)
        self.asm.emit(O['STORE_LOCAL'], self.completion_reg)
        self.func.free_reg(saved)


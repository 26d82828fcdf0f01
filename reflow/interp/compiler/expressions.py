"""13 Expressions (compiler mixin)."""
from reflow.parser.numeric import int_to_digits
from .code import Label
from .opcodes import NUMBER
from ..vm.values import JSBigInt

O = NUMBER

_BINARY = {
    '+': O['ADD'], '-': O['SUB'], '*': O['MUL'], '/': O['DIV'], '%': O['MOD'],
    '**': O['EXP'], '<': O['LT'], '>': O['GT'], '<=': O['LE'], '>=': O['GE'],
    '==': O['EQ'], '!=': O['NE'], '===': O['SEQ'], '!==': O['SNE'], '&': O['BIT_AND'],
    '|': O['BIT_OR'], '^': O['BIT_XOR'], '<<': O['SHL'], '>>': O['SHR'], '>>>': O['USHR'],
    'instanceof': O['INSTANCEOF'], 'in': O['IN'],
}
_UNARY = {'-': O['NEG'], '+': O['PLUS'], '!': O['NOT'], '~': O['BIT_NOT']}
_ANONYMOUS = ('FunctionExpression', 'ArrowFunctionExpression', 'ClassExpression')


class ExpressionCompiler:

    def expression(self, node, name_for=None):
        """Compile ``node``, leaving its value on the stack. ``name_for`` (an Identifier
        node or a str) names an anonymous function or class (8.4.5 NamedEvaluation)."""
        t = node['type']
        if name_for is not None and t in _ANONYMOUS and node.get('id') is None:
            name = name_for if type(name_for) is str else (
                name_for['name'] if name_for['type'] == 'Identifier' else None)
            if name is not None:
                return getattr(self, 'expr_' + t)(node, name)
        return getattr(self, 'expr_' + t)(node)

    # 13.1 identifiers, 13.2 primary expressions
    def expr_Identifier(self, node):
        self.load_name(node['name'], node)

    def expr_Literal(self, node):
        asm = self.asm
        v = node['value']
        if 'regex' in node:
            r = node['regex']
            asm.emit(O['MAKE_REGEXP'], asm.const(r['pattern']), asm.const(r['flags']))
        elif 'bigint' in node:
            asm.emit(O['PUSH_CONST'], asm.const(JSBigInt(v)))
        elif v is None:
            asm.emit(O['PUSH_NULL'])
        elif v is True:
            asm.emit(O['PUSH_TRUE'])
        elif v is False:
            asm.emit(O['PUSH_FALSE'])
        elif type(v) is str:
            asm.emit(O['PUSH_CONST'], asm.const(v))
        else:
            asm.emit(O['PUSH_CONST'], asm.const(float(v)))

    def expr_ThisExpression(self, node):
        self.load_special('%this')

    def expr_TemplateLiteral(self, node):
        asm = self.asm
        quasis = node['quasis']
        asm.emit(O['PUSH_CONST'], asm.const(quasis[0]['value']['cooked']))
        for i, expr in enumerate(node['expressions']):
            self.expression(expr)
            asm.emit(O['TO_STRING'])
            asm.emit(O['ADD'])
            cooked = quasis[i + 1]['value']['cooked']
            if cooked:
                asm.emit(O['PUSH_CONST'], asm.const(cooked))
                asm.emit(O['ADD'])

    def expr_TaggedTemplateExpression(self, node):
        asm = self.asm
        quasi = node['quasi']
        site = TemplateSite(tuple(q['value']['raw'] for q in quasi['quasis']),
                            tuple(q['value']['cooked'] for q in quasi['quasis']))
        self.callee_and_this(node['tag'])
        asm.emit(O['GET_TEMPLATE'], asm.const(site))
        for expr in quasi['expressions']:
            self.expression(expr)
        n = 1 + len(quasi['expressions'])
        asm.emit(O['CALL'], n)
        asm.adjust(-(n + 1))

    # 13.2.4 Array Initializer
    def expr_ArrayExpression(self, node):
        asm = self.asm
        elems = node['elements']
        simple = all(e is not None and e['type'] != 'SpreadElement' for e in elems)
        if simple and len(elems) < 64:
            for e in elems:
                self.expression(e)
            asm.emit(O['NEW_ARRAY'], len(elems))
            asm.adjust(-len(elems))
            return
        asm.emit(O['NEW_ARRAY'], 0)
        for e in elems:
            if e is None:
                asm.emit(O['ARRAY_HOLE'])
            elif e['type'] == 'SpreadElement':
                self.expression(e['argument'])
                asm.emit(O['ARRAY_SPREAD'])
            else:
                self.expression(e)
                asm.emit(O['ARRAY_APPEND'])

    # 13.2.5 Object Initializer
    def expr_ObjectExpression(self, node):
        asm = self.asm
        asm.emit(O['NEW_OBJECT'])
        for prop in node['properties']:
            if prop['type'] == 'SpreadElement':
                self.expression(prop['argument'])
                asm.emit(O['COPY_DATA_PROPERTIES'])
                continue
            key = prop['key']
            value = prop['value']
            kind = prop['kind']
            if kind == 'init' and not prop['method']:
                if not prop['computed'] and not prop['shorthand'] and \
                        _static_key(key) == '__proto__':
                    self.expression(value)
                    asm.emit(O['SET_PROTO_LITERAL'])
                    continue
                if prop['computed']:
                    self.expression(key)
                    asm.emit(O['TO_PROPERTY_KEY'])
                    if value['type'] in _ANONYMOUS and value.get('id') is None:
                        self.expression(value)
                        asm.emit(O['SET_FUNCTION_NAME_KEY'], 0)
                    else:
                        self.expression(value)
                    asm.emit(O['DEFINE_FIELD_ELEM'])
                else:
                    name = _static_key(key)
                    self.expression(value, name_for=name)
                    asm.emit(O['DEFINE_FIELD'], asm.name(name))
                continue
            # methods, getters, setters (15.4.4 DefineMethodProperty, enumerable)
            flag = {'init': 0, 'get': 1, 'set': 2}[kind] + 4
            if prop['computed']:
                self.expression(key)
                asm.emit(O['TO_PROPERTY_KEY'])
                self.compile_method(value, None, kind, prop)
                asm.emit(O['DEFINE_METHOD_ELEM'], flag)
            else:
                name = _static_key(key)
                self.compile_method(value, name, kind, prop)
                asm.emit(O['DEFINE_METHOD'], flag, asm.name(name))

    # 13.3.5 The new Operator
    def expr_NewExpression(self, node):
        asm = self.asm
        self.expression(node['callee'])
        args = node['arguments']
        if any(a['type'] == 'SpreadElement' for a in args):
            self.arguments_array(args)
            asm.emit(O['NEW_SPREAD'])
            return
        for a in args:
            self.expression(a)
        asm.pos(node['range'][0])
        asm.emit(O['NEW'], len(args))
        asm.adjust(-(len(args) + 1))

    def expr_MetaProperty(self, node):
        if node['meta']['name'] == 'new':
            self.load_special('%newtarget')
        else:
            self.import_meta()

    # 13.4 Update Expressions
    def expr_UpdateExpression(self, node):
        asm = self.asm
        arg = node['argument']
        op = O['INC'] if node['operator'] == '++' else O['DEC']
        prefix = node['prefix']
        t = arg['type']
        if t == 'Identifier':
            # one reference for the read and the write (13.4.2.1 / 13.4.4.1)
            reg = self.resolve_early(arg)
            if reg is not None:
                self.load_via_reference(arg, reg)
            else:
                self.load_name(arg['name'], arg)
            if prefix:
                asm.emit(op)
                asm.emit(O['DUP'])
            else:
                asm.emit(O['TO_NUMERIC'])
                asm.emit(O['DUP'])
                asm.emit(op)
            self.store_name(arg['name'], arg)
            return
        if t == 'MemberExpression':
            self.member_read_modify(arg, lambda: self._update_op(op, prefix))
            return
        # B.3.6 a call as an update target: evaluate it, then throw a ReferenceError
        self.expression(arg)
        asm.emit(O['THROW_ERROR'], 1, asm.name('Invalid left-hand side expression in '
                                               'postfix operation'))

    def _update_op(self, op, prefix):
        """value on stack -> (result-to-store, expression value) arranged by caller."""
        asm = self.asm
        if prefix:
            asm.emit(op)
            return 'same'
        asm.emit(O['TO_NUMERIC'])
        return op

    def member_read_modify(self, target, modify):
        """Read target (a member), apply ``modify`` to the value, store it back; leaves
        the expression's value on the stack. ``modify`` returns 'same' when the stored
        value is the result, or an opcode to apply after saving the old value."""
        asm = self.asm
        obj = target['object']
        if obj['type'] == 'Super':
            return self.super_read_modify(target, modify)
        self.expression(obj)
        prop = target['property']
        if target['computed']:
            self.expression(prop)
            asm.emit(O['MEMBER_KEY'])
            asm.emit(O['DUP2'])
            asm.emit(O['GET_ELEM'])
            r = modify()
            if r == 'same':
                asm.emit(O['SET_ELEM'])
            else:
                tmp = self.func.new_reg()
                asm.emit(O['DUP'])
                asm.emit(O['STORE_LOCAL'], tmp)
                asm.emit(r)
                asm.emit(O['SET_ELEM'])
                asm.emit(O['POP'])
                asm.emit(O['LOAD_LOCAL'], tmp)
                self.func.free_reg(tmp)
            return
        if prop['type'] == 'PrivateIdentifier':
            asm.emit(O['DUP'])
            self.private_get(prop)
            r = modify()
            if r == 'same':
                self.private_set(prop)
            else:
                tmp = self.func.new_reg()
                asm.emit(O['DUP'])
                asm.emit(O['STORE_LOCAL'], tmp)
                asm.emit(r)
                self.private_set(prop)
                asm.emit(O['POP'])
                asm.emit(O['LOAD_LOCAL'], tmp)
                self.func.free_reg(tmp)
            return
        name = asm.name(prop['name'])
        asm.emit(O['DUP'])
        asm.emit(O['GET_PROP'], name)
        r = modify()
        if r == 'same':
            asm.emit(O['SET_PROP'], name)
        else:
            tmp = self.func.new_reg()
            asm.emit(O['DUP'])
            asm.emit(O['STORE_LOCAL'], tmp)
            asm.emit(r)
            asm.emit(O['SET_PROP'], name)
            asm.emit(O['POP'])
            asm.emit(O['LOAD_LOCAL'], tmp)
            self.func.free_reg(tmp)

    # 13.5 Unary Operators
    def expr_UnaryExpression(self, node):
        asm = self.asm
        op = node['operator']
        arg = node['argument']
        if op == 'typeof' and arg['type'] == 'Identifier':
            self.typeof_name(arg['name'], arg)
            return
        if op == 'delete':
            return self.delete(arg)
        self.expression(arg)
        if op == 'typeof':
            asm.emit(O['TYPEOF'])
        elif op == 'void':
            asm.emit(O['POP'])
            asm.emit(O['PUSH_UNDEFINED'])
        else:
            asm.emit(_UNARY[op])

    def delete(self, arg):
        """13.5.1.2 delete: a reference is deleted; any other value is just evaluated."""
        asm = self.asm
        t = arg['type']
        if t == 'ChainExpression':
            saved = getattr(self, 'chain_end', None)
            self.chain_end = Label()
            end = Label()
            self.delete(arg['expression'])
            asm.emit_jump(O['JUMP'], end)
            asm.place(self.chain_end)
            asm.emit(O['POP'])
            asm.emit(O['PUSH_TRUE'])
            asm.place(end)
            self.chain_end = saved
            return
        if t == 'MemberExpression':
            if arg['object']['type'] == 'Super':
                self.load_special('%this')
                asm.emit(O['POP'])
                asm.emit(O['THROW_ERROR'], 1, asm.name('Unsupported reference to '
                                                       "'super'"))
                asm.adjust(1)
                return
            self.expression(arg['object'])
            if arg.get('optional'):
                asm.emit_jump(O['JUMP_IF_NULLISH'], self.chain_end)
            if arg['computed']:
                self.expression(arg['property'])
                asm.emit(O['DELETE_ELEM'])
            else:
                asm.emit(O['DELETE_PROP'], asm.name(arg['property']['name']))
            return
        if t == 'Identifier':
            b, _ = self.lookup(arg['name'])
            envs = self.last_envs
            end = Label()
            if envs is not None:
                self.dynamic_checks(envs, arg['name'], 'DYN_DELETE', end)
            if b is None:
                asm.emit(O['DELETE_GLOBAL'], asm.name(arg['name']))
            else:
                asm.emit(O['PUSH_FALSE'])
            asm.place(end)
            return
        self.expression(arg)
        asm.emit(O['POP'])
        asm.emit(O['PUSH_TRUE'])

    # 13.14 Conditional Operator
    def expr_ConditionalExpression(self, node):
        asm = self.asm
        else_, end = Label(), Label()
        self.condition(node['test'], else_, False)
        self.expression(node['consequent'])
        asm.emit_jump(O['JUMP'], end)
        asm.adjust(-1)
        asm.place(else_)
        self.expression(node['alternate'])
        asm.place(end)

    # 13.15 Assignment Operators
    def expr_AssignmentExpression(self, node):
        asm = self.asm
        op = node['operator']
        left = node['left']
        t = left['type']
        if op == '=':
            if t == 'Identifier':
                self.resolve_early(left)
                self.expression(node['right'], name_for=left)
                asm.emit(O['DUP'])
                self.store_name(left['name'], left)
            elif t == 'MemberExpression':
                self.assign_member(left, node['right'])
            elif t in ('ObjectPattern', 'ArrayPattern'):
                self.expression(node['right'])
                asm.emit(O['DUP'])
                self.assign_to_pattern(left)
            else:   # B.3.6 a call as an assignment target
                self.expression(left)
                asm.emit(O['POP'])
                self.expression(node['right'])
                asm.emit(O['THROW_ERROR'], 1, asm.name('Invalid left-hand side in '
                                                       'assignment'))
            return
        if op in ('&&=', '||=', '??='):
            return self.logical_assignment(node)
        binop = _BINARY[op[:-1]]
        if t == 'Identifier':
            reg = self.resolve_early(left)
            if reg is not None:
                self.load_via_reference(left, reg)
            else:
                self.load_name(left['name'], left)
            self.expression(node['right'])
            asm.emit(binop)
            asm.emit(O['DUP'])
            self.store_name(left['name'], left)
            return
        if t == 'MemberExpression':
            def modify():
                self.expression(node['right'])
                asm.emit(binop)
                return 'same'
            self.member_read_modify(left, modify)
            return
        self.expression(left)
        asm.emit(O['THROW_ERROR'], 1, asm.name('Invalid left-hand side in assignment'))

    def assign_member(self, left, right):
        asm = self.asm
        obj = left['object']
        if obj['type'] == 'Super':
            return self.super_assign(left, right)
        self.expression(obj)
        prop = left['property']
        if left['computed']:
            self.expression(prop)   # ToPropertyKey happens at PutValue (SET_ELEM)
            self.expression(right)
            asm.emit(O['SET_ELEM'])
        elif prop['type'] == 'PrivateIdentifier':
            self.expression(right)
            self.private_set(prop)
        else:
            self.expression(right)
            asm.emit(O['SET_PROP'], asm.name(prop['name']))

    def logical_assignment(self, node):
        """13.15.2: a &&= b assigns only if the short-circuit does not happen."""
        asm = self.asm
        op = node['operator']
        left = node['left']
        jump = {'&&=': O['JUMP_IF_FALSE_KEEP'], '||=': O['JUMP_IF_TRUE_KEEP'],
                '??=': O['JUMP_IF_NOT_NULLISH_KEEP']}[op]
        end = Label()
        if left['type'] == 'Identifier':
            self.load_name(left['name'], left)
            asm.emit_jump(jump, end)
            self.expression(node['right'], name_for=left)
            asm.emit(O['DUP'])
            self.store_name(left['name'], left)
            asm.place(end)
            return
        # member: obj [key] value -> short-circuit leaves value; else store
        obj = left['object']
        self.expression(obj)
        prop = left['property']
        done = Label()
        if left['computed']:
            self.expression(prop)
            asm.emit(O['MEMBER_KEY'])
            asm.emit(O['DUP2'])
            asm.emit(O['GET_ELEM'])
            asm.emit_jump(jump, end)
            self.expression(node['right'])
            asm.emit(O['SET_ELEM'])
            asm.emit_jump(O['JUMP'], done)
            asm.place(end)
            asm.adjust(2)
            asm.emit(O['ROT3'])
            asm.emit(O['POP'])
            asm.emit(O['POP'])
            asm.place(done)
        elif prop['type'] == 'PrivateIdentifier':
            asm.emit(O['DUP'])
            self.private_get(prop)
            asm.emit_jump(jump, end)
            self.expression(node['right'])
            self.private_set(prop)
            asm.emit_jump(O['JUMP'], done)
            asm.place(end)
            asm.adjust(1)
            asm.emit(O['SWAP'])
            asm.emit(O['POP'])
            asm.place(done)
        else:
            name = asm.name(prop['name'])
            asm.emit(O['DUP'])
            asm.emit(O['GET_PROP'], name)
            asm.emit_jump(jump, end)
            self.expression(node['right'])
            asm.emit(O['SET_PROP'], name)
            asm.emit_jump(O['JUMP'], done)
            asm.place(end)
            asm.adjust(1)
            asm.emit(O['SWAP'])
            asm.emit(O['POP'])
            asm.place(done)

    def super_read_modify(self, target, modify):
        """super.x op= v, super[k]++ ...: the reference (this, home, key) is kept in
        registers for the read and the write."""
        asm = self.asm
        regs = [self.func.new_reg() for _ in range(4)]
        this_r, func_r, key_r, val_r = regs
        self.load_special('%this')
        asm.emit(O['STORE_LOCAL'], this_r)
        self.load_special('%func')
        asm.emit(O['STORE_LOCAL'], func_r)
        if target['computed']:
            self.expression(target['property'])
            asm.emit(O['TO_PROPERTY_KEY'])
        else:
            asm.emit(O['PUSH_CONST'], asm.const(target['property']['name']))
        asm.emit(O['STORE_LOCAL'], key_r)
        for r in (this_r, func_r, key_r):
            asm.emit(O['LOAD_LOCAL'], r)
        asm.emit(O['SUPER_GET_ELEM'])
        r = modify()
        if r != 'same':
            old = self.func.new_reg()
            asm.emit(O['DUP'])
            asm.emit(O['STORE_LOCAL'], old)
            asm.emit(r)
        asm.emit(O['STORE_LOCAL'], val_r)
        for reg in regs:
            asm.emit(O['LOAD_LOCAL'], reg)
        asm.emit(O['SUPER_SET'])
        if r != 'same':
            asm.emit(O['POP'])
            asm.emit(O['LOAD_LOCAL'], old)
            self.func.free_reg(old)
        for reg in regs:
            self.func.free_reg(reg)

    # 13.16 Comma Operator
    def expr_SequenceExpression(self, node):
        exprs = node['expressions']
        for e in exprs[:-1]:
            self.expression(e)
            self.asm.emit(O['POP'])
        self.expression(exprs[-1])

    def expr_SpreadElement(self, node):
        raise self.unsupported('spread here')

    def unsupported(self, what):
        from .compiler import CompileError
        return CompileError('%s is not supported yet' % what)


class TemplateSite:
    """13.2.8.4 GetTemplateObject: one per tagged template site; the realm caches the
    frozen strings array on it."""
    __slots__ = ('raw', 'cooked', 'cache')

    def __init__(self, raw, cooked):
        self.raw = raw
        self.cooked = cooked
        self.cache = None

    def __repr__(self):
        return '<template %r>' % (self.raw,)


def _static_key(key):
    """The property name of a non-computed key (Identifier or Literal)."""
    if key['type'] == 'Identifier':
        return key['name']
    v = key['value']
    if type(v) is str:
        return v
    if 'bigint' in key:
        return int_to_digits(v)
    from ..vm.operations import number_to_string
    return number_to_string(float(v))

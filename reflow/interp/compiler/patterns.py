"""14.3.3 Destructuring Binding Patterns and 13.15.5 Destructuring Assignment (compiler
mixin). Both take the value from the top of the stack and consume it."""
from .code import Label
from .opcodes import NUMBER

O = NUMBER


class PatternCompiler:

    def bind_pattern(self, target, init):
        """Bind the value on the stack to a binding pattern (var/let/const/param)."""
        t = target['type']
        if t == 'Identifier':
            self.store_name(target['name'], target, init=init)
        elif t == 'ObjectPattern':
            self.object_pattern(target, lambda node: self.bind_pattern(node, init))
        elif t == 'ArrayPattern':
            self.array_pattern(target, lambda node: self.bind_pattern(node, init))
        elif t == 'AssignmentPattern':
            self.default_value(target, lambda node: self.bind_pattern(node, init))
        else:
            raise self.unsupported('pattern ' + t)

    def assign_to_pattern(self, target):
        """Assign the value on the stack to an assignment target (13.15.5)."""
        t = target['type']
        asm = self.asm
        if t == 'Identifier':
            self.store_name(target['name'], target)
        elif t == 'MemberExpression':
            # 13.15.5.6: the target reference is evaluated before the value is got...
            # here the value is already computed; evaluate the reference, then store
            self.expression(target['object'])
            asm.emit(O['SWAP'])
            prop = target['property']
            if target['computed']:
                self.expression(prop)
                asm.emit(O['SWAP'])
                asm.emit(O['SET_ELEM'])
            elif prop['type'] == 'PrivateIdentifier':
                self.private_set(prop)
            else:
                asm.emit(O['SET_PROP'], asm.name(prop['name']))
            asm.emit(O['POP'])
        elif t == 'ObjectPattern':
            self.object_pattern(target, self.assign_to_pattern)
        elif t == 'ArrayPattern':
            self.array_pattern(target, self.assign_to_pattern)
        elif t == 'AssignmentPattern':
            self.default_value(target, self.assign_to_pattern)
        else:
            self.expression(target)
            asm.emit(O['THROW_ERROR'], 1, asm.name('Invalid destructuring assignment '
                                                   'target'))

    def default_value(self, node, then):
        """AssignmentPattern: use the default when the value is undefined."""
        asm = self.asm
        have = Label()
        asm.emit_jump(O['JUMP_IF_NOT_UNDEFINED'], have)
        left = node['left']
        self.expression(node['right'], name_for=left if left['type'] == 'Identifier'
                        else None)
        asm.place(have)
        then(left)

    # 14.3.3.1 / 13.15.5.3 object patterns
    def object_pattern(self, node, then):
        asm = self.asm
        asm.emit(O['REQUIRE_OBJECT_COERCIBLE'])
        props = node['properties']
        rest = props[-1] if props and props[-1]['type'] == 'RestElement' else None
        keys_reg = -1
        if rest is not None:
            keys_reg = self.func.new_reg()
            asm.emit(O['NEW_ARRAY'], 0)
            asm.emit(O['STORE_LOCAL'], keys_reg)
        for prop in props:
            if prop['type'] == 'RestElement':
                continue
            target = prop['value']
            # 14.3.3.3 KeyedBindingInitialization / 13.15.5.4: the target is resolved
            # after the key and before the property is read
            early = target['left'] if target['type'] == 'AssignmentPattern' else target
            asm.emit(O['DUP'])
            key = prop['key']
            if prop['computed']:
                self.expression(key)
                asm.emit(O['TO_PROPERTY_KEY'])
                if rest is not None:
                    asm.emit(O['DUP'])
                    asm.emit(O['LOAD_LOCAL'], keys_reg)
                    asm.emit(O['SWAP'])
                    asm.emit(O['ARRAY_APPEND'])
                    asm.emit(O['POP'])
                self.resolve_early(early)
                asm.emit(O['GET_ELEM'])
            else:
                from .expressions import _static_key
                name = _static_key(key)
                if rest is not None:
                    asm.emit(O['LOAD_LOCAL'], keys_reg)
                    asm.emit(O['PUSH_CONST'], asm.const(name))
                    asm.emit(O['ARRAY_APPEND'])
                    asm.emit(O['POP'])
                self.resolve_early(early)
                asm.emit(O['GET_PROP'], asm.name(name))
            then(prop['value'])
        if rest is not None:
            asm.emit(O['LOAD_LOCAL'], keys_reg)
            asm.emit(O['COPY_REST'])
            self.func.free_reg(keys_reg)
            then(rest['argument'])
        else:
            asm.emit(O['POP'])

    # 14.3.3.2 / 13.15.5.5 array patterns: iterate the value
    def array_pattern(self, node, then):
        asm = self.asm
        asm.emit(O['GET_ITERATOR'], 0)
        handler = Label()
        asm.emit_jump(O['PUSH_HANDLER'], handler, 1)
        for elem in node['elements']:
            if elem is not None and elem['type'] == 'RestElement':
                asm.emit(O['ITER_REST'])
                then(elem['argument'])
                continue
            asm.emit(O['ITER_STEP'])        # iter -> iter value (undefined when done)
            if elem is None:
                asm.emit(O['POP'])
            else:
                then(elem)
        asm.emit(O['POP_HANDLER'])
        asm.emit(O['ITER_CLOSE_IF_OPEN'])
        end = Label()
        asm.emit_jump(O['JUMP'], end)
        asm.place(handler)
        asm.adjust(1)
        asm.emit(O['SWAP'])
        asm.emit(O['ITER_CLOSE_THROW'])
        asm.emit(O['THROW'])
        asm.adjust(-0)
        asm.place(end)

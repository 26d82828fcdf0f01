"""TC39 decorators (the 2022-03 proposal, TypeScript 5's default), lowered as `tsc
--target ES2022` does: a decorated class becomes an arrow function called at once,
whose `let`s hold each element's decorators, initializers and extra initializers; a
first static block of the class evaluates the decorators (those not already evaluated
in a computed key: decorators and keys are evaluated in source order) and applies them
with __reflow$esDecorate, static methods and accessors first, then instance ones, then
static fields, then instance fields, then the class; field initializers run the
initializer transforms, and the extra initializers (addInitializer) run after the
element before them.
"""
from .typescript_decorators import (expression, statements, class_members, ident, literal,
                                    private_name, key_name, private_names, fresh_private,
                                    lower_accessor, lower_plain_accessors, storage_base,
                                    place, let_declaration, replace_this, this_expression,
                                    copy_tree, into_constructor)

KINDS = {'method': 'method', 'get': 'getter', 'set': 'setter'}

# the context's `access` object, by kind (a private key is read as `obj.#x`)
ACCESS = {
    'get': 'get: obj => obj[$K]', 'set': 'set: (obj, value) => { obj[$K] = value; }',
    'private get': 'get: obj => obj.$K', 'private set': 'set: (obj, value) => { obj.$K = value; }',
}
ACCESSORS = {'method': ('get',), 'getter': ('get',), 'setter': ('set',),
             'field': ('get', 'set'), 'accessor': ('get', 'set')}


class Element:
    """One decorated class element."""

    def __init__(self, member, kind, decorators):
        self.member = member
        self.kind = kind
        self.decorators = decorators
        self.static = member['static']
        self.key_kind, self.name = key_name(member)
        self.private = self.key_kind == 'private'
        self.temp = None      # the computed key, once evaluated
        self.initializers = self.extra = self.descriptor = None

    def base(self):
        """tsc's stem of the element's temporaries (`_static_get_x_decorators`)."""
        parts = ['static'] if self.static else []
        if self.private:
            parts.append('private')
        if self.kind in ('getter', 'setter'):
            parts.append(self.kind[:3])
        name = self.name.lstrip('#') if self.name else ''
        parts.append(name if name.isidentifier() else 'member')
        return '_' + '_'.join(parts)

    def key(self):
        rng = self.member['range']
        if self.private:
            return private_name(self.name[1:], rng)
        if self.temp is not None:
            return ident(self.temp, rng)
        return literal(self.name, rng)


def lower_class(lw, cls, container, slot, hint):
    members = cls['body']['body']
    if not cls.get('decorators') and not any(m.get('decorators') for m in members):
        lower_plain_accessors(cls, lw)
        return
    rng = cls['range']
    declaration = cls['type'] == 'ClassDeclaration'
    if declaration and cls['id'] is None:
        # `export default class {}`: tsc's local name, which names the class too
        cls['id'] = ident(lw.fresh('default_1'), rng)
    name = cls['id']['name'] if cls['id'] else None
    iife = _ClassLowering(lw, cls, hint).lower()
    binding = [let_declaration([(name, iife)], rng)] if name else None
    place(cls, declaration, container, slot, iife, binding, name)


class _ClassLowering:
    def __init__(self, lw, cls, hint):
        self.lw = lw
        self.cls = cls
        self.rng = cls['range']
        self.hint = hint
        self.lets = []      # the arrow function's `let`s: (name, initial value or None)
        self.temps = []     # its `var`s: the computed keys
        self.elements = []
        self.outer_this_name = None
        self.define = lw.options.use_define_for_class_fields

    def fresh(self, base):
        return self.lw.fresh(base)

    def helper(self, name):
        return self.lw.helper(name)

    def lower(self):
        cls, rng, fresh = self.cls, self.rng, self.fresh
        class_decorators = cls.pop('decorators', None) or []
        self.decorated = bool(class_decorators)
        if self.decorated:
            self.class_decorators = fresh('_classDecorators')
            self.lets.append((self.class_decorators, self.array(
                [self.decorator(d) for d in class_decorators], rng)))
            self.class_descriptor = fresh('_classDescriptor')
            self.class_extra = fresh('_classExtraInitializers')
            self.class_this = fresh('_classThis')
            self.lets += [(self.class_descriptor, None), (self.class_extra, self.array([], rng)),
                          (self.class_this, None)]
            # the class is a `var` of the arrow function, which the replacement is given to
            self.var_name = cls['id']['name'] if cls['id'] else fresh('class')
        self.super = None
        if cls['superClass'] is not None:
            # the superclass is evaluated once, after the class decorators; its
            # metadata is the prototype of the class's
            self.super = fresh('_classSuper')
            self.lets.append((self.super, cls['superClass']))
            cls['superClass'] = ident(self.super, cls['superClass']['range'])
        pending = self.evaluate_keys()
        static_extra = instance_extra = None
        if any(e.static and e.kind != 'field' for e in self.elements):
            static_extra = fresh('_staticExtraInitializers')
            self.lets.append((static_extra, self.array([], rng)))
        if any(not e.static and e.kind != 'field' for e in self.elements):
            instance_extra = fresh('_instanceExtraInitializers')
            self.lets.append((instance_extra, self.array([], rng)))
        self.static_extra, self.instance_extra = static_extra, instance_extra
        for e in self.elements:
            self.lets.append((e.decorators_name, None))
            if e.kind in ('field', 'accessor'):
                e.initializers = fresh(e.base() + '_initializers')
                e.extra = fresh(e.base() + '_extraInitializers')
                self.lets += [(e.initializers, self.array([], rng)),
                              (e.extra, self.array([], rng))]
            if e.private and e.kind != 'field':
                e.descriptor = fresh(e.base() + '_descriptor')
                self.lets.append((e.descriptor, None))
        block = self.decoration_block(pending)
        body = self.rewrite_members()
        body = self.chain_initializers(body)
        head = []
        this_ref = 'this'
        if self.decorated:
            head += class_members('static { $T = this; }', rng, T=self.class_this)
            this_ref = self.class_this
        if cls['id'] is None:
            head += class_members('static { $F(' + this_ref + ', $N); }', rng,
                                  F=self.helper('setFunctionName'), N=literal(self.hint or '', rng))
        cls['body']['body'] = head + [block] + body
        out = []
        if self.temps:
            out.append(let_declaration([(t, None) for t in self.temps], rng, 'var'))
        out.append(let_declaration(self.lets, rng))
        if self.decorated:
            name = self.var_name
            cls['id'] = None
            cls['type'] = 'ClassExpression'
            out.append(let_declaration([(name, cls)], rng, 'var'))
            out += statements('return $C = $T;', rng, C=name, T=self.class_this)
        else:
            cls['type'] = 'ClassExpression'
            out.append({'type': 'ReturnStatement', 'argument': cls, 'range': list(rng)})
        return expression('(() => { $BODY })()', rng, BODY=out)

    def outer_this(self):
        if self.outer_this_name is None:
            self.outer_this_name = self.fresh('_outerThis')
            self.lets.insert(0, (self.outer_this_name, this_expression(self.rng)))
        return ident(self.outer_this_name, self.rng)

    def decorator(self, d):
        """A decorator's value: `@a.b` is called with `this` a (tsc binds it:
        `(_a = a).b.bind(_a)`)."""
        expr = d['expression']
        if expr['type'] != 'MemberExpression' or expr['object']['type'] == 'Super' \
                or expr.get('optional'):
            return expr
        temp = self.fresh('_a')
        self.temps.append(temp)
        r = expr['range']
        expr['object'] = expression('$T = $O', expr['object']['range'], T=temp, O=expr['object'])
        return expression('$F.bind($T)', r, F=expr, T=temp)

    def array(self, items, rng):
        return {'type': 'ArrayExpression', 'elements': items, 'range': list(rng)}

    def evaluate_keys(self):
        """Make the elements; the decorators and the computed keys are evaluated in
        source order: the decorators before a computed key are evaluated in it, the
        others (returned) in the decoration block."""
        pending = []
        taken = private_names(self.cls)
        for m in self.cls['body']['body']:
            if m['type'] == 'StaticBlock':
                continue
            if m['type'] == 'AccessorProperty':
                m['storage'] = fresh_private(taken, storage_base(m))
            decorators = m.pop('decorators', None)
            element = None
            if decorators and m.get('kind') != 'constructor':
                kind = KINDS.get(m.get('kind')) if m['type'] == 'MethodDefinition' else (
                    'field' if m['type'] == 'PropertyDefinition' else 'accessor')
                element = Element(m, kind, decorators)
                element.storage = m.get('storage')
                element.decorators_name = self.fresh(element.base() + '_decorators')
                self.elements.append(element)
                first = decorators[0]['range']
                for d in decorators:
                    # evaluated in a static block: `this` is the class's (tsc's _outerThis)
                    replace_this(d, 'expression', self.outer_this)
                pending.append(expression('$D = $A', first, D=element.decorators_name,
                                          A=self.array([self.decorator(d) for d in decorators],
                                                       first)))
            if key_name(m)[0] != 'computed':
                continue
            key = m['key']
            if element is not None or m['type'] == 'AccessorProperty':
                temp = self.fresh('_a')
                self.temps.append(temp)
                if element is not None:
                    element.temp = temp
                m['setter_key'] = ident(temp, key['range'])
                key = expression('$T = $P($K)', key['range'], T=temp,
                                 P=self.helper('propKey'), K=key)
            if pending:
                key = {'type': 'SequenceExpression', 'expressions': pending + [key],
                       'range': list(key['range'])}
                pending = []
            m['key'] = key
        return pending

    def context(self, e):
        """The context object given to the decorators of ``e``."""
        rng = e.member['range']
        access = ['has: obj => $K in obj'] + [ACCESS[('private ' if e.private else '') + a]
                                              for a in ACCESSORS[e.kind]]
        text = ('{ kind: $KIND, name: $NAME, static: $STATIC, private: $PRIVATE, access: { '
                + ', '.join(access) + ' }, metadata: $META }')
        name = literal(e.name, rng) if e.temp is None else ident(e.temp, rng)
        return expression(text, rng, KIND=literal(e.kind, rng), NAME=name,
                          STATIC=literal(e.static, rng), PRIVATE=literal(e.private, rng),
                          K=e.key, META=self.metadata)

    def decoration_block(self, pending):
        """The static block evaluating the remaining decorators and applying all."""
        rng = self.rng
        self.metadata = self.fresh('_metadata')
        parent = '$S[Symbol.metadata] ?? null' if self.super else 'null'
        code = statements('const $M = typeof Symbol === "function" && Symbol.metadata ? '
                          'Object.create(' + parent + ') : void 0;', rng,
                          M=self.metadata, S=self.super)
        code += [{'type': 'ExpressionStatement', 'expression': p, 'range': list(p['range'])}
                 for p in pending]
        order = ([e for e in self.elements if e.static and e.kind != 'field'] +
                 [e for e in self.elements if not e.static and e.kind != 'field'] +
                 [e for e in self.elements if e.static and e.kind == 'field'] +
                 [e for e in self.elements if not e.static and e.kind == 'field'])
        decorate = self.helper('esDecorate')
        for e in order:
            r = e.member['range']
            extra = e.extra or (self.static_extra if e.static else self.instance_extra)
            code += statements('$F($HOME, $DESC, $D, $CTX, $INIT, $X);', r, F=decorate,
                               HOME=this_expression(r) if e.kind != 'field' else literal(None, r),
                               DESC=self.private_descriptor(e), D=e.decorators_name,
                               CTX=self.context(e),
                               INIT=e.initializers or literal(None, r), X=extra)
        target = 'this'
        if self.decorated:
            target = self.class_this
            code += statements(
                '$F(null, $DESC = { value: $T }, $D, { kind: "class", name: $T.name, '
                'metadata: $M }, null, $X); $C = $T = $DESC.value;', rng, F=decorate,
                DESC=self.class_descriptor, T=self.class_this, D=self.class_decorators,
                M=self.metadata, X=self.class_extra,
                C=self.var_name)
        code += statements('if ($M) Object.defineProperty(' + target + ', Symbol.metadata, '
                           '{ enumerable: true, configurable: true, writable: true, value: $M });',
                           rng, M=self.metadata)
        return {'type': 'StaticBlock', 'body': code, 'range': list(rng)}

    def private_descriptor(self, e):
        """`null`, or for a private method, getter, setter or accessor the descriptor
        (kept in a `let`) whose functions the element's own get/set call."""
        r = e.member['range']
        if not e.private or e.kind == 'field':
            return literal(None, r)
        set_name = self.helper('setFunctionName')
        m = e.member
        if e.kind == 'method':
            obj = expression('{ value: $F($FN, $N) }', r, F=set_name, FN=m['value'],
                             N=literal(e.name, r))
        elif e.kind == 'getter':
            obj = expression('{ get: $F($FN, $N, "get") }', r, F=set_name, FN=m['value'],
                             N=literal(e.name, r))
        elif e.kind == 'setter':
            obj = expression('{ set: $F($FN, $N, "set") }', r, F=set_name, FN=m['value'],
                             N=literal(e.name, r))
        else:
            obj = expression('{ get: $F(function () { return this.$S; }, $N, "get"), '
                             'set: $F(function (value) { this.$S = value; }, $N, "set") }', r,
                             F=set_name, N=literal(e.name, r),
                             S=lambda: private_name(e.storage, r))
        return expression('$P = $O', r, P=e.descriptor, O=obj)

    def rewrite_members(self):
        """The class elements after decoration: a private method, getter or setter
        calls its descriptor's function; an accessor is its storage, getter and setter."""
        by_member = {id(e.member): e for e in self.elements}
        body = []
        for m in self.cls['body']['body']:
            e = by_member.get(id(m))
            if m['type'] == 'AccessorProperty':
                storage = m.pop('storage')
                setter_key = m.pop('setter_key', None) or copy_tree(m['key'], m['key']['range'])
                field, getter, setter = lower_accessor(m, storage, setter_key)
                if e is not None:
                    field['decorated'] = e
                    if e.private:
                        r = m['range']
                        getter, setter = class_members(
                            'get $K() { return $P.get.call(this); } '
                            'set $K(value) { return $P.set.call(this, value); }', r,
                            K=lambda: private_name(e.name[1:], r), P=e.descriptor)
                        getter['static'] = setter['static'] = e.static
                body += [field, getter, setter]
                continue
            m.pop('setter_key', None)
            if e is not None and e.kind == 'field':
                m['decorated'] = e
            if e is not None and e.private and e.kind != 'field':
                r = m['range']
                text = {'method': 'get $K() { return $P.value; }',
                        'getter': 'get $K() { return $P.get.call(this); }',
                        'setter': 'set $K(value) { return $P.set.call(this, value); }'}[e.kind]
                m = class_members(text, r, K=private_name(e.name[1:], r), P=e.descriptor)[0]
                m['static'] = e.static
            body.append(m)
        return body

    def chain_initializers(self, body):
        """Fields run their initializer transforms; the extra initializers of an
        element run before the next field of its placement (static or instance) is
        defined, the last ones after all (a trailing static block, a last private
        field); the class's own extra initializers after everything static."""
        runner = self.helper('runInitializers')
        static_this = self.class_this if self.decorated else 'this'
        pending = {True: self.static_extra, False: self.instance_extra}
        out = []
        assigned = []
        for m in body:
            if m['type'] == 'StaticBlock':
                if self.decorated:
                    replace_this(m, 'body', lambda: ident(self.class_this, m['range']))
                if pending[True]:
                    out += class_members('static { $R(' + static_this + ', $X); }', m['range'],
                                         R=runner, X=pending[True])
                    pending[True] = None
                out.append(m)
                continue
            if m['type'] != 'PropertyDefinition':
                out.append(m)
                continue
            static = m['static']
            r = m['range']
            e = m.pop('decorated', None)
            this = static_this if static else 'this'
            if static and self.decorated and m['value'] is not None:
                replace_this(m, 'value', lambda: ident(self.class_this, r))
            value = m['value']
            if e is not None:
                value = expression('$R(' + this + ', $I, $V)', r, R=runner, I=e.initializers,
                                   V=value if value is not None else expression('void 0', r))
            if pending[static]:
                first = expression('$R(' + this + ', $X)', r, R=runner, X=pending[static])
                value = {'type': 'SequenceExpression', 'range': list(r), 'expressions': [
                    first, value if value is not None else expression('void 0', r)]}
            m['value'] = value
            pending[static] = e.extra if e is not None else None
            if e is not None and not static and not self.define and not e.private \
                    and e.temp is None and m['key']['type'] == 'Identifier':
                # useDefineForClassFields false: assigned in the constructor, its extra
                # initializers right after
                assigned += statements('this.$K = $V; $R(this, $X);', r, K=m['key'], V=value,
                                       R=runner, X=e.extra)
                pending[False] = None
                continue
            out.append(m)
        if assigned:
            into_constructor(self.cls, out, assigned)
        if pending[False]:
            name = fresh_private(private_names(self.cls), 'extraInitializers')
            out += class_members('$N = $R(this, $X);', self.rng, N=private_name(name, self.rng),
                                 R=runner, X=pending[False])
        if pending[True]:
            out += class_members('static { $R(' + static_this + ', $X); }', self.rng,
                                 R=runner, X=pending[True])
        if self.decorated:
            out += class_members('static { $R($T, $X); }', self.rng, R=runner,
                                 T=self.class_this, X=self.class_extra)
        return out

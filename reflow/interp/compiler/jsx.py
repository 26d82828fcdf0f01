"""JSX (compiler mixin): elements and fragments lowered to calls, as tsc emits them
for target ES2022 (`--jsx react`, `react-jsx`, `react-jsxdev`).

Each JSXElement / JSXFragment becomes an ESTree call whose synthetic nodes carry the
JSX node's range (stack traces point at the `<`), then compiles as any call:
- classic: `factory(type, props | null, ...children)` (React.createElement and
  React.Fragment unless options or the file's `@jsx` / `@jsxFrag` pragmas say otherwise);
- automatic: `jsx(type, {...props, children}, key)`, `jsxs` when the children are an
  array of several (or a spread), `Fragment`, from `<importSource>/jsx-runtime`; a `key`
  after a spread falls back to `createElement` from `<importSource>` itself; with
  `development`, `jsxDEV(type, props, key, isStaticChildren, source, this)` from
  `<importSource>/jsx-dev-runtime`.
The automatic runtime's names are hidden bindings (`%jsx`, ...: no source text can
name them): a module imports them (an ImportDeclaration put before the body), a
CommonJS body starts with `const %jsx-runtime = require("react/jsx-runtime")`, as tsc's
CommonJS output does. A script, whose top-level names would be the realm's, calls
`require("react/jsx-runtime")` where each element is made (require caches).
"""
from reflow.parser.chars import to_code_units
from reflow.parser.jsx_text import decode_entities, scan_pragmas

_JSX_TYPES = ('JSXElement', 'JSXFragment')
# tsc's isWhiteSpaceSingleLine and isLineBreak: how JSX text is trimmed
_LINE_SPACE = frozenset('\t\x0b\x0c \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006'
                        '\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff')
_LINE_BREAKS = frozenset('\n\r\u2028\u2029')
_RUNTIME_LOCAL = '%jsx-runtime'     # a script's require() of the runtime module
_REACT_LOCAL = '%jsx-react'         # ... and of the import source (createElement)


class JSXOptions:
    """How JSX lowers: ``runtime`` 'classic' (``factory``, ``fragment_factory``) or
    'automatic' (``import_source``; ``development``: the jsxDEV runtime)."""
    def __init__(self, runtime='classic', factory='React.createElement',
                 fragment_factory='React.Fragment', import_source='react',
                 development=False):
        if runtime not in ('classic', 'automatic'):
            raise ValueError("JSX runtime must be 'classic' or 'automatic'")
        self.runtime = runtime
        self.factory = factory
        self.fragment_factory = fragment_factory
        self.import_source = import_source
        self.development = development

    @classmethod
    def of(cls, value):
        """A JSXOptions from a JSXOptions, a dict of its fields, a TSOptions (its jsx,
        jsx_factory, jsx_fragment_factory, jsx_import_source) or None (the defaults)."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        if isinstance(value, dict):
            return cls(**value)
        mode = getattr(value, 'jsx', 'react') or 'react'
        return cls('automatic' if mode in ('react-jsx', 'react-jsxdev') else 'classic',
                   value.jsx_factory, value.jsx_fragment_factory, value.jsx_import_source,
                   mode == 'react-jsxdev')

    def with_pragmas(self, pragmas):
        """The options a file's pragmas make of these, as tsc reads them: `@jsxRuntime
        classic|automatic` chooses the runtime, `@jsxImportSource` implies the automatic
        one (unless `@jsxRuntime classic`), `@jsx` / `@jsxFrag` name the classic
        factories."""
        if not pragmas:
            return self
        runtime = pragmas.get('jsxRuntime')
        if runtime not in ('classic', 'automatic'):
            runtime = 'automatic' if 'jsxImportSource' in pragmas else self.runtime
        return JSXOptions(runtime, pragmas.get('jsx', self.factory),
                          pragmas.get('jsxFrag', self.fragment_factory),
                          pragmas.get('jsxImportSource', self.import_source),
                          self.development)


class JSXCompiler:
    # the Compiler's: jsx_options (a JSXOptions or None), jsx_settings (the file's, once
    # its pragmas are read), jsx_kind (what jsx_prepare was given)

    def jsx_prepare(self, body, kind, pragmas=None):
        """At the start of a 'script', 'module' or CommonJS ('function') body: settle
        the file's JSX options and, for the automatic runtime in a module or a CommonJS
        body, bind the helpers its JSX uses. ``pragmas``: the Program's jsxPragmas, when
        it has them (the source is read for them otherwise). Without options and pragmas
        a script or CommonJS body settles them at its first JSX element (jsx_lower),
        where the helpers of the automatic runtime can still be required."""
        self.jsx_kind = kind
        if pragmas is None:
            if self.jsx_options is None and kind != 'module':
                return
            pragmas = scan_pragmas(self.source)   # ('@jsx' not in it: {} at once)
            if self.jsx_options is None and not pragmas:
                return
        settings = self.jsx_settings = JSXOptions.of(self.jsx_options).with_pragmas(pragmas)
        self.jsx_source_units = None
        if settings.runtime != 'automatic' or kind == 'script':
            return
        used = set()
        stack = [body]
        while stack:
            n = stack.pop()
            if type(n) is dict:
                t = n.get('type')
                if t == 'JSXElement' or t == 'JSXFragment':
                    used.update(self.jsx_automatic_helpers(n))
                stack.extend(n.values())
            elif type(n) is list:
                stack.extend(n)
        # (a tree compiled again has its prologue already)
        if used and not any(stmt.get('jsxRuntime') for stmt in body[:8]):
            body[0:0] = _runtime_prologue(settings, used, kind == 'module', body)

    def jsx_automatic_helpers(self, node):
        """The runtime names that lowering ``node`` (itself, not what it contains) calls."""
        dev = self.jsx_settings.development
        if node['type'] == 'JSXFragment':
            static = _is_static_children(_semantic_children(node['children']))
            return ('jsxDEV' if dev else 'jsxs' if static else 'jsx', 'Fragment')
        if _key_after_spread(node['openingElement']['attributes']):
            return ('createElement',)
        if dev:
            return ('jsxDEV',)
        return ('jsxs' if _is_static_children(_semantic_children(node['children']))
                else 'jsx',)

    def expr_JSXElement(self, node):
        self.expression(self.jsx_lower(node))

    expr_JSXFragment = expr_JSXElement

    def jsx_lower(self, node):
        settings = self.jsx_settings
        if settings is None:   # not settled by jsx_prepare: the pragmas read now
            settings = self.jsx_settings = JSXOptions.of(self.jsx_options).with_pragmas(
                scan_pragmas(self.source))
            if self.jsx_kind == 'function':   # no prologue: require() where made
                self.jsx_kind = 'script'
        if settings.runtime == 'automatic':
            return self.jsx_lower_automatic(node, settings)
        return self.jsx_lower_classic(node, settings)

    # -- classic: factory(type, props, ...children) -----------------------------------

    def jsx_lower_classic(self, node, settings, factory=None):
        r = node['range']
        if node['type'] == 'JSXFragment':
            tag = _entity(settings.fragment_factory, r)
            props = _node('Literal', r, value=None, raw='null')
        else:
            opening = node['openingElement']
            tag = _tag(opening['name'])
            attributes = opening['attributes']
            props = self.jsx_props(attributes, r) if attributes else \
                _node('Literal', r, value=None, raw='null')
        args = [tag, props]
        for kind, child in _semantic_children(node['children']):
            args.append(_node('SpreadElement', child['range'],
                              argument=child['expression']) if kind == 'spread' else
                        self.jsx_child(kind, child))
        callee = factory if factory is not None else _entity(settings.factory, r)
        return _call(callee, args, r)

    def jsx_child(self, kind, child):
        if kind == 'text':
            return child
        if kind == 'element':
            child['jsxChild'] = True    # (its jsxDEV position has no leading trivia)
            return self.jsx_lower(child)
        return child['expression']

    def jsx_props(self, attributes, r, skip=None, extra=()):
        """The props object of ``attributes`` (but ``skip``, the key attribute), spreads
        as object spread (ES2018, as tsc emits for ES2022), then ``extra`` properties."""
        props = []
        for attr in attributes:
            if attr is skip:
                continue
            if attr['type'] == 'JSXSpreadAttribute':
                argument = attr['argument']
                if _plain_object_literal(argument):   # tsc writes its properties in
                    props.extend(argument['properties'])
                else:
                    props.append(_node('SpreadElement', attr['range'], argument=argument))
                continue
            props.append(_property(_attribute_key(attr['name']),
                                   self.jsx_attribute_value(attr), attr['range']))
        props.extend(extra)
        return _node('ObjectExpression', r, properties=props)

    def jsx_attribute_value(self, attr):
        value = attr['value']
        if value is None:   # `<a b/>`: b is true
            return _node('Literal', attr['range'], value=True, raw='true')
        t = value['type']
        if t == 'JSXExpressionContainer':
            return value['expression']
        if t in _JSX_TYPES:
            return self.jsx_lower(value)
        return value   # a string Literal, its entities decoded by the parser

    # -- automatic: jsx(type, props, key) ---------------------------------------------

    def jsx_lower_automatic(self, node, settings):
        r = node['range']
        fragment = node['type'] == 'JSXFragment'
        attributes = () if fragment else node['openingElement']['attributes']
        if not fragment and _key_after_spread(attributes):
            # React: a key after a spread needs createElement, the props as written
            return self.jsx_lower_classic(node, settings, self.jsx_helper('createElement', r))
        children = _semantic_children(node['children'])
        static = _is_static_children(children)
        extra = ()
        if children:
            if len(children) == 1 and children[0][0] != 'spread':
                value = self.jsx_child(*children[0])
            else:
                value = _node('ArrayExpression', r, elements=[
                    _node('SpreadElement', c['range'], argument=c['expression'])
                    if k == 'spread' else self.jsx_child(k, c) for k, c in children])
            extra = (_property(_node('Identifier', r, name='children'), value, r),)
        tag = self.jsx_helper('Fragment', r) if fragment else \
            _tag(node['openingElement']['name'])
        # the first key attribute is the key (tsc: a later one stays a prop)
        key_attr = next((a for a in attributes if _is_key(a)), None)
        props = self.jsx_props(attributes, r, key_attr, extra)
        key = None if key_attr is None else self.jsx_attribute_value(key_attr)
        if settings.development:
            void0 = _node('UnaryExpression', r, operator='void', prefix=True,
                          argument=_node('Literal', r, value=0.0, raw='0'))
            units = self.jsx_source_units
            if units is None:
                units = self.jsx_source_units = to_code_units(self.source)
            # tsc's position: the node's, leading white space included (the end of
            # the token before it), but for a child, which JSX text precedes
            index = r[0]
            if not node.get('jsxChild'):
                while index > 0 and units[index - 1] in ' \t\r\n':
                    index -= 1
            line, column = _line_col(units, index)
            source = _node('ObjectExpression', r, properties=[
                _property(_node('Identifier', r, name='fileName'),
                          _string(str(self.filename), r), r),
                _property(_node('Identifier', r, name='lineNumber'),
                          _node('Literal', r, value=float(line), raw=str(line)), r),
                _property(_node('Identifier', r, name='columnNumber'),
                          _node('Literal', r, value=float(column), raw=str(column)), r)])
            args = [tag, props, key if key is not None else void0,
                    _node('Literal', r, value=static, raw='true' if static else 'false'),
                    source, _node('ThisExpression', r)]
            return _call(self.jsx_helper('jsxDEV', r), args, r)
        args = [tag, props] if key is None else [tag, props, key]
        return _call(self.jsx_helper('jsxs' if static else 'jsx', r), args, r)

    def jsx_helper(self, name, r):
        """The automatic runtime's ``name``: the hidden import of a module;
        `(0, %jsx-runtime.name)` in a CommonJS body (called without a this, as tsc's
        CommonJS output); `(0, require("react/jsx-runtime").name)` in a script."""
        kind = self.jsx_kind
        if kind == 'module':
            return _node('Identifier', r, name='%' + name)
        if kind == 'function':
            module = _node('Identifier', r, name=_REACT_LOCAL if name == 'createElement'
                           else _RUNTIME_LOCAL)
        else:
            specifier = _runtime_specifiers(self.jsx_settings)[name == 'createElement']
            module = _call(_node('Identifier', r, name='require'), [
                _string(specifier, r)], r)
        member = _node('MemberExpression', r, computed=False, optional=False,
                       object=module, property=_node('Identifier', r, name=name))
        if name == 'Fragment':
            return member
        return _node('SequenceExpression', r, expressions=[
            _node('Literal', r, value=0.0, raw='0'), member])


# -- the pieces of the lowered tree ---------------------------------------------------

def _node(type_, r, **fields):
    node = {'type': type_}
    node.update(fields)
    node['range'] = r
    return node


def _string(text, r):
    import json   # (on first use: a runtime running no JSX does not load it)
    return _node('Literal', r, value=text, raw=json.dumps(text))


def _call(callee, args, r):
    return _node('CallExpression', r, callee=callee, arguments=args, optional=False)


def _property(key, value, r):
    return _node('Property', r, key=key, computed=False, value=value, kind='init',
                 method=False, shorthand=False)


def _entity(text, r):
    """`React.createElement`, `h`, `this.h`: a factory's name as an expression."""
    parts = text.split('.')
    node = _node('ThisExpression', r) if parts[0] == 'this' else \
        _node('Identifier', r, name=parts[0])
    for part in parts[1:]:
        node = _node('MemberExpression', r, computed=False, optional=False, object=node,
                     property=_node('Identifier', r, name=part))
    return node


def _tag(name):
    """An element's type: an intrinsic (lower case first, or a `-` in the name) or a
    namespaced name is a string, anything else a reference (`this`, `Foo`, `a.b`)."""
    r = name['range']
    t = name['type']
    if t == 'JSXNamespacedName':
        text = name['namespace']['name'] + ':' + name['name']['name']
        return _string(text, r)
    if t == 'JSXMemberExpression':
        return _node('MemberExpression', r, computed=False, optional=False,
                     object=_tag_object(name['object']),
                     property=_node('Identifier', name['property']['range'],
                                    name=name['property']['name']))
    text = name['name']
    if text == 'this':
        return _node('ThisExpression', r)
    if 'a' <= text[0] <= 'z' or '-' in text:
        return _string(text, r)
    return _node('Identifier', r, name=text)


def _tag_object(node):
    if node['type'] == 'JSXMemberExpression':
        return _tag(node)
    if node['name'] == 'this':
        return _node('ThisExpression', node['range'])
    return _node('Identifier', node['range'], name=node['name'])


def _attribute_key(name):
    r = name['range']
    if name['type'] == 'JSXNamespacedName':
        text = name['namespace']['name'] + ':' + name['name']['name']
    else:
        text = name['name']
        if '-' not in text:
            return _node('Identifier', r, name=text)
    return _string(text, r)


def _is_key(attr):
    return attr['type'] == 'JSXAttribute' and attr['name']['type'] == 'JSXIdentifier' and \
        attr['name']['name'] == 'key'


def _plain_object_literal(node):
    """An object literal with no spread in it (`{...{a: 1}}`)."""
    return node['type'] == 'ObjectExpression' and all(
        p['type'] != 'SpreadElement' for p in node['properties'])


def _key_after_spread(attributes):
    """A `key` after a spread of something else than a plain object literal (tsc's
    hasKeyAfterPropsSpread)."""
    spread = False
    for attr in attributes:
        if attr['type'] == 'JSXSpreadAttribute':
            if not _plain_object_literal(attr['argument']):
                spread = True
        elif spread and _is_key(attr):
            return True
    return False


def _semantic_children(children):
    """The children that make arguments, as (kind, node): 'text' (a string Literal of
    the text as tsc trims it), 'element', 'expression', 'spread'; empty `{}` and
    `{/* comments */}` and text of white space with a line break are dropped."""
    out = []
    for child in children:
        t = child['type']
        if t == 'JSXText':
            text = jsx_text_value(child['raw'])
            if text is not None:
                out.append(('text', _string(text, child['range'])))
        elif t == 'JSXExpressionContainer':
            if child['expression']['type'] != 'JSXEmptyExpression':
                out.append(('expression', child))
        elif t == 'JSXSpreadChild':
            out.append(('spread', child))
        else:
            out.append(('element', child))
    return out


def _is_static_children(children):
    return len(children) > 1 or (len(children) == 1 and children[0][0] == 'spread')


def jsx_text_value(raw):
    """JSX text as a child string, or None when it is only white space with a line
    break (tsc's fixupWhitespaceAndDecodeEntities): each line trimmed (the first not at
    its start, the last not at its end), lines of white space dropped, the rest joined
    by one space, character references decoded after trimming."""
    lines = None
    first = 0           # the first non-white-space character of the line, -1: none yet
    last = -1           # the last non-white-space character seen
    for i, c in enumerate(raw):
        if c in _LINE_BREAKS:
            if first != -1 and last != -1:
                lines = _add_line(lines, raw[first:last + 1])
            first = -1
        elif c not in _LINE_SPACE:
            last = i
            if first == -1:
                first = i
    if first != -1:
        lines = _add_line(lines, raw[first:])
    return lines


def _add_line(acc, line):
    line = decode_entities(line)
    return line if acc is None else acc + ' ' + line


def _line_col(source, index):
    """1-based line and column of ``index`` (jsxDEV's source position), in the UTF-16
    code units of ``source`` as the tree's ranges count."""
    line_start = max(source.rfind('\n', 0, index), source.rfind('\r', 0, index)) + 1
    return source.count('\n', 0, index) + 1, index - line_start + 1


def _runtime_specifiers(settings):
    """The modules of the automatic runtime: (the jsx one, the createElement one)."""
    source = settings.import_source
    return source + ('/jsx-dev-runtime' if settings.development else '/jsx-runtime'), source


def _runtime_prologue(settings, used, module, body):
    """The statements that bind the automatic runtime's ``used`` names."""
    r = [0, 0]
    runtime, react = _runtime_specifiers(settings)
    names = [n for n in ('jsx', 'jsxs', 'jsxDEV', 'Fragment') if n in used]
    sources = []
    if 'createElement' in used:
        sources.append((react, ['createElement'], _REACT_LOCAL))
    if names:
        sources.append((runtime, names, _RUNTIME_LOCAL))
    out = []
    for specifier, imported, local in sources:
        src = _string(specifier, r)
        if module:
            out.append(_node('ImportDeclaration', r, specifiers=[
                _node('ImportSpecifier', r, imported=_node('Identifier', r, name=n),
                      local=_node('Identifier', r, name='%' + n)) for n in imported],
                source=src, attributes=[], jsxRuntime=True))
        else:
            call = _call(_node('Identifier', r, name='require'), [src], r)
            out.append(_node('VariableDeclaration', r, kind='const', declarations=[
                _node('VariableDeclarator', r, id=_node('Identifier', r, name=local),
                      init=call)], jsxRuntime=True))
    if not module:
        # after a "use strict" directive prologue, which must stay first
        i = 0
        while i < len(body) and body[i].get('directive') is not None:
            i += 1
        if i:
            body[i:i] = out
            return []
    return out

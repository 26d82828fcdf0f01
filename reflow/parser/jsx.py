"""JSX (the ESTree JSX extension, as Babel, acorn-jsx and esprima emit it).

``JSXParser`` extends ``Parser``: with ``jsx=True`` (.jsx and .tsx files) an
expression may be a JSX element or fragment; without it the parser is the plain
ECMAScript one. The TypeScript parser extends this class, so that .tsx has both.

A `<` where an expression starts opens an element (elsewhere it is an operator, so
`a < b` stays a comparison). Inside an element the JS scanner is not used: tags,
attribute strings (no escapes, line breaks allowed) and text are read here straight
from the source by JSX's own lexical rules; only `{...}` goes back to the JS scanner,
and after its `}` reading resumes here. When the outermost element ends the JS
scanner reads on from its last `>`.
"""
import re

from .chars import is_id_start, is_id_continue
from .jsx_text import decode_entities, scan_pragmas
from .parser import Parser

# where a run of JSX text ends (`>` and `}` are errors in text)
_TEXT = re.compile('[<{>}]')


class JSXParser(Parser):
    def __init__(self, source, source_type='script', filename='<input>', jsx=False,
                 **options):
        Parser.__init__(self, source, source_type, filename, **options)
        self.jsx = jsx

    def parse_program(self):
        program = Parser.parse_program(self)
        if self.jsx:
            # the file's own JSX options (@jsx, @jsxFrag, @jsxRuntime, @jsxImportSource)
            program['jsxPragmas'] = scan_pragmas(self.src)
        return program

    def parse_expr_atom(self, refs):
        if self.jsx and self.type == '<':
            return self.parse_jsx_root()
        return Parser.parse_expr_atom(self, refs)

    # -- the outermost element: between the JS scanner and JSX's --------------------

    def parse_jsx_root(self):
        start = self.start
        node, end = self.parse_jsx_element_at(start)
        # the JS scanner goes on after the last `>`
        self.end = self.pos = end
        self.next()
        if self.type == '<':
            raise self.error('Adjacent JSX elements must be wrapped in an enclosing tag. '
                             'Did you want a JSX fragment <>...</>?')
        return node

    # -- positions and tokens inside a tag ----------------------------------------------

    def jsx_skip(self, pos):
        """The position of the next tag token after white space and comments at pos."""
        self.skip_space(pos, False)
        return self.pos

    def jsx_char(self, pos):
        return self.src[pos] if pos < self.length else ''

    def jsx_unexpected(self, pos):
        if pos >= self.length:
            return self.error('Unexpected end of input', pos)
        return self.error("Unexpected token '%s'" % self.src[pos], pos)

    def jsx_expect(self, pos, char):
        """The position after ``char``, the next tag token from pos."""
        pos = self.jsx_skip(pos)
        if self.jsx_char(pos) != char:
            raise self.jsx_unexpected(pos)
        return pos + 1

    def jsx_identifier(self, pos):
        """A JSXIdentifier at pos: an IdentifierName that may contain `-`; -> (node, end)."""
        src = self.src
        n = self.length
        end = pos
        while end < n:
            c = src[end]
            cp, k = self._code_point_at(end)
            if end == pos:
                ok = is_id_start(cp)
            else:
                ok = is_id_continue(cp) or c == '-'
            if not ok:
                break
            end += k
        if end == pos:
            raise self.jsx_unexpected(pos)
        return self.finish_at({'type': 'JSXIdentifier', 'name': src[pos:end]}, pos, end), end

    def jsx_element_name(self, pos):
        """JSXElementName: an identifier, `ns:name`, or `a.b.c`; -> (node, end)."""
        start = pos
        node, end = self.jsx_identifier(pos)
        pos = self.jsx_skip(end)
        c = self.jsx_char(pos)
        if c == ':':
            name, end = self.jsx_identifier(self.jsx_skip(pos + 1))
            return self.finish_at({'type': 'JSXNamespacedName', 'namespace': node,
                                   'name': name}, start, end), end
        while c == '.':
            prop, end = self.jsx_identifier(self.jsx_skip(pos + 1))
            node = self.finish_at({'type': 'JSXMemberExpression', 'object': node,
                                   'property': prop}, start, end)
            pos = self.jsx_skip(end)
            c = self.jsx_char(pos)
        return node, end

    def jsx_attribute_name(self, pos):
        start = pos
        node, end = self.jsx_identifier(pos)
        pos = self.jsx_skip(end)
        if self.jsx_char(pos) == ':':
            name, end = self.jsx_identifier(self.jsx_skip(pos + 1))
            return self.finish_at({'type': 'JSXNamespacedName', 'namespace': node,
                                   'name': name}, start, end), end
        return node, end

    # -- elements ---------------------------------------------------------------------

    def parse_jsx_element_at(self, start):
        """JSXElement or JSXFragment whose `<` is at start; -> (node, end)."""
        self.enter_depth()
        try:
            return self._parse_jsx_element_at(start)
        finally:
            self.depth -= 1

    def _parse_jsx_element_at(self, start):
        pos = self.jsx_skip(start + 1)
        if self.jsx_char(pos) == '>':
            opening = self.finish_at({'type': 'JSXOpeningFragment'}, start, pos + 1)
            children, close_at, pos = self.parse_jsx_children(pos + 1)
            pos = self.jsx_skip(pos)
            if self.jsx_char(pos) != '>':
                raise self.error('Expected corresponding JSX closing tag for <>.', close_at)
            end = pos + 1
            closing = self.finish_at({'type': 'JSXClosingFragment'}, close_at, end)
            return self.finish_at({'type': 'JSXFragment', 'openingFragment': opening,
                                   'children': children, 'closingFragment': closing},
                                  start, end), end
        name, pos = self.jsx_element_name(pos)
        type_arguments, pos = self.parse_jsx_type_arguments(pos)
        attributes, self_closing, end = self.parse_jsx_attributes(pos)
        opening = self.finish_at({'type': 'JSXOpeningElement', 'name': name,
                                  'attributes': attributes, 'selfClosing': self_closing},
                                 start, end)
        if type_arguments is not None:
            opening['typeArguments'] = type_arguments
        if self_closing:
            return self.finish_at({'type': 'JSXElement', 'openingElement': opening,
                                   'children': [], 'closingElement': None}, start, end), end
        children, close_at, pos = self.parse_jsx_children(end)
        pos = self.jsx_skip(pos)
        expected = jsx_name_text(name)
        if self.jsx_char(pos) == '>':
            close_name = None
        else:
            close_name, pos = self.jsx_element_name(pos)
        if close_name is None or jsx_name_text(close_name) != expected:
            # at the closing tag's name, as tsc reports it (Babel: at its `</`)
            raise self.error('Expected corresponding JSX closing tag for <%s>.' % expected,
                             close_name['range'][0] if close_name is not None else close_at)
        end = self.jsx_expect(pos, '>')
        closing = self.finish_at({'type': 'JSXClosingElement', 'name': close_name},
                                 close_at, end)
        return self.finish_at({'type': 'JSXElement', 'openingElement': opening,
                               'children': children, 'closingElement': closing},
                              start, end), end

    def parse_jsx_type_arguments(self, pos):
        """TSX's `<Foo<T> />`: the type arguments after an element's name at pos (or
        white space before them); -> (node or None, the position after them). JSX has
        none: the TypeScript parser overrides this."""
        return None, pos

    def parse_jsx_attributes(self, pos):
        """The attributes up to `>` or `/>`; -> (attributes, self closing, end)."""
        attributes = []
        while True:
            pos = self.jsx_skip(pos)
            c = self.jsx_char(pos)
            if c == '>':
                return attributes, False, pos + 1
            if c == '/':
                return attributes, True, self.jsx_expect(pos + 1, '>')
            if c == '{':
                attr, pos = self.parse_jsx_spread_attribute(pos)
                attributes.append(attr)
                continue
            name, pos = self.jsx_attribute_name(pos)
            end = pos
            value = None
            pos = self.jsx_skip(pos)
            if self.jsx_char(pos) == '=':
                value, end = self.parse_jsx_attribute_value(self.jsx_skip(pos + 1))
                pos = end
            attributes.append(self.finish_at({'type': 'JSXAttribute', 'name': name,
                                              'value': value}, self.node_start(name), end))

    def parse_jsx_spread_attribute(self, pos):
        """`{...expr}` among the attributes, the `{` at pos; -> (node, end)."""
        self.jsx_js_token_at(pos)
        if self.type != '...':
            raise self.unexpected()
        self.next()
        argument = self.parse_maybe_assign()
        end = self.jsx_close_brace()
        return self.finish_at({'type': 'JSXSpreadAttribute', 'argument': argument},
                              pos, end), end

    def parse_jsx_attribute_value(self, pos):
        c = self.jsx_char(pos)
        if c == '"' or c == "'":
            close = self.src.find(c, pos + 1)
            if close < 0:
                raise self.error('Unterminated string constant.', pos)
            raw = self.src[pos:close + 1]
            node = {'type': 'Literal', 'value': decode_entities(raw[1:-1]), 'raw': raw}
            return self.finish_at(node, pos, close + 1), close + 1
        if c == '{':
            node, end = self.parse_jsx_expression_container(pos, False)
            if node['expression']['type'] == 'JSXEmptyExpression':
                raise self.error('JSX attributes must only be assigned a non-empty '
                                 'expression.', pos)
            return node, end
        if c == '<':
            return self.parse_jsx_element_at(pos)
        raise self.error('JSX value should be either an expression or a quoted JSX text.',
                         pos)

    # -- `{...}`: back to the JS scanner ----------------------------------------------

    def jsx_js_token_at(self, pos):
        """Let the JS scanner read the token at pos (a `{`) and the one after it."""
        self.end = self.pos = pos
        self.next()
        self.next()

    def jsx_close_brace(self):
        """The current JS token must be the `}` of a `{...}`; -> the position after it."""
        if self.type != '}':
            raise self.unexpected()
        return self.end

    def parse_jsx_expression_container(self, pos, child):
        """`{expr}`, `{}` / `{/* comment */}` (JSXEmptyExpression), or, as a child,
        `{...expr}` (JSXSpreadChild); the `{` at pos; -> (node, end)."""
        self.jsx_js_token_at(pos)
        if self.type == '}':
            empty = self.finish_at({'type': 'JSXEmptyExpression'}, pos + 1, self.start)
            end = self.end
            return self.finish_at({'type': 'JSXExpressionContainer', 'expression': empty},
                                  pos, end), end
        if child and self.type == '...':
            self.next()
            expression = self.parse_expression()
            end = self.jsx_close_brace()
            return self.finish_at({'type': 'JSXSpreadChild', 'expression': expression},
                                  pos, end), end
        expression = self.parse_expression()
        end = self.jsx_close_brace()
        return self.finish_at({'type': 'JSXExpressionContainer', 'expression': expression},
                              pos, end), end

    # -- children ---------------------------------------------------------------------

    def parse_jsx_children(self, pos):
        """Text, `{...}` and elements up to a closing tag; -> (children, the closing
        tag's `<`, the position after its `/`)."""
        src = self.src
        n = self.length
        children = []
        text_start = pos
        while True:
            if pos >= n:
                raise self.error('Unterminated JSX contents.', text_start)
            c = src[pos]
            if c == '<' or c == '{':
                if pos > text_start:
                    children.append(self.jsx_text(text_start, pos))
                if c == '{':
                    node, pos = self.parse_jsx_expression_container(pos, True)
                    children.append(node)
                else:
                    after = self.jsx_skip(pos + 1)
                    if self.jsx_char(after) == '/':
                        return children, pos, after + 1
                    node, pos = self.parse_jsx_element_at(pos)
                    children.append(node)
                text_start = pos
            elif c == '>' or c == '}':
                raise self.error("Unexpected token `%s`. Did you mean `%s` or `{'%s'}`?" % (
                    c, '&gt;' if c == '>' else '&rbrace;', c), pos)
            else:
                m = _TEXT.search(src, pos)
                pos = m.start() if m is not None else n

    def jsx_text(self, start, end):
        raw = self.src[start:end]
        return self.finish_at({'type': 'JSXText', 'value': decode_entities(raw),
                               'raw': raw}, start, end)


def jsx_name_text(name):
    """The name of an element as written, for matching its closing tag: `a`, `a:b`,
    `a.b.c`."""
    t = name['type']
    if t == 'JSXIdentifier':
        return name['name']
    if t == 'JSXNamespacedName':
        return name['namespace']['name'] + ':' + name['name']['name']
    return jsx_name_text(name['object']) + '.' + jsx_name_text(name['property'])

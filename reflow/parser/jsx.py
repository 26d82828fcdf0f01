"""JSX (the ESTree JSX extension, as Babel, acorn-jsx and esprima emit it).

``JSXParser`` extends ``Parser``: with ``jsx=True`` (.jsx and .tsx files) an
expression may be a JSX element or fragment; without it the parser is the plain
ECMAScript one. The TypeScript parser extends this class, so that .tsx has both.
"""
from .parser import Parser


class JSXParser(Parser):
    def __init__(self, source, source_type='script', filename='<input>', jsx=False,
                 **options):
        Parser.__init__(self, source, source_type, filename, **options)
        self.jsx = jsx

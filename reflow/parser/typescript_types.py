"""TypeScript's type grammar: annotations, type parameters and arguments, every type
form, in the node shapes of typescript-estree (@typescript-eslint/typescript-estree).

The first link of the TypeScript chain (JSXParser -> TSTypes -> TSDeclarations ->
TypeScriptParser); also the scanner snapshots that speculative parses use.
"""
from .jsx import JSXParser


class TSTypes(JSXParser):
    def __init__(self, source, source_type='script', filename='<input>', jsx=False,
                 **options):
        JSXParser.__init__(self, source, source_type, filename, jsx, **options)
        self.typescript = True

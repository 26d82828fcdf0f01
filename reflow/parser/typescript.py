"""The TypeScript parser: ECMAScript plus TypeScript's syntax inside expressions,
functions and classes (annotations, generics at calls, `as`/`satisfies`/`!`, class
member modifiers, parameter properties, decorators). The tree it makes is ESTree with
typescript-estree's TS nodes; ``typescript_lower.lower_typescript`` erases it to
ESTree that the compiler runs, every surviving node keeping its source range.
"""
from .typescript_declarations import TSDeclarations


class TypeScriptParser(TSDeclarations):
    pass

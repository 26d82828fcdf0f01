"""TypeScript's statement-level declarations: interfaces, type aliases, enums,
namespaces and modules, `declare` forms, overload signatures, and the module syntax
TypeScript adds (type-only imports and exports, `import x = require()`, `export =`).
"""
from .typescript_types import TSTypes


class TSDeclarations(TSTypes):
    pass

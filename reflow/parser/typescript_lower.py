"""From a typescript-estree tree to the ESTree the compiler runs, as `tsc` emits:
types erased (every surviving node keeps its range), and the constructs with runtime
meaning transformed (enums, namespaces, parameter properties, `import x = require()`,
`export =`, unused imports elided). Decorators are left on the tree for
``typescript_decorators.lower_decorators``.
"""


def lower_typescript(program, options):
    """Return ``program`` (a TypeScriptParser tree) as plain ESTree (+ JSX nodes and
    `decorators` fields). ``options`` is a TSOptions."""
    raise NotImplementedError('TypeScript lowering is being written')
